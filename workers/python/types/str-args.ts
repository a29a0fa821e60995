/**
 * Shared argument helpers for str, bytes and bytearray methods: the str-subclass instance
 * representation, CPython's METH_VARARGS count errors ("find() takes at least 1 argument (0
 * given)"), and start/end slice-index arguments (None, ints or __index__ objects, clamped like
 * _PyEval_SliceIndex and normalised like ADJUST_INDICES).
 */
import { PyObject, type PyValue } from '../objects/object';
import { typeOf, None, strType } from '../objects/core-types';
import type { PyType } from '../objects/type';
import { PyDict } from '../objects/dict';
import { isGeneratorFunction, type KwArgs, type NativeGen } from '../vm/native';
import { PyBuiltin, BuiltinKind } from '../objects/builtin';
import { sig } from '../runtime/args';
import { callMethod } from '../ops/call';
import { typeError, overflowError } from '../runtime/errors';

/**
 * An instance of a user subclass of str. Exact strs are JS strings; a subclass instance carries
 * its value in `v` (and a __dict__), so every str method unwraps `self` with sv().
 */
export class PyStrSub extends PyObject {
  constructor(readonly v: string, cls: PyType) {
    super(cls);
    if (cls.instancesHaveDict) this.dict = new PyDict();
  }
}

/** The JS string of a str or str-subclass instance (callers checked the type). */
export function sv(x: PyValue): string {
  return typeof x === 'string' ? x : (x as PyStrSub).v;
}

/** A str or str subclass instance's value, or null for anything else. */
export function asStr(x: PyValue): string | null {
  if (typeof x === 'string') return x;
  if (x instanceof PyStrSub) return x.v;
  return null;
}

/** An attribute name argument (getattr, object.__getattribute__, ...): a str or str subclass. */
export function attrNameArg(name: PyValue): string {
  const s = asStr(name);
  if (s === null) typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  return s!;
}

export function isStrSubclass(t: PyType): boolean {
  return t === strType || t.isSubtypeOf(strType);
}

/** Argument Clinic's name for an argument's type in "must be str, not X" (None says None). */
export function argTypeName(x: PyValue): string {
  return x === None ? 'None' : typeOf(x).name;
}

/** A static method whose argument errors name the owner ("str.maketrans() takes ..."). */
export function staticNative(owner: PyType, name: string, params: string, impl: (...a: any[]) => any): void {
  const s = sig(name, params, `${owner.name}.${name}`);
  const fn = (args: PyValue[], kw: KwArgs | null) => impl(...s.bind(args, kw));
  (owner.dict as PyDict).setStr(name, new PyBuiltin(name, fn, BuiltinKind.StaticMethod, owner, undefined, isGeneratorFunction(impl)));
}

/** METH_VARARGS argument count check with CPython's wording. */
export function argCount(name: string, args: PyValue[], min: number, max: number): void {
  const n = args.length;
  if (n < min) typeError(`${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) typeError(`${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

const SSIZE_MAX = 2 ** 53;

function clampInt(i: number | bigint): number {
  if (typeof i === 'number') return i;
  return i > 0n ? SSIZE_MAX : -SSIZE_MAX;
}

/** _PyEval_SliceIndex: null for None/absent, else a (clamped) number. */
export function* sliceArg(v: PyValue | undefined): NativeGen<number | null> {
  if (v === undefined || v === None) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return clampInt(v);
  const m = typeOf(v).lookup('__index__');
  if (m === undefined) typeError('slice indices must be integers or None or have an __index__ method');
  const r = yield* callMethod(m!, v, []);
  if (typeof r === 'number' || typeof r === 'bigint') return clampInt(r);
  if (typeof r === 'boolean') return r ? 1 : 0;
  return typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
}

/** ADJUST_INDICES: clamp start/end (null = absent) to [0, len]. */
export function adjustIndices(start: number | null, end: number | null, len: number): [number, number] {
  let s = start ?? 0;
  let e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return [s, e];
}

function ssize(i: number | bigint): number {
  if (typeof i === 'bigint' && (i >= 2n ** 63n || i < -(2n ** 63n))) overflowError('Python int too large to convert to C ssize_t');
  return clampInt(i);
}

/** An index-like argument (width, count, tabsize): ints, bools or __index__ objects (Py_ssize_t). */
export function* intArg(v: PyValue): NativeGen<number> {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return ssize(v);
  const m = typeOf(v).lookup('__index__');
  if (m === undefined) typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  const r = yield* callMethod(m!, v, []);
  if (typeof r === 'number' || typeof r === 'bigint') return ssize(r);
  if (typeof r === 'boolean') return r ? 1 : 0;
  return typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
}
