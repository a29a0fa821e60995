/**
 * The lexical half of the Python → JavaScript regex translator: shared types and constants,
 * the cursor over the pattern's code points, literals (with manual case folding for scoped
 * `(?i:...)`), escapes, backreferences and character classes. ./translate builds the grammar
 * (alternation, sequences, quantifiers, groups, flags) on top of it.
 */

export const FLAG_TEMPLATE = 1;
export const FLAG_IGNORECASE = 2;
export const FLAG_LOCALE = 4;
export const FLAG_MULTILINE = 8;
export const FLAG_DOTALL = 16;
export const FLAG_UNICODE = 32;
export const FLAG_VERBOSE = 64;
export const FLAG_DEBUG = 128;
export const FLAG_ASCII = 256;

/** A compile error: message and position (null when CPython reports none). */
export class ReError {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {}
}

/** Incompatible flags: CPython raises ValueError before parsing. */
export class ReFlagError {
  constructor(readonly msg: string) {}
}

export class ReUnsupported {
  constructor(readonly msg: string) {}
}

export interface Translation {
  source: string;
  /** JS flags besides d/g/y (`i` when case folding is left to the engine). */
  jsFlags: string;
  /** Python flags after inline flags are applied (UNICODE added for str patterns). */
  flags: number;
  /** Number of Python capturing groups. */
  groups: number;
  /** JS group index of each Python group (index 0 unused). */
  groupMap: number[];
  groupIndex: Map<string, number>;
}

export interface State {
  ci: boolean;
  dotall: boolean;
  multiline: boolean;
  verbose: boolean;
  ascii: boolean;
}

export interface Node {
  src: string;
  min: number;
  max: number;
  /** An anchor or empty item (nothing to repeat). */
  anchor?: boolean;
}

export const WORD_U = '\\p{L}\\p{N}\\u{5F}';
export const WORD_A = 'a-zA-Z0-9\\u{5F}';
const SPACE_U = '\\u{9}-\\u{D}\\u{1C}-\\u{20}\\u{85}\\u{A0}\\u{1680}\\u{2000}-\\u{200A}\\u{2028}\\u{2029}\\u{202F}\\u{205F}\\u{3000}';
const SPACE_A = '\\u{9}-\\u{D}\\u{20}';

export function hex(cp: number): string {
  return `\\u{${cp.toString(16).toUpperCase()}}`;
}

/** A literal code point as JS source (alphanumerics bare, everything else escaped). */
export function litSrc(cp: number): string {
  if ((cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) return String.fromCodePoint(cp);
  return hex(cp);
}

export function caseVariants(cp: number, asciiOnly: boolean): number[] {
  const out = new Set<number>([cp]);
  if (asciiOnly) {
    if (cp >= 65 && cp <= 90) out.add(cp + 32);
    else if (cp >= 97 && cp <= 122) out.add(cp - 32);
    return [...out];
  }
  const ch = String.fromCodePoint(cp);
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
    const cps = Array.from(v);
    if (cps.length === 1) out.add(cps[0].codePointAt(0)!);
  }
  // Python folds these too (sre's extra case equivalences).
  const extra: Record<number, number[]> = { 0x73: [0x17f], 0x53: [0x17f], 0x17f: [0x73, 0x53], 0x6b: [0x212a], 0x4b: [0x212a], 0x212a: [0x6b, 0x4b] };
  for (const e of extra[cp] ?? []) out.add(e);
  return [...out];
}

const HEX_RE = /^[0-9a-fA-F]+$/;

export abstract class TranslatorBase {
  protected cps: number[];
  protected i = 0;
  protected flags: number;
  protected groupCount = 0;
  protected jsGroupCount = 0;
  protected groupMap: number[] = [0];
  protected groupIndex = new Map<string, number>();
  protected openGroups = new Set<number>();
  protected groupWidths = new Map<number, [number, number]>();
  /** Case folding is done by the JS `i` flag (global IGNORECASE and no `(?-i:...)`). */
  protected engineCi = false;

  constructor(
    protected readonly pattern: string,
    flagsIn: number,
    protected readonly isBytes: boolean,
  ) {
    this.cps = Array.from(pattern).map((c) => c.codePointAt(0)!);
    this.flags = flagsIn;
  }

  protected err(msg: string, pos: number | null = this.i): never {
    throw new ReError(msg, pos);
  }

  protected peek(k = 0): number {
    return this.i + k < this.cps.length ? this.cps[this.i + k] : -1;
  }

  protected ch(k = 0): string {
    const c = this.peek(k);
    return c < 0 ? '' : String.fromCodePoint(c);
  }

  protected text(from: number, to: number): string {
    return String.fromCodePoint(...this.cps.slice(from, to));
  }

  protected literal(cp: number, st: State): string {
    if (!st.ci || this.engineCi) return litSrc(cp);
    const vs = caseVariants(cp, st.ascii);
    return vs.length === 1 ? litSrc(cp) : `[${vs.map(hex).join('')}]`;
  }

  protected backref(group: number, pos: number): Node {
    if (this.openGroups.has(group)) this.err('cannot refer to an open group', pos);
    const [min, max] = this.groupWidths.get(group) ?? [0, Infinity];
    return { src: `(?:\\${this.groupMap[group]})`, min, max };
  }

  // ---- escapes ------------------------------------------------------------------------------

  protected parseEscape(st: State): Node {
    const start = this.i;
    this.i++;
    const c = this.ch();
    if (c === '') this.err('bad escape (end of pattern)', start);
    const classSrc = this.classEscape(c, st);
    if (classSrc !== null) {
      this.i++;
      return { src: `[${classSrc}]`, min: 1, max: 1 };
    }
    switch (c) {
      case 'A':
        this.i++;
        return { src: '(?<![\\s\\S])', min: 0, max: 0, anchor: true };
      case 'Z':
        this.i++;
        return { src: '(?![\\s\\S])', min: 0, max: 0, anchor: true };
      case 'b':
      case 'B': {
        this.i++;
        const w = `[${st.ascii ? WORD_A : WORD_U}]`;
        const src = c === 'b' ? `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))` : `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
        return { src, min: 0, max: 0, anchor: true };
      }
    }
    if (c >= '1' && c <= '9') {
      // Backreference, or an octal escape with three digits.
      let j = this.i;
      while (j < this.i + 2 && this.cps[j] >= 48 && this.cps[j] <= 57) j++;
      const digits = this.text(this.i, j);
      if (digits.length === 2 && c <= '3' && this.cps[j] >= 48 && this.cps[j] <= 55 && /^[0-7]{2}$/.test(digits)) {
        const code = parseInt(this.text(this.i, j + 1), 8);
        if (code > 0o377) this.err(`octal escape value \\${this.text(this.i, j + 1)} outside of range 0-0o377`, start);
        this.i = j + 1;
        return { src: this.literal(code, st), min: 1, max: 1 };
      }
      const group = Number(digits);
      if (group > this.groupCount) this.err(`invalid group reference ${group}`, start + 1);
      this.i = j;
      return this.backref(group, start + 1);
    }
    const cp = this.escapeCodePoint(start, false);
    return { src: this.literal(cp, st), min: 1, max: 1 };
  }

  /** Contents of a JS class for \d \D \s \S \w \W (negations as nested classes). */
  protected classEscape(c: string, st: State): string | null {
    const ascii = st.ascii;
    switch (c) {
      case 'd': return ascii ? '0-9' : '\\p{Nd}';
      case 'D': return ascii ? '[^0-9]' : '\\P{Nd}';
      case 's': return ascii ? SPACE_A : SPACE_U;
      case 'S': return `[^${ascii ? SPACE_A : SPACE_U}]`;
      case 'w': return ascii ? WORD_A : WORD_U;
      case 'W': return `[^${ascii ? WORD_A : WORD_U}]`;
      default: return null;
    }
  }

  /** The code point of a character escape at this.i (after the backslash). */
  protected escapeCodePoint(start: number, inClass: boolean): number {
    const c = this.ch();
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, a: 7, '\\': 92 };
    if (inClass && c === 'b') {
      this.i++;
      return 8;
    }
    if (simple[c] !== undefined) {
      this.i++;
      return simple[c];
    }
    if (c === 'x') {
      const digits = this.text(this.i + 1, this.i + 3);
      if (digits.length < 2 || !HEX_RE.test(digits)) this.err(`incomplete escape \\x${digits.replace(/[^0-9a-fA-F].*$/, '')}`, start);
      this.i += 3;
      return parseInt(digits, 16);
    }
    if ((c === 'u' || c === 'U') && !this.isBytes) {
      const n = c === 'u' ? 4 : 8;
      const digits = this.text(this.i + 1, this.i + 1 + n);
      if (digits.length < n || !HEX_RE.test(digits)) this.err(`incomplete escape \\${c}${digits.replace(/[^0-9a-fA-F].*$/, '')}`, start);
      const v = parseInt(digits, 16);
      if (v > 0x10ffff) this.err(`bad escape \\${c}${digits}`, start);
      this.i += 1 + n;
      return v;
    }
    if (c === 'N' && !this.isBytes) {
      throw new ReUnsupported('\\N{...} named character escapes in patterns are not supported by Interleave');
    }
    if (c === '0') {
      let j = this.i + 1;
      while (j < this.i + 3 && this.cps[j] >= 48 && this.cps[j] <= 55) j++;
      const v = parseInt(this.text(this.i, j), 8);
      this.i = j;
      return v;
    }
    if (inClass && c >= '1' && c <= '7') {
      let j = this.i;
      while (j < this.i + 3 && this.cps[j] >= 48 && this.cps[j] <= 55) j++;
      if (j - this.i < 3) this.err(`bad escape \\${c}`, start);
      const v = parseInt(this.text(this.i, j), 8);
      if (v > 0o377) this.err(`octal escape value \\${this.text(this.i, j)} outside of range 0-0o377`, start);
      this.i = j;
      return v;
    }
    if (/^[a-zA-Z0-9]$/.test(c)) this.err(`bad escape \\${c}`, start);
    this.i++;
    return c.codePointAt(0)!;
  }

  // ---- character classes --------------------------------------------------------------------

  protected parseClass(st: State): Node {
    const start = this.i;
    this.i++;
    let negate = false;
    if (this.peek() === 94) {
      negate = true;
      this.i++;
    }
    const items: string[] = [];
    const ranges: [number, number][] = [];
    let first = true;
    for (;;) {
      if (this.i >= this.cps.length) this.err('unterminated character set', start);
      const c = this.peek();
      if (c === 93 && !first) {
        this.i++;
        break;
      }
      first = false;
      const itemStart = this.i;
      let lo: number;
      if (c === 92) {
        this.i++;
        const e = this.ch();
        if (e === '') this.err('unterminated character set', start);
        const cls = this.classEscape(e, st);
        if (cls !== null) {
          this.i++;
          items.push(cls.startsWith('[') ? cls : `[${cls}]`);
          if (this.peek() === 45 && this.peek(1) !== 93 && this.peek(1) !== -1) this.err(`bad character range \\${e}-${this.ch(1)}`, itemStart);
          continue;
        }
        lo = this.escapeCodePoint(itemStart, true);
      } else {
        lo = c;
        this.i++;
      }
      if (this.peek() === 45 && this.peek(1) !== 93 && this.peek(1) !== -1) {
        this.i++;
        const hiStart = this.i;
        let hi: number;
        if (this.peek() === 92) {
          this.i++;
          const e = this.ch();
          if (this.classEscape(e, st) !== null) this.err(`bad character range ${this.text(itemStart, hiStart + 2)}`, itemStart);
          hi = this.escapeCodePoint(hiStart, true);
        } else {
          hi = this.peek();
          this.i++;
        }
        if (hi < lo) this.err(`bad character range ${this.text(itemStart, this.i)}`, itemStart);
        ranges.push([lo, hi]);
      } else ranges.push([lo, lo]);
    }
    const parts: string[] = [...items];
    const manualCi = st.ci && !this.engineCi;
    for (const [lo, hi] of ranges) {
      parts.push(lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`);
      if (manualCi && hi - lo < 2000) {
        for (let cp = lo; cp <= hi; cp++) for (const v of caseVariants(cp, st.ascii)) if (v < lo || v > hi) parts.push(hex(v));
      }
    }
    if (parts.length === 0) return { src: negate ? '[\\s\\S]' : '[]', min: 1, max: 1 };
    return { src: `[${negate ? '^' : ''}${parts.join('')}]`, min: 1, max: 1 };
  }
}
