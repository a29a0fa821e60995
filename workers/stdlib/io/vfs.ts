/**
 * The in-memory file system behind open() and os: absolute POSIX paths over `interp.files`
 * (path → bytes) and `interp.dirs`. A directory also exists implicitly when a file lies below it
 * (programs shipped as several files only list their files). Reads of paths not in memory fall
 * back to `interp.hostReadFile` (the CLI's disk); writes and deletions always stay in memory,
 * and deleted host files are remembered so they do not reappear.
 *
 * The main script is visible too (CPython runs it from the cwd, so `os.path.exists("main.py")`
 * is true there): its text comes from the run's source lookup.
 */
import type { Interpreter } from '../../python/vm/interpreter-state';
import type { PyValue } from '../../python/objects/object';
import { osError } from '../ioutil';
import { SAMPLE_ROOT, sampleFiles } from './sample-tree';

interface VfsState {
  /** Paths removed or renamed away in memory (hide host files of the same name). */
  deleted: Set<string>;
  /** Growable backing buffers for files being written, so appends are amortised O(1). */
  grow: Map<string, { buf: Uint8Array; view: Uint8Array }>;
  /** Modification times (virtual ns since the epoch). */
  mtimes: Map<string, bigint>;
  /** The cwd the program started in: where the main script lives, and the host cwd's image. */
  startCwd: string;
  /** The main script as the program was started (argv[0]). */
  mainArg: string;
  /** The sample tree (io/sample-tree.ts) is in `files`; which of its files are not yet cached. */
  sampleReady: boolean;
  cold: Set<string>;
}

function state(interp: Interpreter): VfsState {
  return interp.ext('vfs', () => ({ deleted: new Set<string>(), grow: new Map(), mtimes: new Map(), startCwd: interp.cwd, mainArg: interp.options.argv[0] ?? '', sampleReady: false, cold: new Set<string>() }));
}

/** The sample tree appears the first time a program looks at /home or below it. */
function ensureSample(interp: Interpreter, abs: string): void {
  if (!(abs === '/' || abs === '/home' || abs === SAMPLE_ROOT || abs.startsWith(`${SAMPLE_ROOT}/`))) return;
  const st = state(interp);
  if (st.sampleReady) return;
  st.sampleReady = true;
  for (const [p, b] of sampleFiles()) {
    if (interp.files.has(p) || st.deleted.has(p)) continue;
    interp.files.set(p, b);
    st.cold.add(p);
  }
}

/** The first read of a file not in the page cache waits for the disk; true that once. */
export function takeColdRead(interp: Interpreter, abs: string): boolean {
  return state(interp).cold.delete(abs);
}

/**
 * A new process started by this one (spawn) sees the same file system: the same metadata, the
 * same main script. (fork copies the state with the rest of the interpreter.)
 */
export function shareFileSystem(parent: Interpreter, child: Interpreter): void {
  child.files = parent.files;
  child.dirs = parent.dirs;
  child.extensions.set('vfs', state(parent));
}

/** Change directory (after the vfs has recorded the starting cwd). */
export function setCwd(interp: Interpreter, abs: string): void {
  state(interp);
  interp.cwd = abs;
}

/** POSIX normpath of an absolute path ('/a/./b/../c//' → '/a/c'). */
export function normAbs(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

export function absPath(interp: Interpreter, p: string): string {
  return normAbs(p.startsWith('/') ? p : `${interp.cwd}/${p}`);
}

function parentOf(abs: string): string {
  const i = abs.lastIndexOf('/');
  return i <= 0 ? '/' : abs.slice(0, i);
}

function mainScriptPath(interp: Interpreter): string | null {
  const argv0 = state(interp).mainArg;
  // Only a relative script name (the worker and the corpus runner) lives in the virtual cwd; the
  // CLI passes an absolute host path, which the host fallback already serves.
  if (!argv0 || argv0.startsWith('<') || argv0.startsWith('/')) return null;
  return normAbs(`${state(interp).startCwd}/${argv0}`);
}

/**
 * Host path for a fallback read: paths under the starting cwd relative to the host's cwd (the
 * CLI runs where the user is), other absolute paths as they are.
 */
function hostPath(interp: Interpreter, abs: string): string {
  const start = state(interp).startCwd;
  if (abs === start) return '.';
  return abs.startsWith(start + '/') ? abs.slice(start.length + 1) : abs;
}

function hostRead(interp: Interpreter, abs: string): Uint8Array | null {
  const st = state(interp);
  if (st.deleted.has(abs)) return null;
  if (abs === mainScriptPath(interp)) {
    const lookup = interp.extensions.get('sourceLookup') as ((f: string) => string | null) | undefined;
    const src = lookup ? lookup(st.mainArg) : null;
    if (src !== null && src !== undefined) return new TextEncoder().encode(src);
  }
  if (interp.hostReadFile === null) return null;
  try {
    return interp.hostReadFile(hostPath(interp, abs));
  } catch {
    return null;
  }
}

export type Kind = 'file' | 'dir' | null;

export function isDir(interp: Interpreter, abs: string): boolean {
  ensureSample(interp, abs);
  if (interp.dirs.has(abs)) return true;
  if (state(interp).deleted.has(abs)) return false;
  const prefix = abs === '/' ? '/' : abs + '/';
  for (const k of interp.files.keys()) if (k.startsWith(prefix)) return true;
  const main = mainScriptPath(interp);
  return main !== null && main.startsWith(prefix) && !state(interp).deleted.has(main);
}

export function kindOf(interp: Interpreter, abs: string): Kind {
  ensureSample(interp, abs);
  if (interp.files.has(abs)) return 'file';
  if (isDir(interp, abs)) return 'dir';
  return hostRead(interp, abs) !== null ? 'file' : null;
}

/** File contents (memory first, then host), or null when there is no such file. */
export function readBytes(interp: Interpreter, abs: string): Uint8Array | null {
  ensureSample(interp, abs);
  const b = interp.files.get(abs);
  if (b !== undefined) return b;
  if (isDir(interp, abs)) return null;
  return hostRead(interp, abs);
}

function touch(interp: Interpreter, abs: string): void {
  state(interp).mtimes.set(abs, interp.options.epochNs + BigInt(Math.round(interp.nowNs())));
}

export function mtimeOf(interp: Interpreter, abs: string): bigint {
  return state(interp).mtimes.get(abs) ?? interp.options.epochNs;
}

/** Replace a file's contents. */
export function setBytes(interp: Interpreter, abs: string, data: Uint8Array): void {
  const st = state(interp);
  st.grow.delete(abs);
  st.deleted.delete(abs);
  interp.files.set(abs, data);
  touch(interp, abs);
}

/** Write `data` at byte offset `pos` (zero-filling a gap), growing the file as needed. */
export function writeAt(interp: Interpreter, abs: string, pos: number, data: Uint8Array): void {
  const st = state(interp);
  const cur = readBytes(interp, abs) ?? new Uint8Array(0);
  const end = Math.max(cur.length, pos + data.length);
  let g = st.grow.get(abs);
  if (g === undefined || g.view !== cur) {
    const buf = new Uint8Array(Math.max(end, 64));
    buf.set(cur);
    g = { buf, view: cur };
  } else if (g.buf.length < end) {
    const buf = new Uint8Array(Math.max(end, g.buf.length * 2));
    buf.set(g.buf.subarray(0, cur.length));
    g.buf = buf;
  }
  if (pos > cur.length) g.buf.fill(0, cur.length, pos);
  g.buf.set(data, pos);
  g.view = g.buf.subarray(0, end);
  st.grow.set(abs, g);
  st.deleted.delete(abs);
  interp.files.set(abs, g.view);
  touch(interp, abs);
}

export function truncateTo(interp: Interpreter, abs: string, size: number): void {
  const cur = readBytes(interp, abs) ?? new Uint8Array(0);
  if (size <= cur.length) setBytes(interp, abs, cur.slice(0, size));
  else writeAt(interp, abs, cur.length, new Uint8Array(size - cur.length));
}

/** Check that the parent directory of `abs` exists (FileNotFoundError / NotADirectoryError). */
export function checkParent(interp: Interpreter, abs: string, name: PyValue): void {
  const parts = abs.split('/').filter((p) => p !== '');
  let cur = '';
  for (let i = 0; i < parts.length - 1; i++) {
    cur += '/' + parts[i];
    const k = kindOf(interp, cur);
    if (k === 'file') throw osError('ENOTDIR', name);
    if (k === null) throw osError('ENOENT', name);
  }
}

export function removeFile(interp: Interpreter, abs: string): void {
  interp.files.delete(abs);
  const st = state(interp);
  st.grow.delete(abs);
  st.deleted.add(abs);
}

export function makeDir(interp: Interpreter, abs: string): void {
  interp.dirs.add(abs);
  state(interp).deleted.delete(abs);
  touch(interp, abs);
}

export function removeDir(interp: Interpreter, abs: string): void {
  interp.dirs.delete(abs);
  state(interp).deleted.add(abs);
}

/** Names directly inside a directory, in creation order. */
export function listDir(interp: Interpreter, abs: string): string[] {
  ensureSample(interp, abs);
  const prefix = abs === '/' ? '/' : abs + '/';
  const names = new Set<string>();
  const consider = (p: string) => {
    if (!p.startsWith(prefix) || p === abs) return;
    const rest = p.slice(prefix.length);
    if (rest === '') return;
    names.add(rest.split('/')[0]);
  };
  const main = mainScriptPath(interp);
  const st = state(interp);
  if (main !== null && !st.deleted.has(main)) consider(main);
  for (const d of interp.dirs) consider(d);
  for (const f of interp.files.keys()) consider(f);
  return [...names];
}

/** Rename a file or a directory tree. */
export function renamePath(interp: Interpreter, src: string, dst: string): void {
  const st = state(interp);
  if (interp.files.has(src) || (!isDir(interp, src) && kindOf(interp, src) === 'file')) {
    const data = readBytes(interp, src)!;
    removeFile(interp, src);
    setBytes(interp, dst, data);
    return;
  }
  const prefix = src + '/';
  for (const f of [...interp.files.keys()]) {
    if (f.startsWith(prefix)) {
      const data = interp.files.get(f)!;
      removeFile(interp, f);
      setBytes(interp, dst + f.slice(src.length), data);
    }
  }
  for (const d of [...interp.dirs]) {
    if (d === src || d.startsWith(prefix)) {
      interp.dirs.delete(d);
      interp.dirs.add(dst + d.slice(src.length));
    }
  }
  st.deleted.add(src);
  st.deleted.delete(dst);
  interp.dirs.add(dst);
}
