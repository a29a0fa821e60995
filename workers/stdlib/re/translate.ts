/**
 * Python regular-expression syntax → JavaScript RegExp source (`v` flag), keeping Python's
 * meaning where the two differ:
 *   - `^ $ \A \Z .` are spelled out with lookarounds (JS `m`/`.` treat \r, \u2028 as line ends;
 *     Python's `$` also matches before a final newline);
 *   - `\d \w \s \b` use Python's Unicode classes (or ASCII ones under re.ASCII / bytes);
 *   - scoped flags `(?i:...)`, `(?s:...)`, `(?x:...)` are applied while translating;
 *   - atomic groups `(?>...)` and possessive quantifiers become `(?=(X))\k` (extra JS groups,
 *     so Python group numbers are mapped to JS ones);
 *   - Python's compile errors (re.error) with CPython's messages and positions, including
 *     "look-behind requires fixed-width pattern".
 * Conditional groups `(?(1)a|b)` have no JS equivalent and raise NotImplementedError.
 */
import { TranslatorBase, type Translation, type State, type Node, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_DOTALL, FLAG_UNICODE, FLAG_VERBOSE, FLAG_ASCII, ReFlagError, ReUnsupported } from './translate-base';

export * from './translate-base';

export function translate(pattern: string, flagsIn: number, isBytes: boolean): Translation {
  return new Translator(pattern, flagsIn, isBytes).run();
}

class Translator extends TranslatorBase {
  run(): Translation {
    // Global inline flags must come first (3.11); they may switch on VERBOSE for the whole pattern.
    this.scanGlobalFlags();
    if (this.isBytes) {
      if (this.flags & FLAG_UNICODE) throw new ReFlagError('cannot use UNICODE flag with a bytes pattern');
      if ((this.flags & FLAG_ASCII) && (this.flags & FLAG_LOCALE)) throw new ReFlagError('ASCII and LOCALE flags are incompatible');
    } else {
      if (this.flags & FLAG_LOCALE) throw new ReFlagError('cannot use LOCALE flag with a str pattern');
      if ((this.flags & FLAG_ASCII) && (this.flags & FLAG_UNICODE)) throw new ReFlagError('ASCII and UNICODE flags are incompatible');
      if (!(this.flags & FLAG_ASCII)) this.flags |= FLAG_UNICODE;
    }
    const ci = (this.flags & FLAG_IGNORECASE) !== 0;
    this.engineCi = ci && !/\(\?[aiLmsux]*-[imsx]*i[imsx]*:/.test(this.pattern);
    const st: State = {
      ci,
      dotall: (this.flags & FLAG_DOTALL) !== 0,
      multiline: (this.flags & FLAG_MULTILINE) !== 0,
      verbose: (this.flags & FLAG_VERBOSE) !== 0,
      ascii: this.isBytes || (this.flags & FLAG_ASCII) !== 0,
    };
    this.i = 0;
    const node = this.parseAlt(st);
    if (this.i < this.cps.length) {
      if (this.peek() === 41) this.err('unbalanced parenthesis');
      this.err('internal: unparsed pattern');
    }
    return {
      source: node.src,
      jsFlags: this.engineCi ? 'i' : '',
      flags: this.flags,
      groups: this.groupCount,
      groupMap: this.groupMap,
      groupIndex: this.groupIndex,
    };
  }

  /** Leading `(?aiLmsux)` groups: record their flags (parsing skips them later). */
  protected scanGlobalFlags(): void {
    let i = 0;
    const verboseSkip = () => {
      if (!(this.flags & FLAG_VERBOSE)) return;
      for (;;) {
        const c = this.cps[i];
        if (c === 32 || (c >= 9 && c <= 13)) i++;
        else if (c === 35) {
          while (i < this.cps.length && this.cps[i] !== 10) i++;
        } else return;
      }
    };
    for (;;) {
      verboseSkip();
      if (this.cps[i] !== 40 || this.cps[i + 1] !== 63) return;
      let j = i + 2;
      let f = 0;
      while (j < this.cps.length && 'aiLmsux'.includes(String.fromCodePoint(this.cps[j]))) {
        f |= this.flagBit(String.fromCodePoint(this.cps[j]));
        j++;
      }
      if (j === i + 2 || this.cps[j] !== 41) return;
      this.flags |= f;
      i = j + 1;
    }
  }

  protected flagBit(c: string): number {
    switch (c) {
      case 'a': return FLAG_ASCII;
      case 'i': return FLAG_IGNORECASE;
      case 'L': return FLAG_LOCALE;
      case 'm': return FLAG_MULTILINE;
      case 's': return FLAG_DOTALL;
      case 'u': return FLAG_UNICODE;
      default: return FLAG_VERBOSE;
    }
  }

  protected skipVerbose(st: State): void {
    if (!st.verbose) return;
    for (;;) {
      const c = this.peek();
      if (c === 32 || (c >= 9 && c <= 13)) this.i++;
      else if (c === 35) {
        while (this.i < this.cps.length && this.peek() !== 10) this.i++;
      } else return;
    }
  }

  protected parseAlt(st: State): Node {
    const alts: Node[] = [this.parseSeq(st)];
    while (this.peek() === 124) {
      this.i++;
      alts.push(this.parseSeq(st));
    }
    if (alts.length === 1) return alts[0];
    return {
      src: alts.map((a) => a.src).join('|'),
      min: Math.min(...alts.map((a) => a.min)),
      max: Math.max(...alts.map((a) => a.max)),
    };
  }

  protected parseSeq(st: State): Node {
    let src = '';
    let min = 0;
    let max = 0;
    for (;;) {
      this.skipVerbose(st);
      const c = this.peek();
      if (c < 0 || c === 124 || c === 41) break;
      const start = this.i;
      if (c === 42 || c === 43 || c === 63 || (c === 123 && this.quantifierAhead())) this.err('nothing to repeat');
      const jsStart = this.jsGroupCount;
      let atom = this.parseAtom(st);
      atom = this.parseQuantifiers(st, atom, jsStart);
      src += atom.src;
      min += atom.min;
      max += atom.max;
    }
    return { src, min, max };
  }

  /** Is there a valid `{m,n}` quantifier at the cursor? */
  protected quantifierAhead(): boolean {
    let j = this.i + 1;
    let digits = 0;
    while (this.cps[j] >= 48 && this.cps[j] <= 57) {
      j++;
      digits++;
    }
    if (this.cps[j] === 44) {
      j++;
      while (this.cps[j] >= 48 && this.cps[j] <= 57) j++;
    } else if (digits === 0) return false;
    return this.cps[j] === 125;
  }

  protected parseQuantifiers(st: State, atom: Node, jsStart: number): Node {
    let quantified = false;
    for (;;) {
      this.skipVerbose(st);
      const c = this.peek();
      let lo: number;
      let hi: number;
      const qpos = this.i;
      if (c === 42) [lo, hi] = [0, Infinity];
      else if (c === 43) [lo, hi] = [1, Infinity];
      else if (c === 63) [lo, hi] = [0, 1];
      else if (c === 123 && this.quantifierAhead()) {
        const close = this.cps.indexOf(125, this.i);
        const body = this.text(this.i + 1, close);
        const [a, b] = body.includes(',') ? body.split(',') : [body, body];
        lo = a === '' ? 0 : Number(a);
        hi = b === '' ? Infinity : Number(b);
        if (lo > 4294967295 || hi > 4294967295 && hi !== Infinity) this.err('the repetition number is too large', this.i + 1);
        if (hi < lo) this.err('min repeat greater than max repeat', this.i + 1);
        this.i = close;
      } else return atom;
      if (quantified) this.err('multiple repeat', qpos);
      if (atom.anchor) this.err('nothing to repeat', qpos);
      this.i++;
      let mode = '';
      if (this.peek() === 63) {
        mode = '?';
        this.i++;
      } else if (this.peek() === 43) {
        mode = '+';
        this.i++;
      }
      const q = hi === Infinity ? (lo === 0 ? '*' : lo === 1 ? '+' : `{${lo},}`) : lo === 0 && hi === 1 ? '?' : lo === hi ? `{${lo}}` : `{${lo},${hi}}`;
      const base = `(?:${atom.src})`;
      let src: string;
      if (mode === '+') {
        const g = this.insertJsGroup(jsStart);
        src = `(?:(?=(${base}${q}))\\${g})`;
      } else src = base + q + mode;
      atom = { src, min: atom.min * lo, max: hi === 0 ? 0 : atom.max * hi };
      quantified = true;
    }
  }

  /**
   * Open a JS-only capturing group (atomic/possessive emulation) in front of an atom whose JS
   * groups started after `jsStart`: JS numbers groups by opening parenthesis, so the new group
   * takes jsStart + 1 and the Python groups inside the atom move up by one. (Backreferences
   * already emitted inside the atom keep the old numbers: possessive repeats of a group that
   * refers back into itself are vanishingly rare.)
   */
  protected insertJsGroup(jsStart: number): number {
    const g = jsStart + 1;
    this.jsGroupCount++;
    for (let p = 1; p < this.groupMap.length; p++) if (this.groupMap[p] >= g) this.groupMap[p]++;
    return g;
  }

  protected parseAtom(st: State): Node {
    const c = this.peek();
    switch (c) {
      case 40: return this.parseGroup(st);
      case 91: return this.parseClass(st);
      case 46:
        this.i++;
        return { src: st.dotall ? '[\\s\\S]' : '[^\\n]', min: 1, max: 1 };
      case 94:
        this.i++;
        return { src: st.multiline ? '(?:(?<![\\s\\S])|(?<=\\n))' : '(?<![\\s\\S])', min: 0, max: 0, anchor: true };
      case 36:
        this.i++;
        return { src: st.multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))', min: 0, max: 0, anchor: true };
      case 92: return this.parseEscape(st);
      default:
        this.i++;
        return { src: this.literal(c, st), min: 1, max: 1 };
    }
  }
  protected parseGroup(st: State): Node {
    const start = this.i;
    this.i++;
    if (this.peek() !== 63) return this.capture(st, start, null);
    this.i++;
    const c = this.ch();
    if (c === 'P') {
      this.i++;
      if (this.ch() === '<') {
        this.i++;
        const name = this.groupName('>');
        return this.capture(st, start, name);
      }
      if (this.ch() === '=') {
        this.i++;
        const nameStart = this.i;
        const name = this.groupName(')');
        const idx = this.groupIndex.get(name);
        if (idx === undefined) this.err(`unknown group name '${name}'`, nameStart);
        this.i++;
        return this.backref(idx!, nameStart);
      }
      if (this.i >= this.cps.length) this.err('unexpected end of pattern');
      this.err(`unknown extension ?P${this.ch()}`, start + 1);
    }
    if (c === ':') {
      this.i++;
      return this.groupBody(st, start, (n) => ({ ...n, src: `(?:${n.src})` }));
    }
    if (c === '=' || c === '!') {
      this.i++;
      return this.groupBody(st, start, (n) => ({ src: `(?${c}${n.src})`, min: 0, max: 0 }));
    }
    if (c === '<') {
      const d = this.ch(1);
      if (d === '=' || d === '!') {
        this.i += 2;
        return this.groupBody(st, start, (n) => {
          if (n.min !== n.max) this.err('look-behind requires fixed-width pattern', null);
          return { src: `(?<${d}${n.src})`, min: 0, max: 0 };
        });
      }
      if (this.i + 1 >= this.cps.length) this.err('unexpected end of pattern', this.i + 1);
      this.err(`unknown extension ?<${d}`, start + 1);
    }
    if (c === '>') {
      this.i++;
      const jsStart = this.jsGroupCount;
      return this.groupBody(st, start, (n) => {
        const g = this.insertJsGroup(jsStart);
        return { src: `(?:(?=(${n.src}))\\${g})`, min: n.min, max: n.max };
      });
    }
    if (c === '#') {
      while (this.i < this.cps.length && this.peek() !== 41) this.i++;
      if (this.i >= this.cps.length) this.err('missing ), unterminated comment', start);
      this.i++;
      return { src: '', min: 0, max: 0 };
    }
    if (c === '(') {
      throw new ReUnsupported('conditional groups (?(id/name)yes|no) are not supported by Interleave');
    }
    if ('aiLmsux-'.includes(c) && c !== '') return this.flagGroup(st, start);
    if (this.i >= this.cps.length) this.err('unexpected end of pattern');
    return this.err(`unknown extension ?${c}`, start + 1);
  }

  protected flagGroup(st: State, start: number): Node {
    let on = '';
    while ('aiLmsux'.includes(this.ch()) && this.ch() !== '') on += this.ch(), this.i++;
    let off = '';
    if (this.ch() === '-') {
      this.i++;
      while ('imsx'.includes(this.ch()) && this.ch() !== '') off += this.ch(), this.i++;
      if (off === '') {
        if (this.i >= this.cps.length) this.err('missing flag');
        this.err('missing flag');
      }
    }
    const c = this.ch();
    if (c === ')') {
      if (off !== '') this.err('missing :');
      // A global flag group: legal only at the very start (already applied by scanGlobalFlags).
      if (!this.atGlobalFlagsPrefix(start)) this.err('global flags not at the start of the expression', start);
      this.i++;
      return { src: '', min: 0, max: 0, anchor: true };
    }
    if (c !== ':') {
      if (c === '') this.err('missing -, : or )');
      this.err(`unknown flag`, this.i);
    }
    this.i++;
    const inner: State = { ...st };
    for (const f of on) this.applyFlag(inner, f, true);
    for (const f of off) this.applyFlag(inner, f, false);
    const node = this.parseAlt(inner);
    if (this.peek() !== 41) this.err('missing ), unterminated subpattern', start);
    this.i++;
    return { ...node, src: `(?:${node.src})` };
  }

  protected atGlobalFlagsPrefix(start: number): boolean {
    let i = 0;
    while (i < start) {
      if (this.flags & FLAG_VERBOSE) {
        const c = this.cps[i];
        if (c === 32 || (c >= 9 && c <= 13)) {
          i++;
          continue;
        }
        if (c === 35) {
          while (i < start && this.cps[i] !== 10) i++;
          continue;
        }
      }
      if (this.cps[i] !== 40 || this.cps[i + 1] !== 63) return false;
      const close = this.cps.indexOf(41, i);
      if (close < 0) return false;
      i = close + 1;
    }
    return i === start;
  }

  protected applyFlag(st: State, f: string, on: boolean): void {
    if (f === 'i') st.ci = on;
    else if (f === 's') st.dotall = on;
    else if (f === 'm') st.multiline = on;
    else if (f === 'x') st.verbose = on;
    else if (f === 'a') st.ascii = on || this.isBytes;
    else if (f === 'u') st.ascii = this.isBytes;
  }

  protected groupName(term: string): string {
    const start = this.i;
    const end = this.cps.indexOf(term.codePointAt(0)!, this.i);
    if (end < 0) {
      this.i = this.cps.length;
      this.err(`missing ${term}, unterminated name`, start);
    }
    const name = this.text(start, end);
    if (name === '') this.err('missing group name', start);
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) this.err(`bad character in group name '${name}'`, start);
    this.i = end;
    return name;
  }

  protected capture(st: State, start: number, name: string | null): Node {
    if (name !== null) this.i++; // the closing '>'
    const n = ++this.groupCount;
    const js = ++this.jsGroupCount;
    this.groupMap[n] = js;
    if (name !== null) {
      const prev = this.groupIndex.get(name);
      if (prev !== undefined) this.err(`redefinition of group name '${name}' as group ${n}; was group ${prev}`, start + 4);
      this.groupIndex.set(name, n);
    }
    this.openGroups.add(n);
    const node = this.parseAlt(st);
    if (this.peek() !== 41) this.err('missing ), unterminated subpattern', start);
    this.i++;
    this.openGroups.delete(n);
    this.groupWidths.set(n, [node.min, node.max]);
    return { src: `(${node.src})`, min: node.min, max: node.max };
  }

  protected groupBody(st: State, start: number, wrap: (n: Node) => Node): Node {
    const node = this.parseAlt(st);
    if (this.peek() !== 41) this.err('missing ), unterminated subpattern', start);
    this.i++;
    return wrap(node);
  }
}
