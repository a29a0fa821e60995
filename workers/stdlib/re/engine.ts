/**
 * Running translated patterns: anchored match / search / fullmatch at a position, and the
 * match iteration CPython 3.7+ uses for findall/finditer/sub/split — after an empty match the
 * next match may not be empty at the same position (sre's `must_advance`), but may be a
 * non-empty match there, found by backtracking past the empty one.
 *
 * Positions here are JS string indices (UTF-16 units); ./match converts them to code points.
 * Bytes subjects are matched as Latin-1 strings, where the two agree.
 */
import { type Translation, translate, ReError, ReUnsupported } from './translate';

/** Spans of a match: [start0, end0, start1, end1, …] per Python group, -1 when unmatched. */
export type Spans = number[];

export class Regex {
  private readonly g: RegExp;
  private readonly y: RegExp;
  private fullRe: RegExp | null = null;
  private nonEmptyRe: RegExp | null = null;

  constructor(
    readonly tr: Translation,
    readonly isBytes: boolean,
  ) {
    this.g = compileJs(tr.source, 'dgv' + tr.jsFlags);
    this.y = compileJs(tr.source, 'dyv' + tr.jsFlags);
  }

  private spans(m: RegExpExecArray | null, offset: number): Spans | null {
    if (m === null) return null;
    const ind = m.indices!;
    const whole = ind[0]!;
    const out: Spans = [whole[0], whole[1]];
    const map = this.tr.groupMap;
    for (let k = 1; k <= this.tr.groups; k++) {
      const s = ind[map[k] + offset];
      if (s === undefined) out.push(-1, -1);
      else out.push(s[0], s[1]);
    }
    return out;
  }

  /** Anchored at `pos` (re.match). `subject` is already cut at endpos. */
  matchAt(subject: string, pos: number): Spans | null {
    this.y.lastIndex = pos;
    return this.spans(this.y.exec(subject), 0);
  }

  fullmatchAt(subject: string, pos: number): Spans | null {
    const re = this.fullRe ?? (this.fullRe = compileJs(`(?:${this.tr.source})(?![\\s\\S])`, 'dyv' + this.tr.jsFlags));
    re.lastIndex = pos;
    return this.spans(re.exec(subject), 0);
  }

  /** First match at or after `pos`; with mustAdvance, no empty match exactly at `pos`. */
  searchFrom(subject: string, pos: number, mustAdvance = false): Spans | null {
    if (pos > subject.length) return null;
    if (mustAdvance) {
      // A non-empty match at pos: capture the rest of the string first, then require that the
      // match end is not followed by all of it (i.e. the match consumed something).
      const re = this.nonEmptyRe ?? (this.nonEmptyRe = compileJs(`(?=([\\s\\S]*))(?:${shiftRefs(this.tr.source)})(?!\\1)`, 'dyv' + this.tr.jsFlags));
      re.lastIndex = pos;
      const r = this.spans(re.exec(subject), 1);
      if (r !== null) return r;
      const c = subject.charCodeAt(pos);
      pos += c >= 0xd800 && c <= 0xdbff && pos + 1 < subject.length ? 2 : 1;
      if (pos > subject.length) return null;
    }
    this.g.lastIndex = pos;
    return this.spans(this.g.exec(subject), 0);
  }

  /** Every match from pos on, in CPython's order (findall, finditer, sub, split). */
  *iterate(subject: string, pos: number): Generator<Spans, void, void> {
    let p = pos;
    let mustAdvance = false;
    while (p <= subject.length) {
      const m = this.searchFrom(subject, p, mustAdvance);
      if (m === null) return;
      yield m;
      mustAdvance = m[0] === m[1];
      p = m[1];
    }
  }
}

/** The non-empty variant adds a capturing group in front: numbered backreferences move up by one. */
function shiftRefs(src: string): string {
  return src.replace(/\\\\|\\(\d+)/g, (m, d: string | undefined) => (d === undefined ? m : `\\${Number(d) + 1}`));
}

function compileJs(src: string, flags: string): RegExp {
  try {
    return new RegExp(src, flags);
  } catch (e) {
    throw new ReUnsupported(`this pattern uses a construct Interleave cannot translate to its regex engine (${(e as Error).message})`);
  }
}

/** Compiled patterns by (type, flags, pattern): re's module-level cache. */
const cache = new Map<string, Regex>();

export function compileRegex(pattern: string, flags: number, isBytes: boolean): Regex {
  const key = `${isBytes ? 'b' : 's'}${flags}:${pattern}`;
  let r = cache.get(key);
  if (r === undefined) {
    r = new Regex(translate(pattern, flags, isBytes), isBytes);
    if (cache.size >= 512) cache.delete(cache.keys().next().value!);
    cache.set(key, r);
  }
  return r;
}

export function purgeCache(): void {
  cache.clear();
}

export { ReError, ReUnsupported };
