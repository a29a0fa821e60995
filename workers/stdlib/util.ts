/**
 * Small helpers shared by the native standard-library modules: defining module functions with
 * CPython's qualified names in argument errors, and the argument conversions C modules use
 * (PyFloat_AsDouble, PyNumber_Index).
 */
import type { PyValue } from '../python/objects/object';
import type { PyDict } from '../python/objects/dict';
import type { PyType } from '../python/objects/type';
import { typeOf, None } from '../python/objects/core-types';
import { PyFloat } from '../python/objects/float';
import { PyBuiltin, BuiltinKind } from '../python/objects/builtin';
import { sig } from '../python/runtime/args';
import { takesUnit } from '../python/runtime/define';
import { typeError } from '../python/runtime/errors';
import { callMethod } from '../python/ops/call';
import { indexFast } from '../python/ops/subscript';
import { intToFloat } from '../python/numfmt/int-float';
import { isGeneratorFunction, type NativeFn, type NativeGen } from '../python/vm/native';

type Impl = (...a: any[]) => any;
type Style = 'noargs' | 'O' | 'pos' | 'kw';

/**
 * Define `module.name` into `ns`. METH_O / METH_NOARGS errors name the function with its module
 * ("math.sqrt() takes exactly one argument (0 given)"), so the qualified name is passed on.
 */
export function defModFn(ns: PyDict, module: string, name: string, params: string, impl: Impl, style?: Style): PyBuiltin {
  const s = sig(name, params, `${module}.${name}`, style);
  const fn: NativeFn = s.params.length === 0
    ? (args, kw) => {
        if (args.length !== 0 || (kw !== null && kw.size > 0)) s.bind(args, kw);
        return impl();
      }
    : (args, kw) => impl(...s.bind(args, kw));
  const b = new PyBuiltin(name, fn, BuiltinKind.Function, null, undefined, isGeneratorFunction(impl));
  b.module = module;
  b.unit = takesUnit(s.style);
  ns.setStr(name, b);
  return b;
}

/** Define a function taking raw (args, kw) into `ns`. */
export function defModRaw(ns: PyDict, module: string, name: string, fn: NativeFn): PyBuiltin {
  const b = new PyBuiltin(name, fn, BuiltinKind.Function, null, undefined, isGeneratorFunction(fn));
  b.module = module;
  ns.setStr(name, b);
  return b;
}

/** PyFloat_AsDouble: floats, ints, then __float__, then __index__; "must be real number, not X". */
export function* asDouble(x: PyValue): NativeGen<number> {
  if (x instanceof PyFloat) return x.v;
  // Exact ints only: an int subclass goes through its (possibly overridden) __float__.
  const i = typeof x === 'object' ? null : indexFast(x);
  if (i !== null) return intToFloat(i);
  const t = typeOf(x);
  const f = t.lookup('__float__');
  if (f !== undefined && f !== None) {
    const r = yield* callMethod(f, x, []);
    if (!(r instanceof PyFloat)) typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return (r as PyFloat).v;
  }
  const idx = t.lookup('__index__');
  if (idx !== undefined && idx !== None) {
    const r = yield* callMethod(idx, x, []);
    const ri = indexFast(r);
    if (ri === null) typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
    return intToFloat(ri!);
  }
  return typeError(`must be real number, not ${t.name}`);
}

/** A float-only fast path of asDouble for callers that cannot yield (null when Python code is needed). */
export function asDoubleFast(x: PyValue): number | null {
  if (x instanceof PyFloat) return x.v;
  const i = indexFast(x);
  return i === null ? null : intToFloat(i);
}

/** One parameter of a Python-style signature: required when `def` is undefined. */
export interface PyParam {
  name: string;
  def?: PyValue;
  kwOnly?: boolean;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Bind arguments the way a Python `def` does, with its TypeError wording — for natives that
 * stand in for functions CPython writes in Python (random.Random.randint, …). `args` excludes
 * self; `withSelf` counts self in "takes N positional arguments" as Python does for methods.
 */
export function bindPyStyle(qualname: string, params: PyParam[], args: PyValue[], kw: Map<string, PyValue> | null, withSelf = true): PyValue[] {
  const pos = params.filter((p) => !p.kwOnly);
  const out: (PyValue | undefined)[] = new Array(params.length).fill(undefined);
  const extra = withSelf ? 1 : 0;
  if (args.length > pos.length) {
    const min = pos.filter((p) => p.def === undefined).length + extra;
    const max = pos.length + extra;
    const takes = min === max ? `${max}` : `from ${min} to ${max}`;
    const given = args.length + extra;
    typeError(`${qualname}() takes ${takes} positional argument${max === 1 && min === max ? '' : 's'} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw !== null) {
    for (const [k, v] of kw) {
      const j = params.findIndex((p) => p.name === k);
      if (j < 0) typeError(`${qualname}() got an unexpected keyword argument '${k}'`);
      if (out[j] !== undefined) typeError(`${qualname}() got multiple values for argument '${k}'`);
      out[j] = v;
    }
  }
  const missingPos = pos.filter((p, i) => out[i] === undefined && p.def === undefined).map((p) => p.name);
  if (missingPos.length > 0) {
    typeError(`${qualname}() missing ${missingPos.length} required positional argument${missingPos.length === 1 ? '' : 's'}: ${nameList(missingPos)}`);
  }
  const missingKw = params.filter((p, i) => p.kwOnly && out[i] === undefined && p.def === undefined).map((p) => p.name);
  if (missingKw.length > 0) {
    typeError(`${qualname}() missing ${missingKw.length} required keyword-only argument${missingKw.length === 1 ? '' : 's'}: ${nameList(missingKw)}`);
  }
  return out.map((v, i) => (v === undefined ? params[i].def! : v));
}

/**
 * Give a native type CPython's tp_name convention: `name` is the dotted tp_name used in error
 * messages ("'itertools.count' object is not subscriptable"), `qualname` the short name that
 * __name__, __qualname__ and the class repr (with __module__) show.
 */
export function setTpName(t: PyType, module: string, short: string): PyType {
  t.name = `${module}.${short}`;
  t.qualname = short;
  t.module = module;
  return t;
}

/** _PyType_Name: the short name of a type (a heap type's own name, a native type's last part). */
export function shortTypeName(t: PyType): string {
  return t.isHeap ? t.name : t.qualname;
}
