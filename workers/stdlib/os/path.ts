/**
 * `os.path` (posixpath): CPython's pure string algorithms ported line for line (join, split,
 * splitext, normpath, relpath, commonprefix, …) plus the queries that consult the in-memory
 * file system (exists, isfile, isdir, getsize, getmtime).
 */
import type { PyValue } from '../../python/objects/object';
import { None, typeOf } from '../../python/objects/core-types';
import type { PyModule } from '../../python/objects/module';
import { PyBytes } from '../../python/objects/bytes';
import { newTuple } from '../../python/objects/tuple';
import { newFloat } from '../../python/objects/float';
import { func } from '../../python/runtime/define';
import { typeError, valueError } from '../../python/runtime/errors';
import { iterToArray } from '../../python/ops/iter';
import { compareStrs } from '../../python/ops/compare';
import { currentThread } from '../../python/vm/current';
import type { NativeGen } from '../../python/vm/native';
import type { Interpreter } from '../../python/vm/interpreter-state';
import { fsPath } from '../../python/builtins/files';
import { absPath, kindOf, readBytes, mtimeOf } from '../io/vfs';
import { osError, defineAll } from '../ioutil';
import { environValue } from './environ';

export function pjoin(a: string, ...p: string[]): string {
  let path = a;
  for (const b of p) {
    if (b.startsWith('/')) path = b;
    else if (path === '' || path.endsWith('/')) path += b;
    else path += '/' + b;
  }
  return path;
}

function stripHead(head: string): string {
  if (head !== '' && head !== '/'.repeat(head.length)) return head.replace(/\/+$/, '');
  return head;
}

export function psplit(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  return [stripHead(p.slice(0, i)), p.slice(i)];
}

export function psplitext(p: string): [string, string] {
  const sepIndex = p.lastIndexOf('/');
  const dotIndex = p.lastIndexOf('.');
  if (dotIndex > sepIndex) {
    for (let i = sepIndex + 1; i < dotIndex; i++) if (p[i] !== '.') return [p.slice(0, dotIndex), p.slice(dotIndex)];
  }
  return [p, ''];
}

export function pbasename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

export function pdirname(p: string): string {
  return stripHead(p.slice(0, p.lastIndexOf('/') + 1));
}

export function pnormpath(path: string): string {
  if (path === '') return '.';
  let initial = path.startsWith('/') ? 1 : 0;
  if (initial && path.startsWith('//') && !path.startsWith('///')) initial = 2;
  const comps: string[] = [];
  for (const comp of path.split('/')) {
    if (comp === '' || comp === '.') continue;
    if (comp !== '..' || (!initial && comps.length === 0) || (comps.length > 0 && comps[comps.length - 1] === '..')) comps.push(comp);
    else if (comps.length > 0) comps.pop();
  }
  const out = '/'.repeat(initial) + comps.join('/');
  return out || '.';
}

export function pabspath(interp: Interpreter, p: string): string {
  return pnormpath(p.startsWith('/') ? p : pjoin(interp.cwd, p));
}

function commonprefix(m: string[]): string {
  if (m.length === 0) return '';
  let s1 = m[0];
  let s2 = m[0];
  for (const s of m) {
    if (compareStrs(s, s1) < 0) s1 = s;
    if (compareStrs(s, s2) > 0) s2 = s;
  }
  for (let i = 0; i < s1.length; i++) if (s1[i] !== s2[i]) return s1.slice(0, i);
  return s1;
}

function relpath(interp: Interpreter, path: string, start: string): string {
  if (path === '') valueError('no path specified');
  const startList = pabspath(interp, start).split('/').filter((x) => x !== '');
  const pathList = pabspath(interp, path).split('/').filter((x) => x !== '');
  let i = 0;
  while (i < startList.length && i < pathList.length && startList[i] === pathList[i]) i++;
  const rel = [...Array(startList.length - i).fill('..'), ...pathList.slice(i)];
  return rel.length === 0 ? '.' : pjoin(rel[0], ...rel.slice(1));
}

function expandvars(interp: Interpreter, path: string): string {
  if (!path.includes('$')) return path;
  return path.replace(/\$(\w+|\{[^}]*\})/g, (m, name: string) => {
    const key = name.startsWith('{') ? name.slice(1, -1) : name;
    const v = environValue(interp, key);
    return v === undefined ? m : v;
  });
}

function expanduser(interp: Interpreter, path: string): string {
  if (!path.startsWith('~')) return path;
  let i = path.indexOf('/', 1);
  if (i < 0) i = path.length;
  if (i !== 1) return path;
  const home = environValue(interp, 'HOME') ?? '/home/user';
  const userhome = home.replace(/\/+$/, '');
  return (userhome + path.slice(i)) || '/';
}

/** A str path argument (bytes paths are decoded; results stay str). */
function* strPath(p: PyValue): NativeGen<string> {
  return yield* fsPath(p);
}

function* joinArg(p: PyValue, fname: string): NativeGen<string> {
  if (typeof p === 'string') return p;
  if (p instanceof PyBytes || (typeof p === 'object' && typeOf(p).lookup('__fspath__') !== undefined)) return yield* fsPath(p);
  return typeError(`${fname}() argument must be str, bytes, or os.PathLike object, not '${typeOf(p).name}'`);
}

function interp(): Interpreter {
  return currentThread().interp;
}

function* exists(p: PyValue): NativeGen<string | null> {
  if (typeof p === 'number' || typeof p === 'boolean') return null;
  const s = yield* strPath(p);
  return kindOf(interp(), absPath(interp(), s));
}

export function initPosixpath(m: PyModule): void {
  const ns = m.ns;
  ns.setStr('sep', '/');
  ns.setStr('curdir', '.');
  ns.setStr('pardir', '..');
  ns.setStr('extsep', '.');
  ns.setStr('altsep', None);
  ns.setStr('pathsep', ':');
  ns.setStr('defpath', '/bin:/usr/bin');
  ns.setStr('devnull', '/dev/null');
  ns.setStr('supports_unicode_filenames', false);
  defineAll(m, [
    func('join', 'a, /, *p', function* (a: PyValue, p: PyValue[]) {
      // The first argument goes through os.fspath (its own message); the rest are checked by join.
      const parts: string[] = [yield* fsPath(a)];
      for (const x of p) parts.push(yield* joinArg(x, 'join'));
      return pjoin(parts[0], ...parts.slice(1));
    }),
    func('split', 'p', function* (p: PyValue) {
      return newTuple(psplit(yield* strPath(p)));
    }),
    func('splitext', 'p', function* (p: PyValue) {
      return newTuple(psplitext(yield* strPath(p)));
    }),
    func('splitdrive', 'p', function* (p: PyValue) {
      return newTuple(['', yield* strPath(p)]);
    }),
    func('basename', 'p', function* (p: PyValue) {
      return pbasename(yield* strPath(p));
    }),
    func('dirname', 'p', function* (p: PyValue) {
      return pdirname(yield* strPath(p));
    }),
    func('normpath', 'path', function* (p: PyValue) {
      return pnormpath(yield* strPath(p));
    }),
    func('abspath', 'path', function* (p: PyValue) {
      return pabspath(interp(), yield* strPath(p));
    }),
    func('realpath', 'filename, *, strict=False', function* (p: PyValue) {
      return pabspath(interp(), yield* strPath(p));
    }),
    func('relpath', 'path, start=None', function* (p: PyValue, start: PyValue) {
      return relpath(interp(), yield* strPath(p), start === None ? '.' : yield* strPath(start));
    }),
    func('isabs', 's', function* (p: PyValue) {
      return (yield* strPath(p)).startsWith('/');
    }),
    func('normcase', 's', function* (p: PyValue) {
      return yield* strPath(p);
    }),
    func('expanduser', 'path', function* (p: PyValue) {
      return expanduser(interp(), yield* strPath(p));
    }),
    func('expandvars', 'path', function* (p: PyValue) {
      return expandvars(interp(), yield* strPath(p));
    }),
    func('commonprefix', 'm', function* (m: PyValue) {
      const items = yield* iterToArray(m);
      if (items.length === 0) return '';
      if (items.every((x) => typeof x === 'string')) return commonprefix(items as string[]);
      return typeError('commonprefix() of lists of path components is not supported by Interleave');
    }),
    func('commonpath', 'paths', function* (paths: PyValue) {
      const items: string[] = [];
      for (const x of yield* iterToArray(paths)) items.push(yield* strPath(x));
      if (items.length === 0) valueError('commonpath() arg is an empty sequence');
      const isAbs = items[0].startsWith('/');
      if (items.some((x) => x.startsWith('/') !== isAbs)) valueError("Can't mix absolute and relative paths");
      const split = items.map((x) => x.split('/').filter((c) => c !== '' && c !== '.'));
      const s1 = split.reduce((a, b) => (compareStrs(a.join('\0'), b.join('\0')) <= 0 ? a : b));
      const s2 = split.reduce((a, b) => (compareStrs(a.join('\0'), b.join('\0')) >= 0 ? a : b));
      let common = s1;
      for (let i = 0; i < s1.length; i++) {
        if (s1[i] !== s2[i]) {
          common = s1.slice(0, i);
          break;
        }
      }
      return (isAbs ? '/' : '') + common.join('/');
    }),
    func('exists', 'path', function* (p: PyValue) {
      return (yield* exists(p)) !== null;
    }),
    func('lexists', 'path', function* (p: PyValue) {
      return (yield* exists(p)) !== null;
    }),
    func('isfile', 'path', function* (p: PyValue) {
      return (yield* exists(p)) === 'file';
    }),
    func('isdir', 's', function* (p: PyValue) {
      return (yield* exists(p)) === 'dir';
    }),
    func('islink', 'path', () => false),
    func('ismount', 'path', function* (p: PyValue) {
      return pabspath(interp(), yield* strPath(p)) === '/';
    }),
    func('getsize', 'filename', function* (p: PyValue) {
      const s = yield* strPath(p);
      const abs = absPath(interp(), s);
      const k = kindOf(interp(), abs);
      if (k === null) throw osError('ENOENT', p);
      return k === 'dir' ? 4096 : readBytes(interp(), abs)!.length;
    }),
    ...['getmtime', 'getatime', 'getctime'].map((name) =>
      func(name, 'filename', function* (p: PyValue) {
        const s = yield* strPath(p);
        const abs = absPath(interp(), s);
        if (kindOf(interp(), abs) === null) throw osError('ENOENT', p);
        return newFloat(Number(mtimeOf(interp(), abs)) / 1e9);
      })),
    func('samefile', 'f1, f2', function* (a: PyValue, b: PyValue) {
      const sa = yield* strPath(a);
      const sb = yield* strPath(b);
      if (kindOf(interp(), absPath(interp(), sa)) === null) throw osError('ENOENT', a);
      if (kindOf(interp(), absPath(interp(), sb)) === null) throw osError('ENOENT', b);
      return absPath(interp(), sa) === absPath(interp(), sb);
    }),
  ]);
}
