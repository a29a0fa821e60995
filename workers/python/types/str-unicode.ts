/**
 * Unicode character semantics of Python 3.11's str methods (isdigit, isalpha, upper, title,
 * casefold, …) as pure functions on JS strings.
 *
 * JS regex property escapes and toUpperCase/toLowerCase give CPython's answers for every code point
 * of Unicode 14 (checked exhaustively against python3); the exceptions — characters Node's newer
 * Unicode assigned later, and mappings JS lacks (titlecase, full case folding, Numeric_Type) — come
 * from the tables in str-unicode-data.ts.
 */
import { isPySpace } from '../numfmt/unicode-chars';
import {
  NEWER_THAN_14, DIGIT_NOT_DECIMAL, NUMERIC_NOT_DIGIT, TITLE_SPECIAL, FOLD_SPECIAL, UPPER_UNCHANGED,
  LOWERCASE_AFTER_14, LOWERCASE_UNTIL_14, XID_CONTINUE_AFTER_14,
} from './str-unicode-data';

export { isPySpace };

/** Binary search in a flat list of inclusive [lo, hi] ranges. */
function inRanges(r: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function parseMap(text: string): Map<number, string> {
  const m = new Map<number, string>();
  for (const entry of text.split(',')) {
    const [k, v] = entry.split(':');
    m.set(parseInt(k, 16), String.fromCodePoint(...v.split(' ').map((h) => parseInt(h, 16))));
  }
  return m;
}

let titleMap: Map<number, string> | null = null;
let foldMap: Map<number, string> | null = null;
const upperUnchanged = new Set(UPPER_UNCHANGED);
const lowercaseAfter14 = new Set(LOWERCASE_AFTER_14);
const xidAfter14 = new Set(XID_CONTINUE_AFTER_14);

/** Unassigned in CPython 3.11: every predicate is false and case mappings are the identity. */
function isNew(cp: number): boolean {
  return cp >= 0x88f && inRanges(NEWER_THAN_14, cp);
}

const RE_ALPHA = /\p{L}/u;
const RE_DECIMAL = /\p{Nd}/u;
const RE_NONPRINT = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const RE_LOWER = /\p{Lowercase}/u;
const RE_UPPER = /\p{Uppercase}/u;
const RE_TITLE = /\p{Lt}/u;
const RE_CASED = /\p{Cased}/u;
const RE_CASE_IGNORABLE = /\p{Case_Ignorable}/u;
const RE_XID_START = /\p{XID_Start}/u;
const RE_XID_CONTINUE = /\p{XID_Continue}/u;

function ch(cp: number): string {
  return String.fromCodePoint(cp);
}

export function isAlphaCp(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return RE_ALPHA.test(ch(cp)) && !isNew(cp);
}
export function isDecimalCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return RE_DECIMAL.test(ch(cp)) && !isNew(cp);
}
export function isDigitCp(cp: number): boolean {
  return isDecimalCp(cp) || (cp >= 0xb2 && inRanges(DIGIT_NOT_DECIMAL, cp));
}
export function isNumericCp(cp: number): boolean {
  return isDigitCp(cp) || (cp >= 0xbc && inRanges(NUMERIC_NOT_DIGIT, cp));
}
export function isAlnumCp(cp: number): boolean {
  return isAlphaCp(cp) || isNumericCp(cp);
}
export function isPrintableCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
  return !RE_NONPRINT.test(ch(cp)) && !isNew(cp);
}
export function isLowerCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  if (cp === LOWERCASE_UNTIL_14) return true;
  return RE_LOWER.test(ch(cp)) && !lowercaseAfter14.has(cp) && !isNew(cp);
}
export function isUpperCp(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return RE_UPPER.test(ch(cp)) && !isNew(cp);
}
export function isTitleCp(cp: number): boolean {
  return cp >= 0x1c5 && RE_TITLE.test(ch(cp));
}
export function isCasedCp(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return cp === LOWERCASE_UNTIL_14 || (RE_CASED.test(ch(cp)) && !isNew(cp));
}
export function isCaseIgnorableCp(cp: number): boolean {
  if (cp < 0x80) return cp === 0x27 || cp === 0x2e || cp === 0x3a || cp === 0x5e || cp === 0x60;
  return RE_CASE_IGNORABLE.test(ch(cp)) && !isNew(cp);
}
function isXidStart(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x5f;
  return RE_XID_START.test(ch(cp)) && !isNew(cp);
}
function isXidContinue(cp: number): boolean {
  if (cp < 0x80) return isXidStart(cp) || (cp >= 0x30 && cp <= 0x39);
  return RE_XID_CONTINUE.test(ch(cp)) && !xidAfter14.has(cp) && !isNew(cp);
}

// ---- string predicates (CPython's unicode_is* loops) ----

function allCps(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (!pred(c.codePointAt(0)!)) return false;
  return true;
}

export const strIsAlpha = (s: string): boolean => allCps(s, isAlphaCp);
export const strIsDecimal = (s: string): boolean => allCps(s, isDecimalCp);
export const strIsDigit = (s: string): boolean => allCps(s, isDigitCp);
export const strIsNumeric = (s: string): boolean => allCps(s, isNumericCp);
export const strIsAlnum = (s: string): boolean => allCps(s, isAlnumCp);
export const strIsSpace = (s: string): boolean => allCps(s, isPySpace);

export function strIsAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
/** Empty strings are printable. */
export function strIsPrintable(s: string): boolean {
  for (const c of s) if (!isPrintableCp(c.codePointAt(0)!)) return false;
  return true;
}
export function strIsLower(s: string): boolean {
  let cased = false;
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (isUpperCp(cp) || isTitleCp(cp)) return false;
    if (!cased && isLowerCp(cp)) cased = true;
  }
  return cased;
}
export function strIsUpper(s: string): boolean {
  let cased = false;
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (isLowerCp(cp) || isTitleCp(cp)) return false;
    if (!cased && isUpperCp(cp)) cased = true;
  }
  return cased;
}
export function strIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (isUpperCp(cp) || isTitleCp(cp)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isLowerCp(cp)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}
export function strIsIdentifier(s: string): boolean {
  let first = true;
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (first ? !isXidStart(cp) : !isXidContinue(cp)) return false;
    first = false;
  }
  return !first;
}

// ---- case mappings (full mappings, as CPython's *_ucs4 helpers) ----

function upperCp(cp: number): string {
  const c = ch(cp);
  if (upperUnchanged.has(cp) || isNew(cp)) return c;
  return c.toUpperCase();
}
function lowerCp(cp: number): string {
  if (isNew(cp)) return ch(cp);
  return ch(cp).toLowerCase();
}
function titleCp(cp: number): string {
  titleMap ??= parseMap(TITLE_SPECIAL);
  return titleMap.get(cp) ?? upperCp(cp);
}
function foldCp(cp: number): string {
  foldMap ??= parseMap(FOLD_SPECIAL);
  return foldMap.get(cp) ?? lowerCp(cp);
}

/** CPython's handle_capital_sigma: final sigma when preceded by a cased letter and not followed by one. */
function sigmaAt(cps: number[], i: number): string {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCp(cps[j])) j--;
  let final = j >= 0 && isCasedCp(cps[j]);
  if (final) {
    j = i + 1;
    while (j < cps.length && isCaseIgnorableCp(cps[j])) j++;
    final = j === cps.length || !isCasedCp(cps[j]);
  }
  return final ? '\u03c2' : '\u03c3';
}

/** lower_ucs4: the lowercase of the character at i (context needed for capital sigma). */
function lowerAt(cps: number[], i: number): string {
  return cps[i] === 0x3a3 ? sigmaAt(cps, i) : lowerCp(cps[i]);
}

function toCps(s: string): number[] {
  const out: number[] = [];
  for (const c of s) out.push(c.codePointAt(0)!);
  return out;
}

function isAsciiStr(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function strUpper(s: string): string {
  if (isAsciiStr(s)) return s.toUpperCase();
  let out = '';
  for (const c of s) out += upperCp(c.codePointAt(0)!);
  return out;
}
export function strLower(s: string): string {
  if (isAsciiStr(s)) return s.toLowerCase();
  const cps = toCps(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}
export function strCasefold(s: string): string {
  if (isAsciiStr(s)) return s.toLowerCase();
  let out = '';
  for (const c of s) out += foldCp(c.codePointAt(0)!);
  return out;
}
export function strSwapcase(s: string): string {
  const cps = toCps(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (isUpperCp(cp)) out += lowerAt(cps, i);
    else if (isLowerCp(cp)) out += upperCp(cp);
    else out += ch(cp);
  }
  return out;
}
/** First character titlecased, the rest lowercased (3.8+: titlecase, not uppercase). */
export function strCapitalize(s: string): string {
  const cps = toCps(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += i === 0 ? titleCp(cps[0]) : lowerAt(cps, i);
  return out;
}
export function strTitle(s: string): string {
  const cps = toCps(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    out += prevCased ? lowerAt(cps, i) : titleCp(cp);
    prevCased = isCasedCp(cp);
  }
  return out;
}
