/** The methods of `module`, `cell` and `code` objects. */
import type { PyValue } from '../objects/object';
import { moduleType, cellType, codeType, None, NotImplemented, typeOf } from '../objects/core-types';
import { PyModule } from '../objects/module';
import { PyCell } from '../objects/function';
import { PyDict } from '../objects/dict';
import { newTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { pyCall } from '../ops/call';
import { PyBytes } from '../objects/bytes';
import type { PyType } from '../objects/type';
import { PyCode } from '../compiler/code';
import { slot, getter } from '../runtime/define';
import { typeError, valueError } from '../runtime/errors';
import { pyRepr, fakeAddress } from '../ops/strrepr';
import { cpythonLayout } from '../compiler/cpython-layout';
import { pyEq } from '../ops/compare';

moduleType.alloc = (cls: PyType) => {
  const m = new PyModule('?');
  m.cls = cls;
  return m;
};
slot(moduleType, '__init__', 'name, doc=None', (m: PyModule, name: PyValue, doc: PyValue) => {
  if (typeof name !== 'string') typeError(`module.__init__() argument 'name' must be str, not ${typeOf(name).name}`);
  (m as { name: string }).name = name as string;
  m.ns.setStr('__name__', name);
  m.ns.setStr('__doc__', doc);
  m.ns.setStr('__package__', None);
  m.ns.setStr('__loader__', None);
  m.ns.setStr('__spec__', None);
  return None;
});
slot(moduleType, '__repr__', '', function* (m: PyModule) {
  const file = m.ns.getStr('__file__');
  if (typeof file === 'string' && !file.startsWith('<interleave>')) return `<module ${yield* pyRepr(m.name)} from ${yield* pyRepr(file)}>`;
  return `<module ${yield* pyRepr(m.name)} (built-in)>`;
});
getter(moduleType, '__dict__', (m: PyModule) => m.ns);
// module_dir: a `__dir__` function in the module's namespace wins; else the namespace's keys.
slot(moduleType, '__dir__', '', function* (m: PyModule) {
  const custom = m.ns.getStr('__dir__');
  if (custom !== undefined) return yield* pyCall(custom, []);
  return new PyList(m.ns.keys());
});

slot(cellType, '__repr__', '', (c: PyCell) => (c.v === undefined ? `<cell at ${fakeAddress(c)}: empty>` : `<cell at ${fakeAddress(c)}: ${typeOf(c.v).name} object at ${fakeAddress(c.v)}>`));
getter(cellType, 'cell_contents', (c: PyCell) => {
  if (c.v === undefined) valueError('Cell is empty');
  return c.v!;
}, (c: PyCell, v) => {
  c.v = v;
});
slot(cellType, '__eq__', 'other, /', function* (c: PyCell, o: PyValue) {
  if (!(o instanceof PyCell)) return NotImplemented;
  if (c.v === undefined || o.v === undefined) return c.v === o.v;
  return yield* pyEq(c.v, o.v);
});

slot(codeType, '__repr__', '', (c: PyCode) => `<code object ${c.name} at ${fakeAddress(c)}, file "${c.filename}", line ${c.firstlineno}>`);
getter(codeType, 'co_name', (c: PyCode) => c.name);
getter(codeType, 'co_qualname', (c: PyCode) => c.qualname);
getter(codeType, 'co_filename', (c: PyCode) => c.filename);
getter(codeType, 'co_firstlineno', (c: PyCode) => c.firstlineno);
getter(codeType, 'co_argcount', (c: PyCode) => c.argcount);
getter(codeType, 'co_posonlyargcount', (c: PyCode) => c.posonlyargcount);
getter(codeType, 'co_kwonlyargcount', (c: PyCode) => c.kwonlyargcount);
getter(codeType, 'co_flags', (c: PyCode) => c.flags);
getter(codeType, 'co_nlocals', (c: PyCode) => c.varnames.length);
getter(codeType, 'co_stacksize', (c: PyCode) => c.stacksize);
getter(codeType, 'co_consts', (c: PyCode) => newTuple(c.consts.slice()));
getter(codeType, 'co_names', (c: PyCode) => newTuple(c.names.slice()));
getter(codeType, 'co_varnames', (c: PyCode) => newTuple(c.varnames));
getter(codeType, 'co_cellvars', (c: PyCode) => newTuple(c.cellvars));
getter(codeType, 'co_freevars', (c: PyCode) => newTuple(c.freevars));
// CPython's byte layout (opcode numbers, EXTENDED_ARG, caches), as `dis` shows it.
getter(codeType, 'co_code', (c: PyCode) => new PyBytes(cpythonLayout(c).bytes.slice()));
