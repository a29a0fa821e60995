/**
 * Argument binding for natives from a text signature, with CPython 3.11's error wording.
 *
 *   const s = sig('split', 'sep=None, maxsplit=-1');
 *   const [sep, maxsplit] = s.bind(args, kw);   // args exclude self — see bindMethod
 *
 * Parameter syntax: `a` required, `a=<literal>` default (None, True, False, ints, 'str'),
 * `a=?` optional without default (bound as undefined), `/` ends positional-only parameters,
 * `*` starts keyword-only ones, `*args` collects extra positionals (bound as PyValue[]),
 * `**kw` collects extra keywords (bound as a Map or null).
 *
 * CPython words errors differently depending on how the C function parses arguments; the
 * style is chosen from the signature's shape (see the test table in args.test.ts):
 *   no parameters                       → METH_NOARGS: "list.copy() takes no arguments (1 given)"
 *   one required positional-only param  → METH_O: "list.append() takes exactly one argument (0 given)"
 *   only positional-only params         → "pop expected at most 1 argument, got 2"
 *   otherwise (Argument Clinic)         → "split() takes at most 2 arguments (3 given)", …
 */
import type { PyValue } from '../objects/object';
import { None } from '../objects/core-types';
import { newTuple } from '../objects/tuple';
import type { KwArgs } from '../vm/native';
import { typeError } from './errors';

interface Param {
  name: string;
  kind: 'pos' | 'posOrKw' | 'kwOnly' | 'varargs' | 'varkw';
  required: boolean;
  def: PyValue | undefined;
}

type Style = 'noargs' | 'O' | 'pos' | 'kw';

function parseDefault(text: string): PyValue | undefined {
  if (text === '?') return undefined;
  if (text === 'None') return None;
  if (text === 'True') return true;
  if (text === 'False') return false;
  if (/^-?\d+$/.test(text)) return Number(text);
  if (text === '()') return newTuple([]);
  const m = /^'(.*)'$/.exec(text);
  if (m) return m[1].replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  throw new Error(`bad default in native signature: ${text}`);
}

export class Signature {
  readonly params: Param[] = [];
  readonly style: Style;
  readonly maxPositional: number;
  readonly minPositional: number;
  private readonly varargsIndex: number = -1;
  private readonly varkwIndex: number = -1;

  constructor(
    /** Name used in messages ("split", "list.append"). */
    readonly name: string,
    /** Qualified name for METH_O/NOARGS messages ("list.append"); defaults to name. */
    readonly qualname: string,
    text: string,
    styleOverride?: Style,
  ) {
    let mode: 'pos' | 'posOrKw' | 'kwOnly' = 'posOrKw';
    const parts = text.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
    const hasSlash = parts.includes('/');
    if (hasSlash) mode = 'pos';
    for (const p of parts) {
      if (p === '/') {
        mode = 'posOrKw';
        continue;
      }
      if (p === '*') {
        mode = 'kwOnly';
        continue;
      }
      if (p.startsWith('**')) {
        this.varkwIndex = this.params.length;
        this.params.push({ name: p.slice(2), kind: 'varkw', required: false, def: undefined });
        continue;
      }
      if (p.startsWith('*')) {
        this.varargsIndex = this.params.length;
        this.params.push({ name: p.slice(1), kind: 'varargs', required: false, def: undefined });
        mode = 'kwOnly';
        continue;
      }
      const eq = p.indexOf('=');
      const name = eq < 0 ? p : p.slice(0, eq).trim();
      const hasDefault = eq >= 0;
      this.params.push({
        name,
        kind: mode,
        required: !hasDefault,
        def: hasDefault ? parseDefault(p.slice(eq + 1).trim()) : undefined,
      });
    }
    const positional = this.params.filter((p) => p.kind === 'pos' || p.kind === 'posOrKw');
    this.maxPositional = this.varargsIndex >= 0 ? Infinity : positional.length;
    this.minPositional = positional.filter((p) => p.required).length;
    const allPosOnly = this.params.every((p) => p.kind === 'pos' || p.kind === 'varargs');
    if (styleOverride) this.style = styleOverride;
    else if (this.params.length === 0) this.style = 'noargs';
    else if (this.params.length === 1 && this.params[0].kind === 'pos' && this.params[0].required) this.style = 'O';
    else if (allPosOnly) this.style = 'pos';
    else this.style = 'kw';
  }

  /** Bind positional args (self excluded) and keywords to parameter order. */
  bind(args: PyValue[], kw: KwArgs | null, offset = 0): any[] {
    const nargs = args.length - offset;
    const params = this.params;
    const out: any[] = new Array(params.length);
    // Fast path: only positionals, within bounds, no collectors.
    if ((kw === null || kw.size === 0) && this.varargsIndex < 0 && this.varkwIndex < 0 &&
        nargs <= this.maxPositional && nargs >= this.minPositional) {
      for (let i = 0; i < params.length; i++) out[i] = i < nargs ? args[i + offset] : params[i].def;
      return out;
    }
    this.checkCounts(nargs, kw);
    let ai = 0;
    for (let i = 0; i < params.length; i++) {
      const p = params[i];
      if (p.kind === 'varargs') {
        out[i] = ai < nargs ? args.slice(offset + ai) : [];
        ai = nargs;
        continue;
      }
      if (p.kind === 'varkw') continue;
      if ((p.kind === 'pos' || p.kind === 'posOrKw') && ai < nargs) {
        if (p.kind === 'posOrKw' && kw?.has(p.name)) {
          typeError(`argument for ${this.name}() given by name ('${p.name}') and position (${ai + 1})`);
        }
        out[i] = args[offset + ai++];
        continue;
      }
      const v = p.kind === 'pos' ? undefined : kw?.get(p.name);
      if (v !== undefined) out[i] = v;
      else if (p.required) this.missing(p, i);
      else out[i] = p.def;
    }
    if (kw !== null && kw.size > 0) {
      let extra: Map<string, PyValue> | null = null;
      for (const [k, v] of kw) {
        const p = params.find((q) => q.name === k && (q.kind === 'posOrKw' || q.kind === 'kwOnly'));
        if (p) continue;
        if (this.varkwIndex < 0) {
          const posOnly = params.find((q) => q.name === k && q.kind === 'pos');
          if (posOnly && this.style === 'kw') {
            typeError(`${this.name}() got some positional-only arguments passed as keyword arguments: '${k}'`);
          }
          typeError(`'${k}' is an invalid keyword argument for ${this.name}()`);
        }
        (extra ??= new Map()).set(k, v);
      }
      if (this.varkwIndex >= 0) out[this.varkwIndex] = extra;
    } else if (this.varkwIndex >= 0) out[this.varkwIndex] = null;
    return out;
  }

  private checkCounts(nargs: number, kw: KwArgs | null): void {
    const nkw = kw === null ? 0 : kw.size;
    const plural = (n: number) => (n === 1 ? '' : 's');
    switch (this.style) {
      case 'noargs':
        if (nargs + nkw > 0) {
          if (nargs === 0) typeError(`${this.qualname}() takes no keyword arguments`);
          typeError(`${this.qualname}() takes no arguments (${nargs} given)`);
        }
        return;
      case 'O':
        if (nkw > 0) typeError(`${this.qualname}() takes no keyword arguments`);
        if (nargs !== 1) typeError(`${this.qualname}() takes exactly one argument (${nargs} given)`);
        return;
      case 'pos': {
        if (nkw > 0) typeError(`${this.qualname}() takes no keyword arguments`);
        const max = this.maxPositional;
        const min = this.minPositional;
        if (min === max && nargs !== min) typeError(`${this.name} expected ${min} argument${plural(min)}, got ${nargs}`);
        if (nargs < min) typeError(`${this.name} expected at least ${min} argument${plural(min)}, got ${nargs}`);
        if (nargs > max) typeError(`${this.name} expected at most ${max} argument${plural(max)}, got ${nargs}`);
        return;
      }
      case 'kw': {
        const max = this.maxPositional;
        if (nargs > max) {
          if (max === 0) typeError(`${this.name}() takes no positional arguments`);
          const total = this.params.filter((p) => p.kind !== 'varargs' && p.kind !== 'varkw').length;
          if (total === max || nargs + nkw > total) {
            typeError(`${this.name}() takes at most ${total} argument${plural(total)} (${nargs + nkw} given)`);
          }
          // _PyArg_UnpackKeywords: "exactly" when every positional parameter is required.
          const how = this.minPositional < max ? 'at most' : 'exactly';
          typeError(`${this.name}() takes ${how} ${max} positional argument${plural(max)} (${nargs} given)`);
        }
        if (this.varkwIndex < 0 && nkw > 0) {
          const kwCapable = this.params.filter((p) => p.kind === 'posOrKw' || p.kind === 'kwOnly').length;
          const total = this.params.filter((p) => p.kind !== 'varargs' && p.kind !== 'varkw').length;
          if (nargs + nkw > total && this.varargsIndex < 0) {
            if (nargs === 0 && nkw > kwCapable) {
              typeError(`${this.name}() takes at most ${kwCapable} keyword argument${plural(kwCapable)} (${nkw} given)`);
            }
            typeError(`${this.name}() takes at most ${total} argument${plural(total)} (${nargs + nkw} given)`);
          }
        }
        return;
      }
    }
  }

  private missing(p: Param, index: number): never {
    if (p.kind === 'kwOnly') typeError(`${this.name}() missing required keyword-only argument '${p.name}'`);
    if (this.style === 'pos') {
      typeError(`${this.name} expected at least ${this.minPositional} argument${this.minPositional === 1 ? '' : 's'}, got ${index}`);
    }
    return typeError(`${this.name}() missing required argument '${p.name}' (pos ${index + 1})`);
  }
}

const cache = new Map<string, Signature>();

/** A cached Signature (natives call this at definition time, not per call). */
export function sig(name: string, text: string, qualname?: string, style?: Style): Signature {
  const key = `${qualname ?? name}|${text}|${style ?? ''}`;
  let s = cache.get(key);
  if (s === undefined) {
    s = new Signature(name, qualname ?? name, text, style);
    cache.set(key, s);
  }
  return s;
}
