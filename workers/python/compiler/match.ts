/**
 * The match statement (PEP 634), ported from CPython 3.11's compile.c: compiler_match and the
 * pattern compilers (compiler_pattern_*, pattern_helper_*), with the same instructions, labels
 * (created in the same order, since block numbering drives some assembler passes), locations
 * and SyntaxErrors.
 *
 * Every pattern compiler consumes the subject on top of the stack and, when the pattern does not
 * match, jumps to one of the "fail_pop" labels: fail_pop[n] pops n items and falls through to
 * fail_pop[n-1]. Captured values are not stored as they are found; they are rotated underneath
 * whatever the pattern still needs (pc.onTop items) and stored only once the whole pattern has
 * matched, so a failing pattern binds nothing. (An or-pattern alternative that fails part-way
 * still binds nothing; the only names left bound by a failed case are those of a pattern that
 * matched but whose guard was false, exactly as in CPython.)
 */
import type * as A from '../parser/ast';
import type { PyValue } from '../objects/object';
import { None } from '../objects/core-types';
import { PyTuple } from '../objects/tuple';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { PyBytes } from '../objects/bytes';
import { strRepr } from '../numfmt/str-repr';
import { floatRepr } from '../numfmt/double-to-string';
import { complexRepr } from '../numfmt/complex-format';
import { bytesRepr } from '../types/bytes-core';
import type { Compiler } from './compiler';
import { compileExpr, compileJumpIf, constValue } from './expr';
import { compileStmts } from './stmt';
import { CompileError } from './compile-error';
import * as op from './opcodes';

/** CPython's pattern_context. */
interface PatternContext {
  /** Names captured so far, in the order their values sit on the stack (bottom first). */
  stores: string[];
  /** When false, an irrefutable pattern here is an error (it would make later cases dead). */
  allowIrrefutable: boolean;
  /** Labels to jump to on failure: failPop[n] pops n items first. */
  failPop: number[];
  /** Items on top of the stack that must stay there (captures go beneath them). */
  onTop: number;
}

/** compiler_error: a SyntaxError at the current location. */
function err(c: Compiler, msg: string): never {
  const l = c.unit.loc;
  throw new CompileError(msg, l.lineno, l.col + 1, l.end_lineno, l.end_col + 1);
}

const isWildcard = (p: A.Pattern): boolean => p._type === 'MatchAs' && p.pattern === null && p.name === null;
const isWildcardStar = (p: A.Pattern): boolean => p._type === 'MatchStar' && p.name === null;

// ---- fail_pop bookkeeping ----

/** ensure_fail_pop: make failPop long enough to pop n items. */
function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.unit.newLabel());
}

/** jump_to_fail_pop: on failure, pop what is on top plus the captures so far. */
function jumpToFailPop(c: Compiler, pc: PatternContext, opcode: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.unit.jump(opcode, pc.failPop[pops]);
}

/** emit_and_reset_fail_pop: the POP_TOP ladder, deepest first. */
function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  const u = c.unit;
  if (pc.failPop.length === 0) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    u.placeLabel(pc.failPop[i]);
    u.emit(op.POP_TOP);
  }
  u.placeLabel(pc.failPop[0]);
  pc.failPop = [];
}

/** pattern_helper_rotate: what 3.10's ROT_N did, as SWAPs (the optimizer minimises them). */
function rotate(c: Compiler, count: number): void {
  while (count > 1) c.unit.emit(op.SWAP, count--);
}

function duplicateStore(c: Compiler, name: string): never {
  err(c, `multiple assignments to name ${strRepr(name)} in pattern`);
}

/** pattern_helper_store_name: pop (wildcard) or tuck the value under the items kept on top. */
function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.unit.emit(op.POP_TOP);
    return;
  }
  c.forbiddenName(name, 'Store');
  if (pc.stores.includes(name)) duplicateStore(c, name);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

// ---- patterns ----

function compilePattern(c: Compiler, p: A.Pattern, pc: PatternContext): void {
  c.unit.setLoc(p);
  switch (p._type) {
    case 'MatchValue': return patternValue(c, p, pc);
    case 'MatchSingleton': return patternSingleton(c, p, pc);
    case 'MatchSequence': return patternSequence(c, p, pc);
    case 'MatchMapping': return patternMapping(c, p, pc);
    case 'MatchClass': return patternClass(c, p, pc);
    case 'MatchStar': return storeName(c, p.name, pc);
    case 'MatchAs': return patternAs(c, p, pc);
    case 'MatchOr': return patternOr(c, p, pc);
  }
}

/** compiler_pattern_subpattern: like compilePattern, but irrefutable patterns are fine here. */
function subpattern(c: Compiler, p: A.Pattern, pc: PatternContext): void {
  const saved = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = saved;
}

/** The value a literal pattern or mapping key folds to (CPython's AST optimizer runs first). */
function foldedConst(e: A.Expr): PyValue | undefined {
  return e._type === 'Attribute' ? undefined : constValue(e);
}

function patternValue(c: Compiler, p: A.MatchValue, pc: PatternContext): void {
  const u = c.unit;
  const k = foldedConst(p.value);
  if (k === undefined && p.value._type !== 'Attribute') err(c, 'patterns may only match literals and attribute lookups');
  compileExpr(c, p.value);
  u.emit(op.COMPARE_OP, op.CMP_EQ);
  jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
}

function patternSingleton(c: Compiler, p: A.MatchSingleton, pc: PatternContext): void {
  const u = c.unit;
  const v = p.value;
  c.loadConst(v.kind === 'bool' ? v.value : None);
  u.emit(op.IS_OP, 0);
  jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
}

function patternAs(c: Compiler, p: A.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    // An irrefutable match: a capture or `_`.
    if (!pc.allowIrrefutable) {
      if (p.name !== null) err(c, `name capture ${strRepr(p.name)} makes remaining patterns unreachable`);
      err(c, 'wildcard makes remaining patterns unreachable');
    }
    storeName(c, p.name, pc);
    return;
  }
  // Keep a copy to store if the inner pattern matches.
  pc.onTop++;
  c.unit.emit(op.COPY, 1);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function patternSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const u = c.unit;
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i];
    if (q._type === 'MatchStar') {
      if (star >= 0) err(c, 'multiple starred names in sequence pattern');
      starWildcard = isWildcardStar(q);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(q);
  }
  // The subject stays on top during the type and length checks.
  pc.onTop++;
  u.emit(op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    u.emit(op.GET_LEN);
    c.loadConst(size);
    u.emit(op.COMPARE_OP, op.CMP_EQ);
    jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    u.emit(op.GET_LEN);
    c.loadConst(size - 1);
    u.emit(op.COMPARE_OP, op.CMP_GE);
    jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) u.emit(op.POP_TOP); // [] / [_, _] / [*_] / [_, *_, _] …
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

/** pattern_helper_sequence_unpack: UNPACK_SEQUENCE / UNPACK_EX, then each item's pattern. */
function sequenceUnpack(c: Compiler, patterns: A.Pattern[], pc: PatternContext): void {
  const u = c.unit;
  const n = patterns.length;
  // pattern_unpack_helper
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (patterns[i]._type !== 'MatchStar') continue;
    if (seenStar) err(c, 'multiple starred expressions in sequence pattern');
    if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) err(c, 'too many expressions in star-unpacking sequence pattern');
    u.emit(op.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  }
  if (!seenStar) u.emit(op.UNPACK_SEQUENCE, n);
  // The new subjects stay on the stack while each one is matched in turn.
  pc.onTop += n;
  for (const q of patterns) {
    pc.onTop--;
    subpattern(c, q, pc);
  }
}

/**
 * pattern_helper_sequence_subscr: with a starred wildcard ([first, *_, last]) index the subject
 * instead of unpacking it. Indices from the end are computed as len - k, since the subject may
 * not support negative indexing.
 */
function sequenceSubscr(c: Compiler, patterns: A.Pattern[], star: number, pc: PatternContext): void {
  const u = c.unit;
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const q = patterns[i];
    if (isWildcard(q) || i === star) continue;
    u.emit(op.COPY, 1);
    if (i < star) c.loadConst(i);
    else {
      u.emit(op.GET_LEN);
      c.loadConst(size - i);
      u.emit(op.BINARY_OP, op.NB_SUBTRACT);
    }
    u.emit(op.BINARY_SUBSCR);
    subpattern(c, q, pc);
  }
  pc.onTop--;
  u.emit(op.POP_TOP);
}

/** validate_kwd_attrs: errors point at the keyword's pattern (the parser keeps only names). */
function validateKwdAttrs(c: Compiler, attrs: string[], patterns: A.Pattern[]): void {
  for (let i = 0; i < attrs.length; i++) {
    c.unit.setLoc(patterns[i]);
    c.forbiddenName(attrs[i], 'Store');
    for (let j = i + 1; j < attrs.length; j++) {
      if (attrs[j] === attrs[i]) {
        c.unit.setLoc(patterns[j]);
        err(c, `attribute name repeated in class pattern: ${attrs[i]}`);
      }
    }
  }
}

function patternClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const u = c.unit;
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs > 0) {
    validateKwdAttrs(c, p.kwd_attrs, p.kwd_patterns);
    u.setLoc(p);
  }
  compileExpr(c, p.cls);
  c.loadConst(new PyTuple(p.kwd_attrs.slice()));
  u.emit(op.MATCH_CLASS, nargs);
  u.emit(op.COPY, 1);
  c.loadConst(None);
  u.emit(op.IS_OP, 1);
  // TOS is now a tuple of the nargs + nattrs attributes (or None).
  pc.onTop++;
  jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  u.emit(op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const q = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
    if (isWildcard(q)) {
      u.emit(op.POP_TOP);
      continue;
    }
    subpattern(c, q, pc);
  }
}

function patternMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const u = c.unit;
  const keys = p.keys;
  let size = keys.length;
  const rest = p.rest;
  // The subject stays on top during the type and length checks.
  pc.onTop++;
  u.emit(op.MATCH_MAPPING);
  jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  if (size === 0 && rest === null) {
    // `{}` matches any mapping.
    pc.onTop--;
    u.emit(op.POP_TOP);
    return;
  }
  if (size > 0) {
    u.emit(op.GET_LEN);
    c.loadConst(size);
    u.emit(op.COMPARE_OP, op.CMP_GE);
    jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  }
  // Keys are literals (checked for duplicates here) or attribute lookups (checked at run time).
  const seen: PyValue[] = [];
  for (const key of keys) {
    const k = foldedConst(key);
    if (k !== undefined) {
      if (seen.some((s) => constKeyEqual(s, k))) err(c, `mapping pattern checks duplicate key (${constRepr(k)})`);
      seen.push(k);
    } else if (key._type !== 'Attribute') {
      err(c, 'mapping pattern keys may only match literals and attribute lookups');
    }
    compileExpr(c, key);
  }
  u.emit(op.BUILD_TUPLE, size);
  u.emit(op.MATCH_KEYS);
  // A tuple of keys and a tuple of values (or None) now sit on the subject.
  pc.onTop += 2;
  u.emit(op.COPY, 1);
  c.loadConst(None);
  u.emit(op.IS_OP, 1);
  jumpToFailPop(c, pc, op.POP_JUMP_IF_FALSE);
  u.emit(op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const q of p.patterns) {
    pc.onTop--;
    subpattern(c, q, pc);
  }
  // A match: what follows consumes the keys tuple and the subject.
  pc.onTop -= 2;
  if (rest !== null) {
    // rest = dict(subject); del rest[key] for each key.
    u.emit(op.BUILD_MAP, 0); //            [subject, keys, empty]
    u.emit(op.SWAP, 3); //                  [empty, keys, subject]
    u.emit(op.DICT_UPDATE, 2); //           [copy, keys]
    u.emit(op.UNPACK_SEQUENCE, size); //    [copy, keys...]
    while (size > 0) {
      u.emit(op.COPY, 1 + size--); //       [copy, keys..., copy]
      u.emit(op.SWAP, 2); //                [copy, keys..., copy, key]
      u.emit(op.DELETE_SUBSCR); //          [copy, keys...]
    }
    storeName(c, rest, pc);
  } else {
    u.emit(op.POP_TOP); // the keys
    u.emit(op.POP_TOP); // the subject
  }
}

/**
 * compiler_pattern_or: each alternative runs on a copy of the subject with a fresh context. All
 * alternatives must bind the same names; their captures are reordered to the first one's order
 * so that the code after `end` can treat them alike.
 */
function patternOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const u = c.unit;
  const end = u.newLabel();
  const size = p.patterns.length;
  const old: PatternContext = { ...pc, stores: pc.stores.slice(), failPop: pc.failPop };
  let control: string[] | null = null;
  const diff = (): never => err(c, 'alternative patterns bind different names');
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    u.setLoc(alt);
    pc.stores = [];
    // An irrefutable alternative must be last, if it is allowed at all.
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    u.emit(op.COPY, 1);
    compilePattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (control === null) control = pc.stores;
    else if (nstores !== control.length) diff();
    else if (nstores > 0) {
      // Reorder this alternative's captures on the stack to match control's order.
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const name = control[icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) diff();
        if (icontrol !== istores) {
          const rotations = istores + 1;
          // pc.stores[icontrol-istores:icontrol-istores] = pc.stores[:rotations] (after removing them).
          const rotated = pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          for (let r = 0; r < rotations; r++) rotate(c, icontrol + 1);
        }
      }
    }
    u.jump(op.JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: pop the remaining copy of the subject and fail.
  u.emit(op.POP_TOP);
  jumpToFailPop(c, pc, op.JUMP);
  u.placeLabel(end);
  const names = control!;
  // Between the new captures and where they belong: the other new captures, the copy of the
  // subject, whatever is on top, and the captures stashed before this pattern.
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, nrots);
    if (pc.stores.includes(name)) duplicateStore(c, name);
    pc.stores.push(name);
  }
  // Pop the copy of the subject.
  u.emit(op.POP_TOP);
}

// ---- constant keys ----

/** Equality of literal keys as a set sees it: 1 == 1.0 == True, -0.0 == 0, 1 == (1+0j). */
function constKeyEqual(a: PyValue, b: PyValue): boolean {
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== null || nb !== null) {
    if (na === null || nb === null) return false;
    // Integral values beyond 2**53 compare exactly (an int literal with an equal float).
    if (na.big !== null || nb.big !== null) return na.big === nb.big && na.im === nb.im;
    return na.re === nb.re && na.im === nb.im;
  }
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a instanceof PyBytes && b instanceof PyBytes) {
    return a.b.length === b.b.length && a.b.every((x, i) => x === b.b[i]);
  }
  return a === b; // None, Ellipsis
}

/** A number as (re, im), with the exact value of ints beyond doubles in `big`. */
function numeric(v: PyValue): { re: number; im: number; big: bigint | null } | null {
  if (typeof v === 'number') return { re: v, im: 0, big: null };
  if (typeof v === 'boolean') return { re: v ? 1 : 0, im: 0, big: null };
  if (typeof v === 'bigint') {
    return Number.isSafeInteger(Number(v)) ? { re: Number(v), im: 0, big: null } : { re: NaN, im: 0, big: v };
  }
  if (v instanceof PyFloat) return { re: v.v, im: 0, big: exactBig(v.v) };
  if (v instanceof PyComplex) return { re: v.re, im: v.im, big: v.im === 0 ? exactBig(v.re) : null };
  return null;
}

/** The exact value of an integral float beyond 2**53 (null otherwise). */
function exactBig(x: number): bigint | null {
  return Number.isFinite(x) && Number.isInteger(x) && !Number.isSafeInteger(x) ? BigInt(x) : null;
}

/** repr() of a literal key, for the duplicate-key message. */
function constRepr(v: PyValue): string {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return String(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'string':
      return strRepr(v);
  }
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PyComplex) return complexRepr(v.re, v.im);
  if (v instanceof PyBytes) return bytesRepr(v.b);
  if (v === None) return 'None';
  return '...';
}

// ---- the statement ----

/** compiler_match. */
export function compileMatch(c: Compiler, s: A.Match): void {
  const u = c.unit;
  compileExpr(c, s.subject);
  const end = u.newLabel();
  const cases = s.cases.length;
  const last = s.cases[cases - 1];
  // A trailing `case _:` needs no copy of the subject and no failure path.
  const hasDefault = isWildcard(last.pattern) && cases > 1 ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    const m = s.cases[i];
    u.setLoc(m.pattern);
    // Keep a copy of the subject for the next case, unless this is the last one.
    if (i !== cases - hasDefault - 1) u.emit(op.COPY, 1);
    pc.stores = [];
    // An irrefutable case must be guarded, last, or both.
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilePattern(c, m.pattern, pc);
    // A match: store the captures (they are on the stack, first capture deepest).
    for (const name of pc.stores) c.nameOp(name, 'Store');
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      compileJumpIf(c, m.guard, pc.failPop[0], false);
    }
    // Done with the subject.
    if (i !== cases - hasDefault - 1) u.emit(op.POP_TOP);
    compileStmts(c, m.body);
    // Artificial, as in CPython 3.11: inside a loop it threads to the loop's (artificial) jump
    // back, and a `pass` body's NOP hands it its line.
    u.jumpNoLine(op.JUMP, end);
    // The failure path's POP_TOPs belong to the pattern, not to the end of the body.
    u.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    const m = last;
    u.setLoc(m.pattern);
    // cases === 1 cannot happen here (hasDefault needs two cases), as in CPython.
    if (cases === 1) u.emit(op.POP_TOP);
    else u.emit(op.NOP); // line coverage for the default case, which has no code of its own
    if (m.guard !== null) compileJumpIf(c, m.guard, end, false);
    compileStmts(c, m.body);
  }
  u.placeLabel(end);
}
