/**
 * The methods of `complex`, after CPython 3.11's Objects/complexobject.c: the number slots
 * (+ - * / ** with int, bool, float and complex on either side; no //, %, divmod, int() or
 * float() since 3.10), == and != only (ordering returns NotImplemented, hence the usual TypeError),
 * hash(re) + 1000003·hash(im), repr/format, and the constructor with its string parsing,
 * __complex__/__float__/__index__ conversions and error messages.
 */
import type { PyValue } from '../objects/object';
import { complexType, typeOf, None, NotImplemented } from '../objects/core-types';
import { PyComplex } from '../objects/complex';
import { PyFloat, newFloat } from '../objects/float';
import { PyTuple } from '../objects/tuple';
import { PyType } from '../objects/type';
import { BuiltinKind, PyBuiltin } from '../objects/builtin';
import type { PyDict } from '../objects/dict';
import { method, slot, getter } from '../runtime/define';
import { typeError, valueError, attributeError, deprecationWarningType } from '../runtime/errors';
import { BINOP_DUNDER } from '../ops/arith';
import { CMP_DUNDER, cmpResult } from '../ops/compare';
import { callMethod, pyCall } from '../ops/call';
import { pyGetAttr } from '../ops/attr';
import { importModule } from '../vm/imports';
import { currentThread } from '../vm/current';
import { pyStr } from '../ops/strrepr';
import { identityHash } from '../ops/hash';
import { complexBinop, complexEquals, toCx } from '../ops/complex-ops';
import type { KwArgs, NativeGen } from '../vm/native';
import { hashComplex, hashToPyInt } from '../hashing';
import { complexAbs } from '../numfmt/complex-arith';
import { complexRepr, formatComplex } from '../numfmt/complex-format';
import { parseComplexStr } from '../numfmt/complex-parse';
import { toFloat } from './float';
import { NB_ADD, NB_MULTIPLY, NB_POWER, NB_SUBTRACT, NB_TRUE_DIVIDE } from '../compiler/opcodes';

function self(x: PyValue, name: string): PyComplex {
  if (!(x instanceof PyComplex)) {
    typeError(`descriptor '${name}' requires a 'complex' object but received a '${typeOf(x).name}'`);
  }
  return x as PyComplex;
}

// Binary operators: __op__(self, other) is self <op> other, __rop__ is other <op> self.
for (const op of [NB_ADD, NB_SUBTRACT, NB_MULTIPLY, NB_TRUE_DIVIDE]) {
  const name = BINOP_DUNDER[op];
  slot(complexType, `__${name}__`, 'other, /', (a: PyValue, b: PyValue) => {
    const y = toCx(b);
    return y === null ? NotImplemented : complexBinop(toCx(self(a, `__${name}__`))!, y, op);
  });
  slot(complexType, `__r${name}__`, 'other, /', (a: PyValue, b: PyValue) => {
    const y = toCx(b);
    return y === null ? NotImplemented : complexBinop(y, toCx(self(a, `__r${name}__`))!, op);
  });
}
slot(complexType, '__pow__', 'other, mod=None, /', (a: PyValue, b: PyValue, m: PyValue) => {
  const x = toCx(self(a, '__pow__'))!;
  const y = toCx(b);
  if (y === null) return NotImplemented;
  if (m !== None) valueError('complex modulo');
  return complexBinop(x, y, NB_POWER);
});
slot(complexType, '__rpow__', 'other, mod=None, /', (a: PyValue, b: PyValue, m: PyValue) => {
  const y = toCx(self(a, '__rpow__'))!;
  const x = toCx(b);
  if (x === null) return NotImplemented;
  if (m !== None) valueError('complex modulo');
  return complexBinop(x, y, NB_POWER);
});
slot(complexType, '__neg__', '', (a: PyValue) => {
  const z = self(a, '__neg__');
  return new PyComplex(-z.re, -z.im);
});
slot(complexType, '__pos__', '', (a: PyValue) => {
  const z = self(a, '__pos__');
  return z.cls === complexType ? z : new PyComplex(z.re, z.im);
});
slot(complexType, '__abs__', '', (a: PyValue) => newFloat(complexAbs(self(a, '__abs__'))));
slot(complexType, '__bool__', '', (a: PyValue) => {
  const z = self(a, '__bool__');
  return z.re !== 0 || z.im !== 0;
});

slot(complexType, '__hash__', '', (a: PyValue) => {
  const z = self(a, '__hash__');
  // A NaN part hashes by the identity of the complex object (_Py_HashDouble(v, nan)).
  return hashToPyInt(hashComplex(z.re, z.im, z.re !== z.re || z.im !== z.im ? identityHash(z) : 0));
});
slot(complexType, '__repr__', '', (a: PyValue) => {
  const z = self(a, '__repr__');
  return complexRepr(z.re, z.im);
});
slot(complexType, '__format__', 'format_spec, /', function* (a: PyValue, spec: PyValue) {
  const z = self(a, '__format__');
  if (typeof spec !== 'string') typeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
  // An empty spec is str(self), which a subclass may override.
  if (spec === '') return yield* pyStr(z);
  return formatComplex(z.re, z.im, spec as string, z.cls.name);
});

// complex_richcompare: only == and != are defined.
CMP_DUNDER.forEach((name, op) => {
  slot(complexType, name, 'other, /', (a: PyValue, b: PyValue) => {
    const z = self(a, name);
    if (op !== 2 && op !== 3) return NotImplemented;
    const eq = complexEquals(z, b);
    if (eq === null) return NotImplemented;
    return cmpResult(eq ? 0 : 1, op);
  });
});

method(complexType, 'conjugate', '', (a: PyValue) => {
  const z = self(a, 'conjugate');
  return new PyComplex(z.re, -z.im);
}).doc = 'Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.';
method(complexType, '__getnewargs__', '', (a: PyValue) => {
  const z = self(a, '__getnewargs__');
  return new PyTuple([newFloat(z.re), newFloat(z.im)]);
});
method(complexType, '__complex__', '', (a: PyValue) => {
  const z = self(a, '__complex__');
  return z.cls === complexType ? z : new PyComplex(z.re, z.im);
}).doc = 'Convert this value to exact type complex.';
// Read-only members: assignment and deletion are both "readonly attribute".
const readonly = (): void => attributeError('readonly attribute');
getter(complexType, 'real', (a: PyComplex) => newFloat(a.re), readonly);
getter(complexType, 'imag', (a: PyComplex) => newFloat(a.im), readonly);

// ---------------------------------------------------------------------------------------------
// complex(real=0, imag=0)

/** Whether x's type has nb_float or nb_index (what complex() accepts as a number part). */
function isNumberLike(x: PyValue): boolean {
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') return true;
  if (typeof x === 'string') return false;
  if (x instanceof PyFloat || x instanceof PyComplex) return true;
  const t = x.cls;
  const f = t.lookup('__float__');
  const i = t.lookup('__index__');
  return (f !== undefined && f !== None) || (i !== undefined && i !== None);
}

/** try_complex_special_method: the result of __complex__, or null when there is none. */
function* complexSpecial(x: PyValue): NativeGen<PyComplex | null> {
  if (typeof x !== 'object') return null;
  if (x.cls === complexType) return x as PyComplex; // complex.__complex__ returns self
  const f = x.cls.lookup('__complex__');
  if (f === undefined || f === None) return null;
  const r = yield* callMethod(f, x, []);
  if (!(r instanceof PyComplex)) typeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
  if ((r as PyComplex).cls !== complexType) {
    // Issue #29894: a strict subclass is still accepted, with a DeprecationWarning.
    const warnings = yield* importModule(currentThread().interp, 'warnings');
    const msg = `__complex__ returned non-complex (type ${typeOf(r).name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`;
    yield* pyCall(yield* pyGetAttr(warnings, 'warn'), [msg, deprecationWarningType, 1]);
  }
  return r as PyComplex;
}

function* complexNew(args: PyValue[], kw: KwArgs | null): NativeGen {
  if (args.length === 0) typeError('complex.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) return typeError(`complex.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtypeOf(complexType)) typeError(`complex.__new__(${cls.name}): ${cls.name} is not a subtype of complex`);
  const npos = args.length - 1;
  const nkw = kw === null ? 0 : kw.size;
  if (npos + nkw > 2) typeError(`complex() takes at most 2 arguments (${npos + nkw} given)`);
  let r: PyValue | undefined = npos >= 1 ? args[1] : undefined;
  let i: PyValue | undefined = npos >= 2 ? args[2] : undefined;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'real' && npos < 1) r = v;
      else if (k === 'imag' && npos < 2) i = v;
      else if (k === 'real' || k === 'imag') {
        typeError(`argument for complex() given by name ('${k}') and position (${k === 'real' ? 1 : 2})`);
      } else typeError(`'${k}' is an invalid keyword argument for complex()`);
    }
  }
  const make = (re: number, im: number): PyComplex => new PyComplex(re, im, cls === complexType ? undefined : cls);
  if (r === undefined) r = 0;
  if (r instanceof PyComplex && r.cls === complexType && i === undefined && cls === complexType) return r;
  if (typeof r === 'string') {
    if (i !== undefined) typeError("complex() can't take second arg if first is a string");
    const [re, im] = parseComplexStr(r);
    return make(re, im);
  }
  if (i !== undefined && typeof i === 'string') typeError("complex() second arg can't be a string");
  const special = yield* complexSpecial(r);
  if (special !== null) r = special;
  if (!isNumberLike(r)) typeError(`complex() first argument must be a string or a number, not '${typeOf(r).name}'`);
  if (i !== undefined && !isNumberLike(i)) typeError(`complex() second argument must be a number, not '${typeOf(i).name}'`);
  // (real + imag*1j) where either part may itself be complex.
  let crRe: number;
  let crIm = 0;
  const crIsComplex = r instanceof PyComplex;
  if (r instanceof PyComplex) {
    crRe = r.re;
    crIm = r.im;
  } else crRe = yield* toFloat(r);
  let ciRe: number;
  let ciIm = 0;
  let ciIsComplex = false;
  if (i === undefined) ciRe = crIm;
  else if (i instanceof PyComplex) {
    ciRe = i.re;
    ciIm = i.im;
    ciIsComplex = true;
  } else ciRe = yield* toFloat(i);
  if (ciIsComplex) crRe -= ciIm;
  if (crIsComplex && i !== undefined) ciRe += crIm;
  return make(crRe, ciRe);
}
const complexNewFn = new PyBuiltin('__new__', complexNew, BuiltinKind.StaticMethod, complexType);
(complexType.dict as PyDict).setStr('__new__', complexNewFn);
(complexType.dict as PyDict).setStr(
  '__doc__',
  'Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.',
);
