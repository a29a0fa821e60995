/**
 * The `os` module over the in-memory file system (../io/vfs): directories and files, stat,
 * walk/scandir, environ, and the process facts a simulated machine owns — pids (./process),
 * cpu_count (an interpreter option) and urandom (a stream seeded from `interp.options.seed`).
 * `os.path` is ./path (posixpath), registered as `os.path` and `posixpath`.
 */
import { STOP, normBig, type PyValue, type Stop } from '../../python/objects/object';
import { None, typeOf } from '../../python/objects/core-types';
import { PyModule } from '../../python/objects/module';
import { PyList } from '../../python/objects/list';
import { PyTuple, newTuple } from '../../python/objects/tuple';
import { PyBytes } from '../../python/objects/bytes';
import { newFloat } from '../../python/objects/float';
import { SyncIterator } from '../../python/objects/iterators';
import { func, getter } from '../../python/runtime/define';
import { typeError, valueError, notImplementedError, osErrorType } from '../../python/runtime/errors';
import { currentThread } from '../../python/vm/current';
import type { Interpreter } from '../../python/vm/interpreter-state';
import { MachineRequest, type NativeGen } from '../../python/vm/native';
import { indexFast } from '../../python/ops/subscript';
import { structSeqType } from '../sys';
import { fsPath } from '../../python/builtins/files';
import { absPath, kindOf, readBytes, mtimeOf, listDir, makeDir, removeDir, removeFile, renamePath, checkParent, setCwd, isDir } from '../io/vfs';
import { osError, defineAll, syncIterType, ERRNO } from '../ioutil';
import { initPosixpath, pjoin } from './path';
import { environOf, environValue } from './environ';
import { processIds } from './process';
import { scandirOf } from './scandir';
import { processFunctions, PROCESS_CONSTANTS } from './os-process';

export const statResultType = structSeqType('stat_result', 'os', ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime']);
// The st_*time attributes are floats (the tuple items are whole seconds), as in CPython.
for (const name of ['st_atime', 'st_mtime', 'st_ctime']) {
  getter(statResultType, name, (st: PyTuple & { floatTime?: number }) => newFloat(st.floatTime ?? Number(st.items[8])));
  getter(statResultType, `${name}_ns`, (st: PyTuple & { floatTime?: number }) => normBig(BigInt(Math.round((st.floatTime ?? 0) * 1e9))));
}

const unameType = structSeqType('uname_result', 'posix', ['sysname', 'nodename', 'release', 'version', 'machine']);

function interp(): Interpreter {
  return currentThread().interp;
}

/** Resolve a path argument: [user string, absolute path]. */
function* pathArg(p: PyValue): NativeGen<[string, string]> {
  if (typeof p === 'number' || typeof p === 'boolean') typeError('Interleave has no file descriptors: pass a path');
  const s = yield* fsPath(p, 'stat: path should be string, bytes, os.PathLike or integer, not');
  if (s === '') throw osError('ENOENT', p);
  return [s, absPath(interp(), s)];
}

/** os.fspath's result for a non-str, non-bytes argument. */
function* fsPathValue(p: PyValue): NativeGen<PyValue> {
  if (typeof p === 'object' && typeOf(p).lookup('__fspath__') !== undefined) return yield* fsPath(p);
  return typeError(`expected str, bytes or os.PathLike object, not ${typeOf(p).name}`);
}

export function statOf(it: Interpreter, abs: string, user: string, orig: PyValue): PyTuple {
  const k = kindOf(it, abs);
  if (k === null) throw osError('ENOENT', orig);
  const size = k === 'dir' ? 4096 : readBytes(it, abs)!.length;
  const mode = k === 'dir' ? 0o40755 : 0o100644;
  const ns = mtimeOf(it, abs);
  const t = Number(ns / 1_000_000_000n);
  const st = new PyTuple([mode, 0, 0, 1, 1000, 1000, size, t, t, t], statResultType);
  (st as PyTuple & { floatTime?: number }).floatTime = Number(ns) / 1e9;
  return st;
}

/** Deterministic "random" bytes: splitmix32 over a state derived from the run's seed. */
function urandomBytes(it: Interpreter, n: number): Uint8Array {
  const st = it.ext('os.urandom', () => ({ s: (Math.imul(it.options.seed | 0, 0x9e3779b1) ^ 0x5bd1e995) >>> 0 }));
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 4) {
    st.s = (st.s + 0x9e3779b9) >>> 0;
    let z = st.s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z = (z ^ (z >>> 16)) >>> 0;
    for (let k = 0; k < 4 && i + k < n; k++) out[i + k] = (z >>> (8 * k)) & 0xff;
  }
  return out;
}

/** os.walk: top-down walks read the (possibly pruned) dirnames list before descending. */
class Walker extends SyncIterator {
  private stack: string[];
  private pending: { path: string; dirs: PyList } | null = null;
  private bottomUp: PyValue[] | null = null;
  constructor(private readonly it: Interpreter, top: string, private readonly topdown: boolean) {
    super(walkType);
    this.stack = [top];
    if (!topdown) {
      this.bottomUp = [];
      this.collect(top, this.bottomUp);
    }
  }
  private entry(path: string): [PyList, PyList] | null {
    const abs = absPath(this.it, path);
    if (!isDir(this.it, abs)) return null;
    const dirs: PyValue[] = [];
    const files: PyValue[] = [];
    for (const name of listDir(this.it, abs)) (isDir(this.it, abs === '/' ? `/${name}` : `${abs}/${name}`) ? dirs : files).push(name);
    return [new PyList(dirs), new PyList(files)];
  }
  private collect(path: string, out: PyValue[]): void {
    const e = this.entry(path);
    if (e === null) return;
    for (const d of e[0].items) this.collect(pjoin(path, d as string), out);
    out.push(newTuple([path, e[0], e[1]]));
  }
  next(): PyValue | Stop {
    if (this.bottomUp !== null) return this.bottomUp.length > 0 ? this.bottomUp.shift()! : STOP;
    if (this.pending !== null) {
      const { path, dirs } = this.pending;
      for (let i = dirs.items.length - 1; i >= 0; i--) {
        const d = dirs.items[i];
        if (typeof d === 'string') this.stack.push(pjoin(path, d));
      }
      this.pending = null;
    }
    while (this.stack.length > 0) {
      const path = this.stack.pop()!;
      const e = this.entry(path);
      if (e === null) continue;
      this.pending = { path, dirs: e[0] };
      return newTuple([path, e[0], e[1]]);
    }
    return STOP;
  }
}
const walkType = syncIterType('generator', 'builtins');

export function initOs(it: Interpreter, m: PyModule): void {
  const ns = m.ns;
  let path = it.modules.getStr('posixpath') as PyModule | undefined;
  if (path === undefined) {
    path = new PyModule('posixpath');
    path.ns.setStr('__name__', 'posixpath');
    path.ns.setStr('__doc__', None);
    initPosixpath(path);
    it.modules.setStr('posixpath', path);
  }
  it.modules.setStr('os.path', path);
  ns.setStr('path', path);
  ns.setStr('name', 'posix');
  ns.setStr('sep', '/');
  ns.setStr('altsep', None);
  ns.setStr('extsep', '.');
  ns.setStr('pathsep', ':');
  ns.setStr('linesep', '\n');
  ns.setStr('curdir', '.');
  ns.setStr('pardir', '..');
  ns.setStr('devnull', '/dev/null');
  ns.setStr('defpath', '/bin:/usr/bin');
  ns.setStr('environ', environOf(it));
  ns.setStr('error', osErrorType);
  ns.setStr('stat_result', statResultType);
  for (const [k, v] of [['SEEK_SET', 0], ['SEEK_CUR', 1], ['SEEK_END', 2], ['F_OK', 0], ['R_OK', 4], ['W_OK', 2], ['X_OK', 1], ['O_RDONLY', 0], ['O_WRONLY', 1], ['O_RDWR', 2]] as [string, number][]) ns.setStr(k, v);
  defineAll(m, [
    func('getcwd', '', () => interp().cwd),
    func('getcwdb', '', () => new PyBytes(new TextEncoder().encode(interp().cwd))),
    func('chdir', 'path', function* (p: PyValue) {
      const [, abs] = yield* pathArg(p);
      const k = kindOf(interp(), abs);
      if (k === null) throw osError('ENOENT', p);
      if (k === 'file') throw osError('ENOTDIR', p);
      setCwd(interp(), abs);
      return None;
    }),
    func('listdir', 'path=None', function* (p: PyValue) {
      const [user, abs] = p === None ? ['.', interp().cwd] : yield* pathArg(p);
      const k = kindOf(interp(), abs);
      if (k === null) throw osError('ENOENT', p === None ? '.' : p);
      if (k === 'file') throw osError('ENOTDIR', p);
      return new PyList(listDir(interp(), abs));
    }),
    func('mkdir', 'path, mode=511, *, dir_fd=None', function* (p: PyValue) {
      const [user, abs] = yield* pathArg(p);
      if (kindOf(interp(), abs) !== null) throw osError('EEXIST', p);
      checkParent(interp(), abs, p);
      makeDir(interp(), abs);
      return None;
    }),
    func('makedirs', 'name, mode=511, exist_ok=False', function* (p: PyValue, _mode: PyValue, existOk: PyValue) {
      const [user, abs] = yield* pathArg(p);
      const k = kindOf(interp(), abs);
      if (k !== null) {
        if (k === 'dir' && existOk === true) return None;
        throw osError('EEXIST', p);
      }
      let cur = '';
      for (const part of abs.split('/').filter((x) => x !== '')) {
        cur += '/' + part;
        const kk = kindOf(interp(), cur);
        if (kk === 'file') throw osError(cur === abs ? 'EEXIST' : 'ENOTDIR', p);
        if (kk === null) makeDir(interp(), cur);
      }
      return None;
    }),
    ...['remove', 'unlink'].map((name) =>
      func(name, 'path, *, dir_fd=None', function* (p: PyValue) {
        const [user, abs] = yield* pathArg(p);
        const k = kindOf(interp(), abs);
        if (k === null) throw osError('ENOENT', p);
        if (k === 'dir') throw osError('EISDIR', p);
        removeFile(interp(), abs);
        return None;
      })),
    func('rmdir', 'path, *, dir_fd=None', function* (p: PyValue) {
      const [user, abs] = yield* pathArg(p);
      const k = kindOf(interp(), abs);
      if (k === null) throw osError('ENOENT', p);
      if (k === 'file') throw osError('ENOTDIR', p);
      if (listDir(interp(), abs).length > 0) throw osError('ENOTEMPTY', p);
      if (abs === interp().cwd || abs === '/') throw osError('EBUSY', p);
      removeDir(interp(), abs);
      return None;
    }),
    func('removedirs', 'name', function* (p: PyValue) {
      const [, abs] = yield* pathArg(p);
      if (kindOf(interp(), abs) === null) throw osError('ENOENT', p);
      if (listDir(interp(), abs).length > 0) throw osError('ENOTEMPTY', p);
      removeDir(interp(), abs);
      let cur = abs.slice(0, abs.lastIndexOf('/'));
      while (cur !== '' && cur !== '/' && listDir(interp(), cur).length === 0 && cur !== interp().cwd) {
        removeDir(interp(), cur);
        cur = cur.slice(0, cur.lastIndexOf('/'));
      }
      return None;
    }),
    ...['rename', 'replace'].map((name) =>
      func(name, 'src, dst, *, src_dir_fd=None, dst_dir_fd=None', function* (src: PyValue, dst: PyValue) {
        const [us, as] = yield* pathArg(src);
        const [ud, ad] = yield* pathArg(dst);
        const ks = kindOf(interp(), as);
        if (ks === null) throw osError('ENOENT', src, dst);
        const kd = kindOf(interp(), ad);
        if (ks === 'file' && kd === 'dir') throw osError('EISDIR', src, dst);
        if (ks === 'dir' && kd === 'file') throw osError('ENOTDIR', src, dst);
        if (ks === 'dir' && kd === 'dir' && listDir(interp(), ad).length > 0) throw osError('ENOTEMPTY', src, dst);
        try {
          checkParent(interp(), ad, dst);
        } catch {
          throw osError('ENOENT', src, dst);
        }
        if (as !== ad) renamePath(interp(), as, ad);
        return None;
      })),
    ...['stat', 'lstat'].map((name) =>
      func(name, 'path, *, dir_fd=None, follow_symlinks=True', function* (p: PyValue) {
        const [user, abs] = yield* pathArg(p);
        return statOf(interp(), abs, user, p);
      })),
    func('access', 'path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True', function* (p: PyValue) {
      const s = yield* fsPath(p);
      return kindOf(interp(), absPath(interp(), s)) !== null;
    }),
    func('walk', 'top, topdown=True, onerror=None, followlinks=False', function* (top: PyValue, topdown: PyValue) {
      const s = yield* fsPath(top);
      return new Walker(interp(), s, topdown !== false);
    }),
    func('scandir', 'path=None', function* (p: PyValue) {
      const user = p === None ? '.' : yield* fsPath(p);
      const abs = absPath(interp(), user);
      const k = kindOf(interp(), abs);
      if (k === null) throw osError('ENOENT', p === None ? '.' : p);
      if (k === 'file') throw osError('ENOTDIR', p);
      return scandirOf(interp(), user, abs);
    }),
    func('fspath', 'path', function* (p: PyValue) {
      if (typeof p === 'string' || p instanceof PyBytes) return p;
      if (typeof p === 'object' && typeOf(p).lookup('__fspath__') !== undefined) return yield* fsPath(p);
      return typeError(`expected str, bytes or os.PathLike object, not ${typeOf(p).name}`);
    }),
    // The file system encoding is UTF-8 (surrogateescape is not modelled).
    func('fsencode', 'filename', function* (p: PyValue) {
      const v = typeof p === 'string' || p instanceof PyBytes ? p : yield* fsPathValue(p);
      return typeof v === 'string' ? new PyBytes(new TextEncoder().encode(v)) : v;
    }),
    func('fsdecode', 'filename', function* (p: PyValue) {
      const v = typeof p === 'string' || p instanceof PyBytes ? p : yield* fsPathValue(p);
      return v instanceof PyBytes ? new TextDecoder().decode(v.b) : v;
    }),
    func('getenv', 'key, default=None', (k: PyValue, d: PyValue) => {
      if (typeof k !== 'string') typeError(`str expected, not ${typeOf(k).name}`);
      return environValue(interp(), k as string) ?? d;
    }),
    func('putenv', 'name, value, /', (k: PyValue, v: PyValue) => {
      if (typeof k !== 'string' || typeof v !== 'string') typeError('str expected');
      return None;
    }),
    func('unsetenv', 'name, /', () => None),
    // os._exit: the process ends at once — no finally blocks, no atexit, no thread joins.
    func('_exit', 'status, /', function* (status: PyValue) {
      const code = indexFast(status);
      if (code === null) typeError(`'${typeOf(status).name}' object cannot be interpreted as an integer`);
      return (yield new MachineRequest('exit', { code: Number(BigInt.asIntN(32, BigInt(code!))) })) as PyValue;
    }),
    func('getpid', '', () => processIds(interp()).pid),
    func('getppid', '', () => processIds(interp()).ppid),
    func('getuid', '', () => 1000),
    func('geteuid', '', () => 1000),
    func('getgid', '', () => 1000),
    func('getegid', '', () => 1000),
    func('getlogin', '', () => 'user'),
    func('cpu_count', '', () => interp().options.cpuCount),
    func('uname', '', () => new PyTuple(['Linux', 'interleave', '6.1.0', '#1 SMP', 'x86_64'], unameType)),
    func('urandom', 'size, /', (n: PyValue) => {
      if (typeof n !== 'number' && typeof n !== 'boolean') typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
      const size = Number(n);
      if (size < 0) valueError('negative argument not allowed');
      return new PyBytes(urandomBytes(interp(), size));
    }),
    func('strerror', 'code, /', (code: PyValue) => {
      for (const [errno, text] of Object.values(ERRNO)) if (errno === code) return text;
      return `Unknown error ${String(code)}`;
    }),
    func('system', 'command', () => notImplementedError('os.system is not supported: Interleave runs no shell commands')),
    func('times', '', () => newTuple([newFloat(0), newFloat(0), newFloat(0), newFloat(0), newFloat(interp().nowNs() / 1e9)])),
    ...processFunctions(),
  ]);
  for (const [k, v] of Object.entries(PROCESS_CONSTANTS)) ns.setStr(k, v);
}
