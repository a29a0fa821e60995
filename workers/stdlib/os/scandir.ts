/** os.scandir(): an iterator of DirEntry objects (name, path, is_file/is_dir/stat) with `with` support. */
import { PyObject, STOP, type PyValue, type Stop } from '../../python/objects/object';
import { None, builtinType, objectType } from '../../python/objects/core-types';
import { SyncIterator } from '../../python/objects/iterators';
import { method, getter, slot } from '../../python/runtime/define';
import { pyRepr } from '../../python/ops/strrepr';
import type { Interpreter } from '../../python/vm/interpreter-state';
import type { NativeGen } from '../../python/vm/native';
import { isDir, listDir, kindOf } from '../io/vfs';
import { syncIterType, cType } from '../ioutil';
import { pjoin } from './path';
import { statOf } from './os';

export const dirEntryType = cType('posix.DirEntry', objectType, { final: true });
const scandirType = syncIterType('ScandirIterator', 'posix');

class DirEntry extends PyObject {
  constructor(readonly it: Interpreter, readonly name: string, readonly path: string, readonly abs: string) {
    super(dirEntryType);
  }
}

class Scandir extends SyncIterator {
  private i = 0;
  constructor(readonly it: Interpreter, readonly entries: DirEntry[]) {
    super(scandirType);
  }
  next(): PyValue | Stop {
    return this.i < this.entries.length ? this.entries[this.i++] : STOP;
  }
}

export function scandirOf(it: Interpreter, user: string, abs: string): PyValue {
  const entries = listDir(it, abs).map((name) => new DirEntry(it, name, pjoin(user, name), abs === '/' ? `/${name}` : `${abs}/${name}`));
  return new Scandir(it, entries);
}

getter(dirEntryType, 'name', (e: DirEntry) => e.name);
getter(dirEntryType, 'path', (e: DirEntry) => e.path);
method(dirEntryType, 'is_dir', '*, follow_symlinks=True', (e: DirEntry) => isDir(e.it, e.abs));
method(dirEntryType, 'is_file', '*, follow_symlinks=True', (e: DirEntry) => kindOf(e.it, e.abs) === 'file');
method(dirEntryType, 'is_symlink', '', () => false);
method(dirEntryType, 'inode', '', () => 0);
method(dirEntryType, 'stat', '*, follow_symlinks=True', (e: DirEntry) => statOf(e.it, e.abs, e.path, e.path));
method(dirEntryType, '__fspath__', '', (e: DirEntry) => e.path);
slot(dirEntryType, '__repr__', '', function* (e: DirEntry): NativeGen {
  return `<DirEntry ${yield* pyRepr(e.name)}>`;
});
slot(scandirType, '__enter__', '', (s: Scandir) => s);
slot(scandirType, '__exit__', '*args', () => None);
method(scandirType, 'close', '', () => None);
