/**
 * `textwrap`: CPython's TextWrapper algorithm ported line for line (chunking with the same
 * word-separator regex — compiled by our re translator so \w and lookbehinds mean what they
 * mean in Python — long-word breaking, max_lines/placeholder), plus wrap, fill, shorten,
 * dedent and indent.
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { None, typeOf, objectType } from '../python/objects/core-types';
import type { PyModule } from '../python/objects/module';
import { PyList } from '../python/objects/list';
import { PyDict } from '../python/objects/dict';
import { func, method, slot } from '../python/runtime/define';
import { typeError, valueError } from '../python/runtime/errors';
import { pyGetAttr } from '../python/ops/attr';
import { pyCall } from '../python/ops/call';
import { pyTruthy } from '../python/ops/truth';
import { strLength } from '../python/ops/truth';
import type { Interpreter } from '../python/vm/interpreter-state';
import type { KwArgs, NativeGen } from '../python/vm/native';
import { cType, defineAll } from './ioutil';
import { Regex } from './re/engine';
import { translate, FLAG_VERBOSE } from './re/translate';
import { intVal } from '../python/objects/int-sub';

const wsClass = '[\\t\\n\\x0b\\x0c\\r ]';
const WORDSEP = String.raw`
    ( # any whitespace
      ${wsClass}+
    | # em-dash between words
      (?<=[\w!"'&.,?]) -{2,} (?=\w)
    | # word, possibly hyphenated
      [^\t\n\x0b\x0c\r ]+? (?:
        # hyphenated word
          -(?: (?<=[^\d\W]{2}-) | (?<=[^\d\W]-[^\d\W]-))
          (?= [^\d\W] -? [^\d\W])
        | # end of word
          (?=${wsClass}|\Z)
        | # em-dash
          (?<=[\w!"'&.,?]) (?=-{2,}\w)
        )
    )`;
let wordsepRe: Regex | null = null;
let simpleRe: Regex | null = null;

function splitWith(re: Regex, text: string): string[] {
  // re.split with one capturing group, dropping empty strings.
  const out: string[] = [];
  let last = 0;
  for (const m of re.iterate(text, 0)) {
    out.push(text.slice(last, m[0]));
    out.push(m[2] < 0 ? '' : text.slice(m[2], m[3]));
    last = m[1];
  }
  out.push(text.slice(last));
  return out.filter((c) => c !== '');
}

interface Opts {
  width: number;
  initialIndent: string;
  subsequentIndent: string;
  expandTabs: boolean;
  replaceWhitespace: boolean;
  fixSentenceEndings: boolean;
  breakLongWords: boolean;
  dropWhitespace: boolean;
  breakOnHyphens: boolean;
  tabsize: number;
  maxLines: number | null;
  placeholder: string;
}

const len = strLength;
const isBlank = (s: string) => s.replace(/[\s\u001c-\u001f\u0085]/g, '') === '';

function expandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const c of s) {
    if (c === '\t') {
      const n = tabsize > 0 ? tabsize - (col % tabsize) : 0;
      out += ' '.repeat(n);
      col += n;
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

function splitChunks(text: string, o: Opts): string[] {
  if (o.expandTabs) text = expandTabs(text, o.tabsize);
  if (o.replaceWhitespace) text = text.replace(/[\t\n\x0b\x0c\r]/g, ' ');
  if (o.breakOnHyphens) wordsepRe ??= new Regex(translate(WORDSEP, FLAG_VERBOSE, false), false);
  else simpleRe ??= new Regex(translate(`(${wsClass}+)`, 0, false), false);
  const chunks = splitWith(o.breakOnHyphens ? wordsepRe! : simpleRe!, text);
  if (o.fixSentenceEndings) {
    let i = 0;
    while (i < chunks.length - 1) {
      if (chunks[i + 1] === ' ' && /[a-z][.!?]["']?$/.test(chunks[i])) {
        chunks[i + 1] = '  ';
        i += 2;
      } else i += 1;
    }
  }
  return chunks;
}

function handleLongWord(rev: string[], curLine: string[], curLen: number, width: number, o: Opts): void {
  const spaceLeft = width < 1 ? 1 : width - curLen;
  if (o.breakLongWords) {
    let end = spaceLeft;
    const chunk = Array.from(rev[rev.length - 1]);
    if (o.breakOnHyphens && chunk.length > spaceLeft) {
      const hyphen = chunk.slice(0, spaceLeft).lastIndexOf('-');
      if (hyphen > 0 && chunk.slice(0, hyphen).some((c) => c !== '-')) end = hyphen + 1;
    }
    curLine.push(chunk.slice(0, end).join(''));
    rev[rev.length - 1] = chunk.slice(end).join('');
  } else if (curLine.length === 0) curLine.push(rev.pop()!);
}

export function wrapText(text: string, o: Opts): string[] {
  const chunks = splitChunks(text, o);
  const lines: string[] = [];
  if (o.width <= 0) valueError(`invalid width ${o.width} (must be > 0)`);
  if (o.maxLines !== null) {
    const indent = o.maxLines > 1 ? o.subsequentIndent : o.initialIndent;
    if (len(indent) + len(o.placeholder.trimStart()) > o.width) valueError('placeholder too large for max width');
  }
  chunks.reverse();
  while (chunks.length > 0) {
    const curLine: string[] = [];
    let curLen = 0;
    const indent = lines.length > 0 ? o.subsequentIndent : o.initialIndent;
    const width = o.width - len(indent);
    if (o.dropWhitespace && isBlank(chunks[chunks.length - 1]) && lines.length > 0) chunks.pop();
    while (chunks.length > 0) {
      const l = len(chunks[chunks.length - 1]);
      if (curLen + l <= width) {
        curLine.push(chunks.pop()!);
        curLen += l;
      } else break;
    }
    if (chunks.length > 0 && len(chunks[chunks.length - 1]) > width) {
      handleLongWord(chunks, curLine, curLen, width, o);
      curLen = curLine.reduce((a, c) => a + len(c), 0);
    }
    if (o.dropWhitespace && curLine.length > 0 && isBlank(curLine[curLine.length - 1])) {
      curLen -= len(curLine[curLine.length - 1]);
      curLine.pop();
    }
    if (curLine.length > 0) {
      if (o.maxLines === null || lines.length + 1 < o.maxLines
        || ((chunks.length === 0 || (o.dropWhitespace && chunks.length === 1 && isBlank(chunks[0]))) && curLen <= width)) {
        lines.push(indent + curLine.join(''));
      } else {
        let placed = false;
        while (curLine.length > 0) {
          if (!isBlank(curLine[curLine.length - 1]) && curLen + len(o.placeholder) <= width) {
            curLine.push(o.placeholder);
            lines.push(indent + curLine.join(''));
            placed = true;
            break;
          }
          curLen -= len(curLine[curLine.length - 1]);
          curLine.pop();
        }
        if (!placed) {
          if (lines.length > 0) {
            const prev = lines[lines.length - 1].trimEnd();
            if (len(prev) + len(o.placeholder) <= o.width) {
              lines[lines.length - 1] = prev + o.placeholder;
              break;
            }
          }
          lines.push(indent + o.placeholder.trimStart());
        }
        break;
      }
    }
  }
  return lines;
}

export function dedent(text: string): string {
  const lines = text.split('\n').map((l) => (/^[ \t]+$/.test(l) ? '' : l));
  let margin: string | null = null;
  for (const l of lines) {
    const m = /^([ \t]*)[^ \t]/.exec(l);
    if (m === null) continue;
    const ind = m[1];
    if (margin === null) margin = ind;
    else if (ind.startsWith(margin)) continue;
    else if (margin.startsWith(ind)) margin = ind;
    else {
      let i = 0;
      while (i < margin.length && i < ind.length && margin[i] === ind[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  if (margin) return lines.map((l) => (l.startsWith(margin!) ? l.slice(margin!.length) : l)).join('\n');
  return lines.join('\n');
}

/** str.splitlines(keepends=True). */
function splitlinesKeep(s: string): string[] {
  const out: string[] = [];
  const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(s.slice(last, m.index + m[0].length));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

// ---- TextWrapper -----------------------------------------------------------------------------

export const textWrapperType = cType('textwrap.TextWrapper', objectType, { instanceDict: true });
textWrapperType.alloc = (cls) => new PyObject(cls);
const NAMES = ['width', 'initial_indent', 'subsequent_indent', 'expand_tabs', 'replace_whitespace', 'fix_sentence_endings', 'break_long_words', 'drop_whitespace', 'break_on_hyphens', 'tabsize', 'max_lines', 'placeholder'];
const DEFAULTS: PyValue[] = [70, '', '', true, true, false, true, true, true, 8, None, ' [...]'];
// Bound by hand so errors read like a Python-level __init__ (TextWrapper is a Python class).
slot(textWrapperType, '__init__', '*args, **kw', (self: PyObject, args: PyValue[], kw: KwArgs | null) => {
  const who = 'TextWrapper.__init__()';
  if (args.length > 10) typeError(`${who} takes from 1 to 11 positional arguments but ${args.length + 1} were given`);
  const vals = DEFAULTS.slice();
  args.forEach((a, i) => (vals[i] = a));
  for (const [k, v] of kw ?? []) {
    const i = NAMES.indexOf(k);
    if (i < 0) typeError(`${who} got an unexpected keyword argument '${k}'`);
    if (i < args.length) typeError(`${who} got multiple values for argument '${k}'`);
    vals[i] = v;
  }
  const d = self.dict ?? (self.dict = new PyDict());
  NAMES.forEach((n, i) => d.setStr(n, vals[i]));
  return None;
});

function* optsOf(self: PyValue): NativeGen<Opts> {
  const v: PyValue[] = [];
  for (const n of NAMES) v.push(yield* pyGetAttr(self, n));
  const str = (x: PyValue, n: string) => (typeof x === 'string' ? x : typeError(`${n} must be str, not ${typeOf(x).name}`));
  const int = (x: PyValue) => { const i = intVal(x); return typeof i === 'number' ? i : typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`); };
  return {
    width: int(v[0]), initialIndent: str(v[1], 'initial_indent'), subsequentIndent: str(v[2], 'subsequent_indent'),
    expandTabs: yield* pyTruthy(v[3]), replaceWhitespace: yield* pyTruthy(v[4]), fixSentenceEndings: yield* pyTruthy(v[5]),
    breakLongWords: yield* pyTruthy(v[6]), dropWhitespace: yield* pyTruthy(v[7]), breakOnHyphens: yield* pyTruthy(v[8]),
    tabsize: int(v[9]), maxLines: v[10] === None ? null : int(v[10]), placeholder: str(v[11], 'placeholder'),
  };
}

function textArg(t: PyValue): string {
  if (typeof t !== 'string') typeError(`expected str instance, ${typeOf(t).name} found`);
  return t as string;
}

method(textWrapperType, 'wrap', 'text', function* (self: PyValue, text: PyValue): NativeGen {
  return new PyList(wrapText(textArg(text), yield* optsOf(self)));
});
method(textWrapperType, 'fill', 'text', function* (self: PyValue, text: PyValue): NativeGen {
  return wrapText(textArg(text), yield* optsOf(self)).join('\n');
});

function* wrapperFor(width: PyValue, kw: KwArgs | null, extra: [string, PyValue][] = []): NativeGen {
  const kwargs = new Map<string, PyValue>(kw ?? []);
  kwargs.set('width', width);
  for (const [k, v] of extra) if (!kwargs.has(k)) kwargs.set(k, v);
  return yield* pyCall(textWrapperType, [], kwargs);
}

export function initTextwrap(interp: Interpreter, m: PyModule): void {
  void interp;
  m.ns.setStr('TextWrapper', textWrapperType);
  defineAll(m, [
    func('wrap', 'text, width=70, **kwargs', function* (text: PyValue, width: PyValue, kw: KwArgs | null): NativeGen {
      const w = yield* wrapperFor(width, kw);
      return new PyList(wrapText(textArg(text), yield* optsOf(w)));
    }),
    func('fill', 'text, width=70, **kwargs', function* (text: PyValue, width: PyValue, kw: KwArgs | null): NativeGen {
      const w = yield* wrapperFor(width, kw);
      return wrapText(textArg(text), yield* optsOf(w)).join('\n');
    }),
    func('shorten', 'text, width, **kwargs', function* (text: PyValue, width: PyValue, kw: KwArgs | null): NativeGen {
      const w = yield* wrapperFor(width, kw, [['max_lines', 1]]);
      const words = textArg(text).trim().split(/[\s\u001c-\u001f\u0085]+/).filter((x) => x !== '');
      return wrapText(words.join(' '), yield* optsOf(w)).join('\n');
    }),
    func('dedent', 'text', (text: PyValue) => dedent(textArg(text))),
    func('indent', 'text, prefix, predicate=None', function* (text: PyValue, prefix: PyValue, pred: PyValue): NativeGen {
      const p = textArg(prefix);
      let out = '';
      for (const line of splitlinesKeep(textArg(text))) {
        const ok = pred === None ? !isBlank(line) : yield* pyTruthy(yield* pyCall(pred, [line]));
        out += ok ? p + line : line;
      }
      return out;
    }),
  ]);
}
