import { readFileSync } from 'node:fs';
import '../workers/python/runtime/init';
import { compileSource } from '../workers/python/compile';
import { opInfo } from '../workers/python/compiler/opcodes';
import type { PyCode } from '../workers/python/compiler/code';
function show(c: PyCode) {
  console.log(`== ${c.qualname}`);
  for (let i = 0; i < c.ninstrs; i++) console.log(i, c.positions[i*4], opInfo(c.instrs[i*2]).name, c.instrs[i*2+1]);
  const t = c.exceptionTable; for (let i = 0; i < t.length; i += 5) console.log('  exc', t[i], t[i+1], '->', t[i+2], 'depth', t[i+3], t[i+4] ? 'lasti' : '');
  for (const k of c.consts) if (k && (k as any).instrs) show(k as PyCode);
}
show(compileSource(readFileSync(process.argv[2], 'utf8'), 'main.py', 'exec'));
