/** The `stat` module: st_mode bit constants, the S_IS* tests, S_IMODE/S_IFMT and filemode(). */
import type { PyValue } from '../../python/objects/object';
import { typeOf } from '../../python/objects/core-types';
import type { PyModule } from '../../python/objects/module';
import { func } from '../../python/runtime/define';
import { typeError } from '../../python/runtime/errors';
import type { Interpreter } from '../../python/vm/interpreter-state';
import { defineAll } from '../ioutil';

const S_IFMT = 0o170000;
const TYPES: [string, number][] = [['S_IFDIR', 0o040000], ['S_IFCHR', 0o020000], ['S_IFBLK', 0o060000], ['S_IFREG', 0o100000], ['S_IFIFO', 0o010000], ['S_IFLNK', 0o120000], ['S_IFSOCK', 0o140000]];
const PERMS: [string, number][] = [
  ['S_ISUID', 0o4000], ['S_ISGID', 0o2000], ['S_ISVTX', 0o1000], ['S_IRWXU', 0o700], ['S_IRUSR', 0o400], ['S_IWUSR', 0o200], ['S_IXUSR', 0o100],
  ['S_IRWXG', 0o070], ['S_IRGRP', 0o040], ['S_IWGRP', 0o020], ['S_IXGRP', 0o010], ['S_IRWXO', 0o007], ['S_IROTH', 0o004], ['S_IWOTH', 0o002], ['S_IXOTH', 0o001],
  ['S_IREAD', 0o400], ['S_IWRITE', 0o200], ['S_IEXEC', 0o100],
];
const INDEX: [string, number][] = [['ST_MODE', 0], ['ST_INO', 1], ['ST_DEV', 2], ['ST_NLINK', 3], ['ST_UID', 4], ['ST_GID', 5], ['ST_SIZE', 6], ['ST_ATIME', 7], ['ST_MTIME', 8], ['ST_CTIME', 9]];

function mode(x: PyValue): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return Number(x);
  return typeError(`an integer is required (got type ${typeOf(x).name})`);
}

/** `-rw-r--r--` like ls -l. */
function filemode(m: number): string {
  const kind = (m & S_IFMT) === 0o040000 ? 'd' : (m & S_IFMT) === 0o120000 ? 'l' : (m & S_IFMT) === 0o020000 ? 'c' : (m & S_IFMT) === 0o060000 ? 'b' : (m & S_IFMT) === 0o010000 ? 'p' : (m & S_IFMT) === 0o140000 ? 's' : (m & S_IFMT) === 0o100000 ? '-' : '?';
  const bit = (b: number, c: string) => (m & b ? c : '-');
  const x = (b: number, special: number, on: string, off: string) => (m & special ? (m & b ? on : off) : m & b ? 'x' : '-');
  return kind + bit(0o400, 'r') + bit(0o200, 'w') + x(0o100, 0o4000, 's', 'S') + bit(0o040, 'r') + bit(0o020, 'w') + x(0o010, 0o2000, 's', 'S') + bit(0o004, 'r') + bit(0o002, 'w') + x(0o001, 0o1000, 't', 'T');
}

export function initStat(interp: Interpreter, m: PyModule): void {
  void interp;
  for (const [k, v] of [...TYPES, ...PERMS, ...INDEX]) m.ns.setStr(k, v);
  m.ns.setStr('S_IFMT_MASK', S_IFMT);
  const is = (name: string, t: number) => func(name, 'mode, /', (x: PyValue) => (mode(x) & S_IFMT) === t);
  defineAll(m, [
    is('S_ISDIR', 0o040000), is('S_ISREG', 0o100000), is('S_ISLNK', 0o120000), is('S_ISCHR', 0o020000),
    is('S_ISBLK', 0o060000), is('S_ISFIFO', 0o010000), is('S_ISSOCK', 0o140000),
    func('S_IMODE', 'mode, /', (x: PyValue) => mode(x) & 0o7777),
    func('S_IFMT', 'mode, /', (x: PyValue) => mode(x) & S_IFMT),
    func('filemode', 'mode, /', (x: PyValue) => filemode(mode(x))),
  ]);
  m.ns.delStr('S_IFMT_MASK');
}
