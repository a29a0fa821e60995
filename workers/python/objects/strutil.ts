/**
 * Code-point helpers for Python str over JS strings. A Python str indexes code points, a JS
 * string UTF-16 units; they agree unless the string holds astral characters (surrogate pairs).
 * `isBmp` is cached for the last few strings so loops like `for i in range(len(s)): s[i]` stay
 * linear.
 */

const cacheKeys: string[] = ['', '', '', ''];
const cacheVals: boolean[] = [true, true, true, true];
let cacheNext = 0;

function scanBmp(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return false;
  }
  return true;
}

/** True when the string has no surrogates (then JS indices are code-point indices). */
export function isBmp(s: string): boolean {
  if (s.length < 32) return scanBmp(s);
  for (let i = 0; i < 4; i++) if (cacheKeys[i] === s) return cacheVals[i];
  const r = scanBmp(s);
  cacheKeys[cacheNext] = s;
  cacheVals[cacheNext] = r;
  cacheNext = (cacheNext + 1) & 3;
  return r;
}

export function cpLength(s: string): number {
  if (isBmp(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Array of code points as 1- or 2-unit strings (only used for astral strings). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** The character at code-point index i (0 <= i < cpLength(s)). */
export function cpAt(s: string, i: number): string {
  if (isBmp(s)) return s[i];
  return codePoints(s)[i];
}

/** Code-point slice [start, stop) with step (indices already normalized by the caller). */
export function cpSliceStep(s: string, start: number, stop: number, step: number): string {
  if (isBmp(s)) {
    if (step === 1) return s.slice(start, stop);
    let out = '';
    if (step > 0) for (let i = start; i < stop; i += step) out += s[i];
    else for (let i = start; i > stop; i += step) out += s[i];
    return out;
  }
  const cps = codePoints(s);
  if (step === 1) return cps.slice(start, stop).join('');
  let out = '';
  if (step > 0) for (let i = start; i < stop; i += step) out += cps[i];
  else for (let i = start; i > stop; i += step) out += cps[i];
  return out;
}

/** Convert a code-point index to a JS string index. */
export function cpToUnit(s: string, cp: number): number {
  if (isBmp(s)) return cp;
  let unit = 0;
  for (let n = 0; n < cp && unit < s.length; n++) {
    const c = s.charCodeAt(unit);
    unit += c >= 0xd800 && c <= 0xdbff && unit + 1 < s.length ? 2 : 1;
  }
  return unit;
}

/** Convert a JS string index to a code-point index. */
export function unitToCp(s: string, unit: number): number {
  if (isBmp(s)) return unit;
  return cpLength(s.slice(0, unit));
}
