/**
 * `_interleave`: private hooks for standard-library modules that CPython writes in C but that
 * Interleave runs from CPython's pure-Python equivalents (e.g. `decimal` from `_pydecimal`):
 *
 * - `c_type(cls, tp_name)`: the class reports `tp_name` in error messages
 *   (`'decimal.Decimal'`), like a static C type; `__name__` stays the short name.
 * - `hide_frames(*objs)`: the functions (and the methods of the classes) given leave no
 *   traceback entries, as C code leaves none.
 */
import type { PyValue } from '../python/objects/object';
import type { PyModule } from '../python/objects/module';
import type { Interpreter } from '../python/vm/interpreter-state';
import { None } from '../python/objects/core-types';
import { PyType } from '../python/objects/type';
import { PyDict } from '../python/objects/dict';
import { PyFunction } from '../python/objects/function';
import { PyStaticMethod, PyClassMethod, PyProperty } from '../python/objects/builtin';
import { PyCode } from '../python/compiler/code';
import { func } from '../python/runtime/define';
import { typeError } from '../python/runtime/errors';
import { defineAll } from './ioutil';

function hideCode(code: PyCode): void {
  if (code.hidden === true) return;
  code.hidden = true;
  for (const c of code.consts) if (c instanceof PyCode) hideCode(c);
}

function hide(o: PyValue, seen: Set<PyValue>): void {
  if (seen.has(o)) return;
  seen.add(o);
  if (o instanceof PyFunction) hideCode(o.code);
  else if (o instanceof PyStaticMethod || o instanceof PyClassMethod) hide(o.func, seen);
  else if (o instanceof PyProperty) {
    for (const f of [o.fget, o.fset, o.fdel]) if (f !== None) hide(f, seen);
  } else if (o instanceof PyType && o.isHeap) {
    for (const v of (o.dict as PyDict).values()) hide(v, seen);
  }
}

export function initInterleaveHooks(_interp: Interpreter, m: PyModule): void {
  defineAll(m, [
    func('c_type', 'cls, tp_name, /', (cls: PyValue, tpName: PyValue) => {
      if (!(cls instanceof PyType) || typeof tpName !== 'string') typeError('c_type(cls, tp_name)');
      const t = cls as PyType;
      t.name = tpName as string;
      t.cName = true;
      return None;
    }),
    func('hide_frames', '*objs', (objs: PyValue[]) => {
      const seen = new Set<PyValue>();
      for (const o of objs) hide(o, seen);
      return None;
    }),
  ]);
}
