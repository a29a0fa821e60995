/**
 * BaseExceptionGroup / ExceptionGroup (PEP 654), following CPython 3.11's Objects/exceptions.c:
 * construction rules, message/exceptions, str, derive(), split(), subgroup(), and the helpers the
 * VM uses for `except*` (exception_group_match, _PyExc_PrepReraiseStar).
 */
import type { PyValue } from '../objects/object';
import { None, typeOf, dictType, tupleType } from '../objects/core-types';
import { PyBaseException } from '../objects/exception';
import { PyType } from '../objects/type';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyList } from '../objects/list';
import { PyDict } from '../objects/dict';
import { PyBuiltin, BuiltinKind } from '../objects/builtin';
import { method, getter, classMethod } from '../runtime/define';
import {
  baseExceptionType, baseExceptionGroupType, exceptionGroupType, exceptionType, typeError, valueError,
} from '../runtime/errors';
import { pyStr } from '../ops/strrepr';
import { callMethod, pyCall } from '../ops/call';
import { pyGetAttrOpt, pySetAttr } from '../ops/attr';
import { iterToArray } from '../ops/iter';
import { pyTruthy } from '../ops/truth';
import type { KwArgs, NativeGen } from '../vm/native';
import { classGetItem } from './seq-util';
import { asStr } from './str-args';

export function isExceptionGroup(x: PyValue): x is PyBaseException {
  return x instanceof PyBaseException && x.group !== undefined;
}

function isExceptionClass(x: PyValue): x is PyType {
  return x instanceof PyType && x.isSubtypeOf(baseExceptionType);
}

/** PySequence_Check: anything with __getitem__ except a dict (or a set, which has none). */
function isSequence(x: PyValue): boolean {
  if (typeof x === 'string' || x instanceof PyList || x instanceof PyTuple) return true;
  const t = typeOf(x);
  if (t.isSubtypeOf(dictType)) return false;
  return t.lookup('__getitem__') !== undefined;
}

/** BaseExceptionGroup.__new__(cls, message, exceptions). */
function* groupNew(args: PyValue[], kw: KwArgs | null): NativeGen<PyBaseException> {
  let cls = args[0] as PyType;
  if (kw !== null && kw.size > 0) typeError(`${cls.name}() takes no keyword arguments`);
  const rest = args.slice(1);
  if (rest.length !== 2) typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${rest.length} given)`);
  const [message, exceptions] = rest;
  if (asStr(message) === null) typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).name}`);
  if (!isSequence(exceptions)) typeError('second argument (exceptions) must be a sequence');
  const excs = yield* iterToArray(exceptions);
  if (excs.length === 0) valueError('second argument (exceptions) must be a non-empty sequence');
  let nestedBase = false;
  for (let i = 0; i < excs.length; i++) {
    const e = excs[i];
    if (!(e instanceof PyBaseException)) valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!e.cls.isSubtypeOf(exceptionType)) nestedBase = true;
  }
  if (cls === baseExceptionGroupType) {
    if (!nestedBase) cls = exceptionGroupType;
  } else if (cls === exceptionGroupType) {
    if (nestedBase) typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (nestedBase && cls.isSubtypeOf(exceptionType)) {
    typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = new PyBaseException(cls, rest);
  e.dict = new PyDict();
  if (cls.isHeap) e.dict.ownerType = cls;
  e.group = { msg: message, excs };
  return e;
}

(baseExceptionGroupType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', groupNew, BuiltinKind.StaticMethod, baseExceptionGroupType, undefined, true));

/** _PyExc_CreateExceptionGroup: ExceptionGroup / BaseExceptionGroup made by the runtime. */
export function createExceptionGroup(msg: string, excs: PyValue[], asList = false): PyBaseException {
  const base = excs.some((e) => !(e as PyBaseException).cls.isSubtypeOf(exceptionType));
  const seq = asList ? new PyList(excs.slice()) : newTuple(excs.slice());
  const e = new PyBaseException(base ? baseExceptionGroupType : exceptionGroupType, [msg, seq]);
  e.dict = new PyDict();
  e.group = { msg, excs: excs.slice() };
  return e;
}

function groupOf(self: PyValue, name: string): { msg: PyValue; excs: PyValue[] } {
  if (!isExceptionGroup(self)) typeError(`descriptor '${name}' requires a 'BaseExceptionGroup' object but received a '${typeOf(self).name}'`);
  return (self as PyBaseException).group!;
}

method(baseExceptionGroupType, '__str__', '', function* (self: PyBaseException) {
  const g = groupOf(self, '__str__');
  const n = g.excs.length;
  return `${yield* pyStr(g.msg)} (${n} sub-exception${n > 1 ? 's' : ''})`;
});
getter(baseExceptionGroupType, 'message', (self: PyBaseException) => groupOf(self, 'message').msg);
getter(baseExceptionGroupType, 'exceptions', (self: PyBaseException) => newTuple(groupOf(self, 'exceptions').excs));
classMethod(baseExceptionGroupType, '__class_getitem__', 'item, /', classGetItem);

method(baseExceptionGroupType, 'derive', 'excs, /', function* (self: PyBaseException, excs: PyValue) {
  return yield* pyCall(baseExceptionGroupType, [groupOf(self, 'derive').msg, excs]);
}, 'O');

// ---- split / subgroup ----

type Matcher =
  | { kind: 'type'; value: PyValue }
  | { kind: 'predicate'; value: PyValue }
  | { kind: 'ids'; value: Set<PyBaseException> };

function matcherOf(value: PyValue): Matcher {
  if (!(value instanceof PyType)) {
    const t = typeOf(value);
    if (t.lookup('__call__') !== undefined) return { kind: 'predicate', value };
  }
  if (isExceptionClass(value)) return { kind: 'type', value };
  if (value instanceof PyTuple && value.cls === tupleType && value.items.every(isExceptionClass)) {
    return { kind: 'type', value };
  }
  return typeError('expected a function, exception type or tuple of exception types');
}

/** PyErr_GivenExceptionMatches(exc, cls-or-tuple) (tuples may nest). */
export function exceptionMatches(exc: PyBaseException, t: PyValue): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => exceptionMatches(exc, x));
  return t instanceof PyType && exc.cls.isSubtypeOf(t);
}

function* checkMatch(exc: PyBaseException, m: Matcher): NativeGen<boolean> {
  switch (m.kind) {
    case 'type': return exceptionMatches(exc, m.value);
    case 'predicate': return yield* pyTruthy(yield* pyCall(m.value, [exc]));
    case 'ids': return !isExceptionGroup(exc) && m.value.has(exc);
  }
}

/** exceptiongroup_subset: `orig.derive(excs)` carrying orig's traceback, cause, context and notes. */
function* subset(orig: PyBaseException, excs: PyValue[]): NativeGen<PyBaseException | null> {
  if (excs.length === 0) return null;
  const eg = yield* callMethod(yield* methodOf(orig, 'derive'), orig, [new PyList(excs)]);
  if (!isExceptionGroup(eg)) typeError('derive must return an instance of BaseExceptionGroup');
  const g = eg as PyBaseException;
  if (orig.traceback !== null) g.traceback = orig.traceback;
  g.context = orig.context;
  g.cause = orig.cause;
  g.suppressContext = true;
  const notes = yield* pyGetAttrOpt(orig, '__notes__');
  if (notes !== undefined && isSequence(notes)) yield* pySetAttr(g, '__notes__', new PyList(yield* iterToArray(notes)));
  return g;
}

function* methodOf(o: PyBaseException, name: string): NativeGen<PyValue> {
  const f = o.cls.lookup(name);
  if (f === undefined) typeError(`'${o.cls.name}' object has no attribute '${name}'`);
  return f!;
}

interface SplitResult {
  match: PyBaseException | null;
  rest: PyBaseException | null;
}

function* splitRecursive(exc: PyBaseException, m: Matcher, constructRest: boolean): NativeGen<SplitResult> {
  if (yield* checkMatch(exc, m)) return { match: exc, rest: null };
  if (!isExceptionGroup(exc)) return { match: null, rest: constructRest ? exc : null };
  const matches: PyValue[] = [];
  const rests: PyValue[] = [];
  for (const e of exc.group!.excs) {
    const r = yield* splitRecursive(e as PyBaseException, m, constructRest);
    if (r.match !== null) matches.push(r.match);
    if (r.rest !== null) rests.push(r.rest);
  }
  const match = yield* subset(exc, matches);
  const rest = constructRest ? yield* subset(exc, rests) : null;
  return { match, rest };
}

method(baseExceptionGroupType, 'split', 'matcher_value, /', function* (self: PyBaseException, v: PyValue) {
  groupOf(self, 'split');
  const r = yield* splitRecursive(self, matcherOf(v), true);
  return newTuple([r.match ?? None, r.rest ?? None]);
}, 'O');
method(baseExceptionGroupType, 'subgroup', 'matcher_value, /', function* (self: PyBaseException, v: PyValue) {
  groupOf(self, 'subgroup');
  const r = yield* splitRecursive(self, matcherOf(v), false);
  return r.match ?? None;
}, 'O');

// ---- except* support (ceval.c exception_group_match, exceptions.c _PyExc_PrepReraiseStar) ----

/** check_except_star_type_valid: `except* T` needs exception classes that are not groups. */
export function checkExceptStarType(right: PyValue): void {
  const classes = right instanceof PyTuple ? right.items : [right];
  for (const c of classes) {
    if (!isExceptionClass(c)) typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  for (const c of classes) {
    if ((c as PyType).isSubtypeOf(baseExceptionGroupType)) {
      typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
}

/**
 * exception_group_match: [match, rest] for `except* T` — a naked matching exception is wrapped
 * in ExceptionGroup(''); no match gives [None, None].
 */
export function* exceptionGroupMatch(exc: PyValue, t: PyValue): NativeGen<[PyValue, PyValue]> {
  if (exc === None) return [None, None];
  const e = exc as PyBaseException;
  if (exceptionMatches(e, t)) {
    if (isExceptionGroup(e)) return [e, None];
    return [createExceptionGroup('', [e]), None];
  }
  if (isExceptionGroup(e)) {
    const pair = yield* callMethod(yield* methodOf(e, 'split'), e, [t]);
    const items = (pair as PyTuple).items;
    return [items[0], items[1]];
  }
  return [None, None];
}

function collectLeafIds(e: PyValue, ids: Set<PyBaseException>): void {
  if (e === None) return;
  const x = e as PyBaseException;
  if (!isExceptionGroup(x)) {
    ids.add(x);
    return;
  }
  for (const s of x.group!.excs) collectLeafIds(s, ids);
}

function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

/** _PyExc_PrepReraiseStar: what an except* statement re-raises (None if nothing). */
export function* prepReraiseStar(orig: PyValue, excs: PyValue[]): NativeGen<PyValue> {
  if (excs.length === 0) return None;
  const o = orig as PyBaseException;
  if (!isExceptionGroup(o)) return excs[0];
  const raised: PyValue[] = [];
  const reraised: PyValue[] = [];
  for (const e of excs) {
    if (e === None) continue;
    (sameMetadata(e as PyBaseException, o) ? reraised : raised).push(e);
  }
  // exception_group_projection: orig restricted to the leaves of the re-raised parts.
  const ids = new Set<PyBaseException>();
  for (const e of reraised) collectLeafIds(e, ids);
  const proj = (yield* splitRecursive(o, { kind: 'ids', value: ids }, false)).match;
  if (raised.length === 0) return proj ?? None;
  if (proj !== null) raised.push(proj);
  return raised.length > 1 ? createExceptionGroup('', raised, true) : raised[0];
}

/** CHECK_EG_MATCH's work: validate the type, then (match, rest) as a tuple. */
export function* exceptStarMatchGen(exc: PyValue, t: PyValue): NativeGen<PyValue> {
  checkExceptStarType(t);
  const [match, rest] = yield* exceptionGroupMatch(exc, t);
  return newTuple([match, rest]);
}
