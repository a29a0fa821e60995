/**
 * The machinery shared by both itertools files (kept apart so that neither imports the other at
 * start-up): making an iterator type and its `__new__`.
 */
import { STOP, type PyValue } from '../python/objects/object';
import { None, builtinType, objectType } from '../python/objects/core-types';
import type { PyType } from '../python/objects/type';
import { GenIterator } from '../python/objects/iterators';
import { PyBuiltin, BuiltinKind } from '../python/objects/builtin';
import type { PyDict } from '../python/objects/dict';
import { slot } from '../python/runtime/define';
import { sig } from '../python/runtime/args';
import { stopIteration } from '../python/vm/generators';
import { isGeneratorFunction, type KwArgs, type NativeGen, type NativeFn } from '../python/vm/native';
import { setTpName } from './util';

/** A new itertools iterator type: __iter__ returns self, __next__ runs nextGen. */
export function itType(name: string): PyType {
  const t = setTpName(builtinType(name, objectType, { module: 'itertools' }), 'itertools', name);
  slot(t, '__iter__', '', (it: GenIterator) => it);
  slot(t, '__next__', '', function* (it: GenIterator) {
    const v = yield* it.nextGen();
    if (v === STOP) throw stopIteration(None);
    return v;
  });
  return t;
}

/** type.__new__ for an iterator type from a native signature (CPython's clinic wording). */
export function itNew(t: PyType, params: string, make: (cls: PyType, ...a: any[]) => PyValue | NativeGen): void {
  // Positional-only constructors check their count like _PyArg_CheckPositional ("cycle expected 1
  // argument, got 0"), not METH_O.
  const s = sig(t.qualname, params, undefined, params.includes('/') ? 'pos' : undefined);
  const fn: NativeFn = (args: PyValue[], kw: KwArgs | null) => make(args[0] as PyType, ...s.bind(args, kw, 1));
  (t.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', fn, BuiltinKind.StaticMethod, t, undefined, isGeneratorFunction(make)));
}

