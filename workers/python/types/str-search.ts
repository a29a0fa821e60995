/**
 * Pure helpers behind str's searching, splitting, stripping and padding methods, ported from
 * CPython's stringlib (same edge cases: empty separators, start > len, maxsplit, whitespace runs).
 * Python indexes code points; these work on JS strings and convert indices only where they are
 * visible (find/index/count results and start/end arguments).
 */
import { cpLength, cpToUnit, unitToCp, isBmp } from '../objects/strutil';
import { fillRepeat } from '../numfmt/number-layout';
import { isPySpace } from '../numfmt/unicode-chars';
import { adjustIndices } from './str-args';

/** Unit offsets of the code-point range [start, end) after ADJUST_INDICES, plus lengths. */
function window(s: string, sub: string, start: number | null, end: number | null) {
  const n = isBmp(s) ? s.length : cpLength(s);
  const [st, en] = adjustIndices(start, end, n);
  const subLen = isBmp(sub) ? sub.length : cpLength(sub);
  const bmp = n === s.length;
  return { st, en, subLen, us: bmp ? st : cpToUnit(s, st), ue: bmp ? en : cpToUnit(s, en), bmp };
}

/** find/rfind: code-point index or -1. */
export function strFind(s: string, sub: string, start: number | null, end: number | null, reverse: boolean): number {
  const w = window(s, sub, start, end);
  if (w.en - w.st < w.subLen) return -1;
  if (!reverse) {
    const i = s.indexOf(sub, w.us);
    if (i < 0 || i + sub.length > w.ue) return -1;
    return w.bmp ? i : unitToCp(s, i);
  }
  const i = s.lastIndexOf(sub, w.ue - sub.length);
  if (i < w.us) return -1;
  return w.bmp ? i : unitToCp(s, i);
}

export function strCount(s: string, sub: string, start: number | null, end: number | null): number {
  const w = window(s, sub, start, end);
  if (w.en - w.st < w.subLen) return 0;
  if (sub.length === 0) return w.en - w.st + 1;
  let n = 0;
  for (let i = s.indexOf(sub, w.us); i >= 0 && i + sub.length <= w.ue; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

/** tailmatch: startswith (atEnd false) / endswith (atEnd true) for one candidate. */
export function strTailMatch(s: string, sub: string, start: number | null, end: number | null, atEnd: boolean): boolean {
  const w = window(s, sub, start, end);
  if (w.en - w.subLen < w.st) return false;
  if (sub.length === 0) return true;
  return atEnd ? s.slice(w.ue - sub.length, w.ue) === sub : s.startsWith(sub, w.us);
}

export function strReplace(s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = Infinity;
  if (count === 0) return s;
  if (old.length === 0) {
    let out = '';
    let n = 0;
    for (const c of s) {
      if (n < count) {
        out += rep;
        n++;
      }
      out += c;
    }
    return n < count ? out + rep : out;
  }
  if (count === Infinity) return s.split(old).join(rep);
  let out = '';
  let pos = 0;
  for (let n = 0; n < count; n++) {
    const i = s.indexOf(old, pos);
    if (i < 0) break;
    out += s.slice(pos, i) + rep;
    pos = i + old.length;
  }
  return out + s.slice(pos);
}

/** str.isspace() for one UTF-16 unit (no whitespace character is astral). */
export function pySpaceUnit(c: number): boolean {
  return c < 0x80 ? (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) : isPySpace(c);
}
function spaceAt(s: string, i: number): boolean {
  return pySpaceUnit(s.charCodeAt(i));
}

/** str.split(sep, maxsplit); sep null splits on runs of whitespace. */
export function strSplit(s: string, sep: string | null, maxsplit: number, isSpace = pySpaceUnit): string[] {
  if (maxsplit < 0) maxsplit = Infinity;
  const out: string[] = [];
  if (sep === null) {
    const spaceAt = (t: string, i: number) => isSpace(t.charCodeAt(i));
    let i = 0;
    const n = s.length;
    while (maxsplit-- > 0) {
      while (i < n && spaceAt(s, i)) i++;
      if (i === n) return out;
      const j = i;
      while (i < n && !spaceAt(s, i)) i++;
      out.push(s.slice(j, i));
    }
    while (i < n && spaceAt(s, i)) i++;
    if (i < n) out.push(s.slice(i));
    return out;
  }
  let pos = 0;
  while (maxsplit-- > 0) {
    const i = s.indexOf(sep, pos);
    if (i < 0) break;
    out.push(s.slice(pos, i));
    pos = i + sep.length;
  }
  out.push(s.slice(pos));
  return out;
}

export function strRSplit(s: string, sep: string | null, maxsplit: number, isSpace = pySpaceUnit): string[] {
  if (maxsplit < 0) maxsplit = Infinity;
  const out: string[] = [];
  if (sep === null) {
    const spaceAt = (t: string, i: number) => isSpace(t.charCodeAt(i));
    let i = s.length - 1;
    while (maxsplit-- > 0) {
      while (i >= 0 && spaceAt(s, i)) i--;
      if (i < 0) return out.reverse();
      const j = i;
      while (i >= 0 && !spaceAt(s, i)) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    while (i >= 0 && spaceAt(s, i)) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
    return out.reverse();
  }
  let end = s.length;
  while (maxsplit-- > 0) {
    const i = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

export function strSplitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** strip/lstrip/rstrip; chars null strips Unicode whitespace. */
export function strStrip(s: string, chars: string | null, left: boolean, right: boolean): string {
  if (chars !== null && !(isBmp(chars) && isBmp(s))) {
    // Astral characters involved: strip whole code points.
    const cps = Array.from(s);
    const set = new Set(Array.from(chars));
    let a = 0;
    let b = cps.length;
    if (left) while (a < b && set.has(cps[a])) a++;
    if (right) while (b > a && set.has(cps[b - 1])) b--;
    return cps.slice(a, b).join('');
  }
  const strip = chars === null ? (i: number) => spaceAt(s, i) : (i: number) => chars.includes(s[i]);
  let i = 0;
  let j = s.length;
  if (left) while (i < j && strip(i)) i++;
  if (right) while (j > i && strip(j - 1)) j--;
  return s.slice(i, j);
}

export function strExpandtabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const c of s) {
    if (c === '\t') {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += fillRepeat(' ', incr);
      }
    } else {
      col++;
      out += c;
      if (c === '\n' || c === '\r') col = 0;
    }
  }
  return out;
}

/** ljust ('<'), rjust ('>') and center ('^') with CPython's rounding for center. */
export function strPad(s: string, width: number, fill: string, how: '<' | '>' | '^'): string {
  const len = isBmp(s) ? s.length : cpLength(s);
  if (width <= len) return s;
  const marg = width - len;
  let left = 0;
  if (how === '>') left = marg;
  else if (how === '^') left = Math.floor(marg / 2) + (marg & width & 1);
  return fillRepeat(fill, left) + s + fillRepeat(fill, marg - left);
}

export function strZfill(s: string, width: number): string {
  const len = cpLength(s);
  if (width <= len) return s;
  const c = s[0];
  if (c === '+' || c === '-') return c + fillRepeat('0', width - len) + s.slice(1);
  return fillRepeat('0', width - len) + s;
}
