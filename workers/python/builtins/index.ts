/** Builds the `builtins` namespace: functions, types, constants and exception classes. */
import type { PyValue } from '../objects/object';
import * as T from '../objects/core-types';
import type { PyDict } from '../objects/dict';
import type { PyBuiltin } from '../objects/builtin';
import { builtinExceptionTypes, osErrorType } from '../runtime/errors';
import { buildClass } from '../types/type';
import * as intro from './introspection';
import * as fnl from './functional';
import * as prog from './program';
import { open } from './files';
import { installSiteBuiltins } from './site';
import { memoryviewType } from '../objects/memoryview';

export function installBuiltins(ns: PyDict): void {
  const put = (name: string, v: PyValue) => ns.setStr(name, v);
  const fns: PyBuiltin[] = [
    intro.isinstance, intro.issubclass, intro.getattr, intro.setattr, intro.delattr, intro.hasattr, intro.id,
    intro.hash, intro.callable, intro.globals, intro.locals, intro.vars, intro.dir,
    fnl.len, fnl.repr, fnl.ascii, fnl.format, fnl.abs, fnl.divmod, fnl.pow, fnl.round, fnl.min, fnl.max,
    fnl.sum, fnl.sorted, fnl.any, fnl.all, fnl.iter, fnl.next, fnl.aiter, fnl.anext, fnl.chr, fnl.ord, fnl.hex, fnl.bin, fnl.oct,
    prog.print, prog.input, prog.exit, prog.quit, prog.exec, prog.evalFn, prog.compile, prog.importFn, buildClass, open,
  ];
  for (const f of fns) {
    f.module = 'builtins';
    put(f.name, f);
  }
  const types: [string, T.PyTypeAlias][] = [
    ['object', T.objectType], ['type', T.typeType], ['int', T.intType], ['bool', T.boolType], ['float', T.floatType], ['complex', T.complexType],
    ['str', T.strType], ['bytes', T.bytesType], ['bytearray', T.bytearrayType], ['memoryview', memoryviewType], ['list', T.listType],
    ['tuple', T.tupleType], ['dict', T.dictType], ['set', T.setType], ['frozenset', T.frozensetType],
    ['range', T.rangeType], ['slice', T.sliceType], ['enumerate', T.enumerateType], ['zip', T.zipType],
    ['map', T.mapType], ['filter', T.filterType], ['reversed', T.reversedType], ['property', T.propertyType],
    ['staticmethod', T.staticmethodType], ['classmethod', T.classmethodType], ['super', T.superType],
  ];
  for (const [name, t] of types) put(name, t);
  for (const [name, t] of builtinExceptionTypes()) put(name, t);
  put('EnvironmentError', osErrorType);
  put('IOError', osErrorType);
  put('None', T.None);
  put('True', true);
  put('False', false);
  put('Ellipsis', T.Ellipsis);
  put('NotImplemented', T.NotImplemented);
  put('__debug__', true);
  put('__name__', 'builtins');
  put('__doc__', 'Built-in functions, exceptions, and other objects.');
  put('__package__', '');
  put('__loader__', T.None);
  put('__spec__', T.None);
  installSiteBuiltins(ns);
}
