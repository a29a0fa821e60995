/**
 * Helpers for the parser tests: the fixture cases, and CPython 3.11 as a live reference when
 * it is installed (tests that need it are skipped otherwise).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = join(HERE, 'fixtures');
export const STDLIB = '/root/.pyenv/versions/3.11.7/lib/python3.11';

export interface FixtureError {
  type: string;
  msg?: string;
  lineno?: number | null;
  offset?: number | null;
  end_lineno?: number | null;
  end_offset?: number | null;
  text?: string | null;
}

export interface FixtureCase {
  name: string;
  mode: 'exec' | 'eval';
  source: string;
  dump?: string | null;
  error?: FixtureError;
  compile_error?: FixtureError;
}

export function loadFixtures(): { file: string; cases: FixtureCase[] }[] {
  const dir = join(FIXTURES, 'expected');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => ({
    file, cases: JSON.parse(readFileSync(join(dir, file), 'utf8')) as FixtureCase[],
  }));
}

let pythonChecked = false;
let python: string | null = null;

/** A `python3` that is CPython 3.11, or null. */
export function python311(): string | null {
  if (!pythonChecked) {
    pythonChecked = true;
    const r = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] == (3, 11))'], { encoding: 'utf8' });
    python = r.status === 0 && r.stdout.trim() === 'True' ? 'python3' : null;
  }
  return python;
}

/** Run a Python program with JSON on stdin and parse the JSON it prints. */
export function runPython<T>(program: string, input: unknown): T {
  const r = spawnSync(python311()!, ['-c', program], {
    input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 1 << 30, cwd: FIXTURES,
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
  });
  if (r.status !== 0) throw new Error(`python failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

export function stdlibFiles(names: string[]): string[] {
  return names.map((n) => join(STDLIB, n)).filter((f) => existsSync(f));
}
