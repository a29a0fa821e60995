/**
 * Loads the conformance corpus (programs + CPython's expected outputs) and runs one program on
 * our VM the same way update.py runs it on CPython: as main.py in an otherwise empty directory.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram, BufferSink } from '../workers/python/run-program';

/** Cores of the machine CPython's expected outputs were made on. */
export const REFERENCE_CORES = 2;

export interface CorpusProgram {
  name: string;
  main: string;
  /** Other modules of a directory program (file name → source). */
  files: Record<string, string>;
  expected: { exit: number; stdout: string; stderr: string };
}

export function loadCorpus(dir: string): CorpusProgram[] {
  const progDir = join(dir, 'programs');
  const out: CorpusProgram[] = [];
  for (const entry of readdirSync(progDir).sort()) {
    const p = join(progDir, entry);
    const name = entry.replace(/\.py$/, '');
    const expectedPath = join(dir, 'expected', `${name}.json`);
    if (!existsSync(expectedPath)) continue;
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
    if (statSync(p).isDirectory()) {
      const files: Record<string, string> = {};
      collect(p, '', files);
      const main = files['main.py'];
      delete files['main.py'];
      out.push({ name, main, files, expected });
    } else {
      out.push({ name, main: readFileSync(p, 'utf8'), files: {}, expected });
    }
  }
  return out;
}

function collect(dir: string, prefix: string, files: Record<string, string>): void {
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) collect(p, `${prefix}${entry}/`, files);
    else if (entry.endsWith('.py') || entry.endsWith('.txt')) files[`${prefix}${entry}`] = readFileSync(p, 'utf8');
  }
}

export function runCorpusProgram(prog: CorpusProgram, maxInstructions = 2_000_000_000): { exit: number; stdout: string; stderr: string } {
  const sink = new BufferSink();
  const files: Record<string, string> = {};
  // Relative paths: the program's other files sit beside main.py in the cwd.
  for (const [k, v] of Object.entries(prog.files)) files[k] = v;
  // The expected outputs were made on a 2-core machine (os.cpu_count(), executors' default sizes).
  const r = runProgram(prog.main, sink, { filename: 'main.py', files, maxInstructions, machine: { cores: REFERENCE_CORES } });
  // update.py removes CPython's working directory from paths, so a spawned child's traceback
  // names the main script 'main.py'; ours is /home/user.
  const scrub = (t: string) => t.split('"/home/user/main.py"').join('"main.py"');
  return { exit: r.exitCode, stdout: scrub(sink.stdout), stderr: scrub(sink.stderr) };
}
