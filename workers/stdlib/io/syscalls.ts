/**
 * File methods release the GIL around their system calls (_Py_read/_Py_write, reference §1.2):
 * after a method of a file object runs, the read(2)/write(2) calls its streams made
 * (io/stream.ts `pendingSyscalls`) are spent blocked in I/O on the simulated machine, so another
 * thread can take the GIL meanwhile — as a thread reading a file lets a CPU-bound thread run.
 */
import type { PyType } from '../../python/objects/type';
import type { PyValue } from '../../python/objects/object';
import type { PyDict } from '../../python/objects/dict';
import { None } from '../../python/objects/core-types';
import { PyBuiltin } from '../../python/objects/builtin';
import { MachineRequest, type NativeFn, type NativeGen } from '../../python/vm/native';
import { currentThread } from '../../python/vm/current';
import { pendingSyscalls } from './stream';

function* spendSyscalls(): NativeGen<void> {
  const ns = Math.round(pendingSyscalls.ns);
  pendingSyscalls.ns = 0;
  if (ns > 0 && currentThread().sim !== null) yield new MachineRequest('io', { ns, result: None });
}

/** The named methods of `t` spend their system calls' time in I/O after they run. */
export function releaseGilAroundSyscalls(t: PyType, names: string[]): void {
  const dict = t.dict as PyDict;
  for (const name of names) {
    const b = dict.getStr(name);
    if (!(b instanceof PyBuiltin) || b.owner !== t) continue;
    const fn = b.fn;
    const isGen = b.isGen;
    const wrapped = function* (args: never, kw: never): NativeGen {
      pendingSyscalls.ns = 0;
      const r = isGen ? yield* (fn(args, kw) as NativeGen) : (fn(args, kw) as PyValue);
      yield* spendSyscalls();
      return r;
    } as unknown as NativeFn;
    const nb = new PyBuiltin(b.name, wrapped, b.kind, b.owner, undefined, true);
    nb.doc = b.doc;
    nb.textSignature = b.textSignature;
    nb.unit = b.unit;
    nb.module = b.module;
    dict.setStr(name, nb);
  }
}

export const FILE_METHODS = [
  'read', 'read1', 'readall', 'readinto', 'readline', 'readlines', 'write', 'writelines', 'flush',
  'close', 'seek', 'truncate', '__next__', '__exit__',
];
