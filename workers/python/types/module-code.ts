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
import {
  PyCode, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, CO_OPTIMIZED, CO_NEWLOCALS,
} from '../compiler/code';
import { slot, getter, method } from '../runtime/define';
import { typeError, valueError, notImplementedError } from '../runtime/errors';
import { pyGetAttr } from '../ops/attr';
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
  if (typeof file === 'string') return `<module ${yield* pyRepr(m.name)} from ${yield* pyRepr(file)}>`;
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

// code.replace(**changes): a copy with some fields changed. The fields that only describe the
// code (names, flags that do not change what kind of code it is, line numbers) are supported;
// changing the bytecode, constants or variable layout is not.
const CODE_KIND_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_VARARGS | CO_VARKEYWORDS | CO_OPTIMIZED | CO_NEWLOCALS;
const REPLACE_INT = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', 'co_firstlineno'];
const REPLACE_OBJ = ['co_code', 'co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars', 'co_filename', 'co_name', 'co_qualname', 'co_linetable', 'co_exceptiontable'];
method(codeType, 'replace', '*, ' + [...REPLACE_INT.map((n) => `${n}=-1`), ...REPLACE_OBJ.map((n) => `${n}=None`)].join(', '), function* (c: PyCode, ...vals: PyValue[]) {
  const out = new PyCode();
  const skip = new Set(['execInstrs', 'framePool', 'icache', 'template', 'oid', 'cls', 'dict']);
  for (const k of Object.keys(c)) {
    if (!skip.has(k)) (out as unknown as Record<string, unknown>)[k] = (c as unknown as Record<string, unknown>)[k];
  }
  const names = [...REPLACE_INT, ...REPLACE_OBJ];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const v = vals[i];
    if (i < REPLACE_INT.length ? v === -1 : v === None) continue;
    const current = yield* pyGetAttr(c, name);
    if (i < REPLACE_INT.length && typeof v !== 'number') typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
    switch (name) {
      case 'co_flags':
        if (((v as number) & CODE_KIND_FLAGS) !== (c.flags & CODE_KIND_FLAGS)) notImplementedError('code.replace() changing the kind of code (generator, coroutine, *args/**kwargs flags) is not supported by Interleave');
        out.flags = v as number;
        continue;
      case 'co_firstlineno': out.firstlineno = v as number; continue;
      case 'co_name':
      case 'co_qualname':
      case 'co_filename':
        if (typeof v !== 'string') typeError(`replace() argument '${name}' must be str, not ${typeOf(v).name}`);
        if (name === 'co_name') out.name = v as string;
        else if (name === 'co_qualname') out.qualname = v as string;
        else out.filename = v as string;
        continue;
    }
    if (!(yield* pyEq(v, current))) notImplementedError(`code.replace(${name}=...) is not supported by Interleave`);
  }
  return out;
});
