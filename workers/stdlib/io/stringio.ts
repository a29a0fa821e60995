/**
 * `io.StringIO`: an in-memory text file. Positions count code points, as in CPython; the text is
 * a JS string, appended to in place when writing at the end (the common `print(..., file=buf)`
 * pattern), so building a large buffer stays linear. Newline translation follows the `newline`
 * argument: None translates on write, '' and '\n' keep text as is, '\r' / '\r\n' turn '\n' into
 * that terminator.
 */
import type { PyValue } from '../../python/objects/object';
import { None, typeOf } from '../../python/objects/core-types';
import type { PyType } from '../../python/objects/type';
import { newTuple } from '../../python/objects/tuple';
import { PyBaseException } from '../../python/objects/exception';
import { method, getter, slot } from '../../python/runtime/define';
import { typeError, valueError, osErrorType } from '../../python/runtime/errors';
import { strLength } from '../../python/ops/truth';
import { cpToUnit, cpLength } from '../../python/objects/strutil';
import { IOObject, newIOType, textIOBaseType, sizeArg, intArgOf } from './types';
import { setNew } from '../ioutil';
import type { Newline } from './text';

export const stringIOType = newIOType('StringIO', textIOBaseType);

/** True when `s` has no surrogate halves (then JS indices are code-point indices). */
function noSurrogates(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return false;
  }
  return true;
}

export class StringIO extends IOObject {
  private _text = '';
  /** Code points in the text and whether it is surrogate-free, kept up to date incrementally
   *  so that appending (the common case) never rescans the whole buffer. */
  private cpCount = 0;
  private bmp = true;
  /** Position in code points (may lie past the end: a later write pads with NULs). */
  pos = 0;
  closed = false;
  newline: Newline = '\n';
  seen = 0;

  isClosed(): boolean {
    return this.closed;
  }
  doClose(): void {
    this.closed = true;
  }
  override closedMessage(): string {
    return 'I/O operation on closed file';
  }

  private translateIn(s: string): string {
    const nl = this.newline;
    if (nl === null || nl === '') {
      // Both record the newline kinds seen (the `newlines` attribute); only None translates.
      const seen = (m: string) => {
        this.seen |= m === '\r\n' ? 4 : m === '\r' ? 1 : 2;
        return nl === null ? '\n' : m;
      };
      if (s.indexOf('\r') < 0 && s.indexOf('\n') < 0) return s;
      return s.replace(/\r\n|\r|\n/g, seen);
    }
    if (nl === '\r' || nl === '\r\n') return s.replace(/\n/g, nl);
    return s;
  }

  get text(): string {
    return this._text;
  }
  set text(t: string) {
    this._text = t;
    this.bmp = noSurrogates(t);
    this.cpCount = this.bmp ? t.length : cpLength(t);
  }

  /** The JS index of code point `cp` (clamped to the end of the text). */
  private unit(cp: number): number {
    const t = this._text;
    if (this.bmp) return Math.min(cp, t.length);
    return cp >= this.cpCount ? t.length : cpToUnit(t, cp);
  }

  cpLen(): number {
    return this.cpCount;
  }

  write(s: string): number {
    this.checkClosed();
    const t = this.translateIn(s);
    const len = this.cpLen();
    if (this.pos >= len) {
      // Appending: update the counts from the new piece only.
      const piece = this.pos > len ? '\0'.repeat(this.pos - len) + t : t;
      this._text += piece;
      const pieceBmp = noSurrogates(piece);
      this.cpCount += pieceBmp ? piece.length : cpLength(piece);
      this.bmp = this.bmp && pieceBmp;
    } else {
      const at = this.unit(this.pos);
      const end = this.unit(this.pos + strLength(t));
      this.text = this.text.slice(0, at) + t + this.text.slice(end);
    }
    this.pos += strLength(t);
    return strLength(s);
  }

  read(n: number): string {
    this.checkClosed();
    const s = this.text;
    const from = this.unit(this.pos);
    if (from >= s.length) return '';
    const end = n < 0 ? s.length : this.unit(this.pos + n);
    this.pos = n < 0 ? this.cpLen() : Math.min(this.pos + n, this.cpLen());
    return s.slice(from, end);
  }

  readline(limit: number): string {
    this.checkClosed();
    const s = this.text;
    const from = this.unit(this.pos);
    if (from >= s.length) return '';
    let end: number;
    const nl = this.newline;
    if (nl === '') {
      const lf = s.indexOf('\n', from);
      const cr = s.indexOf('\r', from);
      if (cr < 0 || (lf >= 0 && lf < cr)) end = lf < 0 ? s.length : lf + 1;
      else end = s.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
    } else {
      const term = nl === null ? '\n' : nl;
      const k = s.indexOf(term, from);
      end = k < 0 ? s.length : k + term.length;
    }
    const line = s.slice(from, end);
    if (limit >= 0 && strLength(line) > limit) return this.read(limit);
    this.pos += strLength(line);
    return line;
  }

  readlineValue(limit: number): PyValue {
    return this.readline(limit);
  }
  isEmptyLine(v: PyValue): boolean {
    return v === '';
  }
  writeValue(v: PyValue): PyValue {
    if (typeof v !== 'string') typeError(`string argument expected, got '${typeOf(v).name}'`);
    return this.write(v as string);
  }
  cpPos(): number {
    return this.pos;
  }
}

stringIOType.alloc = (cls) => new StringIO(cls);
setNew(stringIOType, '*args, **kw', (cls: PyType) => new StringIO(cls));
slot(stringIOType, '__init__', 'initial_value=\'\', newline=\'\\n\'', (f: StringIO, init: PyValue, newline: PyValue) => {
  if (newline !== None && typeof newline !== 'string') typeError(`newline must be str or None, not ${typeOf(newline).name}`);
  if (newline !== None && newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') {
    valueError(`illegal newline value: '${newline as string}'`);
  }
  if (init !== None && typeof init !== 'string') typeError(`initial_value must be str or None, not ${typeOf(init).name}`);
  f.newline = newline === None ? null : (newline as Newline);
  f.text = '';
  f.pos = 0;
  f.closed = false;
  if (init !== None && init !== '') {
    f.write(init as string);
    f.pos = 0;
  }
  return None;
});

const S = stringIOType;
method(S, 'getvalue', '', (f: StringIO) => {
  f.checkClosed();
  return f.text;
});
method(S, 'read', 'size=-1, /', (f: StringIO, size: PyValue) => f.read(sizeArg(size)));
method(S, 'readline', 'size=-1, /', (f: StringIO, size: PyValue) => f.readline(size === None ? -1 : intArgOf(size)));
method(S, 'write', 's, /', (f: StringIO, s: PyValue) => f.writeValue(s));
method(S, 'tell', '', (f: StringIO) => {
  f.checkClosed();
  return f.cpPos();
});
method(S, 'seek', 'pos, whence=0, /', (f: StringIO, posArg: PyValue, whenceArg: PyValue) => {
  f.checkClosed();
  const pos = intArgOf(posArg);
  const whence = intArgOf(whenceArg);
  if (whence < 0 || whence > 2) valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
  if (whence === 0 && pos < 0) valueError(`Negative seek position ${pos}`);
  if (whence !== 0 && pos !== 0) throw new PyBaseException(osErrorType, [`Can't do nonzero ${whence === 1 ? 'cur' : 'end'}-relative seeks`]);
  if (whence === 1) return f.cpPos();
  if (whence === 2) {
    f.pos = f.cpLen();
    return f.pos;
  }
  f.pos = pos;
  return pos;
});
method(S, 'truncate', 'pos=None, /', (f: StringIO, posArg: PyValue) => {
  f.checkClosed();
  const size = posArg === None ? f.cpPos() : intArgOf(posArg);
  if (size < 0) valueError(`Negative size value ${size}`);
  if (size < f.cpLen()) f.text = f.text.slice(0, cpToUnit(f.text, size));
  return size;
});
getter(S, 'line_buffering', (f: StringIO) => {
  f.checkClosed();
  return false;
});
getter(S, 'newlines', (f: StringIO) => {
  f.checkClosed();
  const table: (PyValue | string[])[] = [None, '\r', '\n', ['\r', '\n'], '\r\n', ['\r', '\r\n'], ['\n', '\r\n'], ['\r', '\n', '\r\n']];
  const v = f.newline === null || f.newline === '' ? table[f.seen] : None;
  return Array.isArray(v) ? newTuple(v) : v;
});
getter(S, 'encoding', () => None);
getter(S, 'errors', () => None);
