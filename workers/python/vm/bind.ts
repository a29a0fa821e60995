/**
 * Creating the frame of a Python function call: binding positional and keyword arguments to
 * parameters (CPython's initialize_locals), with its exact TypeError messages.
 *
 * Arguments are read from a window of the caller's value stack (or any array) to avoid copying:
 * src[start .. start+argc) are the arguments, the last `kwnames.length` of them keyword values.
 */
import type { PyValue } from '../objects/object';
import { PyFunction, PyCell } from '../objects/function';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { CO_VARARGS, CO_VARKEYWORDS, FAST_CELL } from '../compiler/code';
import { Frame, acquireFrame } from './frame';
import { typeError } from '../runtime/errors';

export function makeFrame(func: PyFunction, src: PyValue[], start: number, argc: number, kwnames: PyTuple | null): Frame {
  const code = func.code;
  const f = acquireFrame(code, func);
  const locals = f.stack;
  const nkw = kwnames === null ? 0 : kwnames.items.length;
  const npos = argc - nkw;
  // Fast path: exact positional match, no collectors, no keyword-only parameters.
  if (nkw === 0 && npos === code.argcount && code.kwonlyargcount === 0 && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0) {
    for (let i = 0; i < npos; i++) locals[i] = src[start + i];
    return f;
  }
  bindSlow(func, f, src, start, npos, kwnames);
  return f;
}

function bindSlow(func: PyFunction, f: Frame, src: PyValue[], start: number, npos: number, kwnames: PyTuple | null): void {
  const code = func.code;
  const locals = f.stack;
  const argcount = code.argcount;
  const totalArgs = argcount + code.kwonlyargcount;
  const varnames = code.localsplusNames;
  const qn = func.qualname;
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) locals[i] = src[start + i];
  let kwdict: PyDict | null = null;
  if (code.flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    locals[totalArgs + (code.flags & CO_VARARGS ? 1 : 0)] = kwdict;
  }
  if (code.flags & CO_VARARGS) {
    locals[totalArgs] = npos > argcount ? newTuple(src.slice(start + argcount, start + npos)) : newTuple([]);
  }
  // Keyword arguments.
  if (kwnames !== null) {
    const names = kwnames.items as string[];
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      const value = src[start + npos + k];
      let j = -1;
      for (let p = code.posonlyargcount; p < totalArgs; p++) {
        if (varnames[p] === name) {
          j = p;
          break;
        }
      }
      if (j < 0) {
        if (kwdict !== null) {
          kwdict.setStr(name, value);
          continue;
        }
        // positional_only_passed_as_keyword: at the first keyword matching no parameter, all the
        // positional-only parameters given as keywords, in parameter order.
        const posOnly: string[] = [];
        for (let p = 0; p < code.posonlyargcount; p++) if (names.includes(varnames[p])) posOnly.push(varnames[p]);
        if (posOnly.length > 0) typeError(`${qn}() got some positional-only arguments passed as keyword arguments: '${posOnly.join(', ')}'`);
        typeError(`${qn}() got an unexpected keyword argument '${name}'`);
      }
      if (locals[j] !== undefined) typeError(`${qn}() got multiple values for argument '${name}'`);
      locals[j] = value;
    }
  }
  if (npos > argcount && !(code.flags & CO_VARARGS)) tooManyPositional(func, npos, locals);
  // Defaults for missing positional parameters.
  const defaults = func.defaults;
  const ndefs = defaults === null ? 0 : defaults.length;
  if (npos < argcount) {
    const firstDefault = argcount - ndefs;
    const missing: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (locals[i] !== undefined) continue;
      if (i >= firstDefault) locals[i] = defaults![i - firstDefault];
      else missing.push(varnames[i]);
    }
    if (missing.length > 0) missingArgs(qn, missing, 'positional');
  }
  if (code.kwonlyargcount > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < totalArgs; i++) {
      if (locals[i] !== undefined) continue;
      const d = func.kwdefaults?.getStr(varnames[i]);
      if (d !== undefined) locals[i] = d;
      else missing.push(varnames[i]);
    }
    if (missing.length > 0) missingArgs(qn, missing, 'keyword-only');
  }
}

function missingArgs(qn: string, names: string[], kind: string): never {
  const quoted = names.map((n) => `'${n}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0];
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  const n = names.length;
  return typeError(`${qn}() missing ${n} required ${kind} argument${n === 1 ? '' : 's'}: ${list}`);
}

function tooManyPositional(func: PyFunction, given: number, locals: PyValue[]): never {
  const code = func.code;
  const argcount = code.argcount;
  const ndefs = func.defaults === null ? 0 : func.defaults.length;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + code.kwonlyargcount; i++) if (locals[i] !== undefined) kwonlyGiven++;
  const plural = (k: number) => (k === 1 ? '' : 's');
  let sig: string;
  if (ndefs > 0) sig = `from ${argcount - ndefs} to ${argcount} positional arguments`;
  else sig = `${argcount} positional argument${plural(argcount)}`;
  let givenMsg: string;
  if (kwonlyGiven > 0) {
    givenMsg = ` positional argument${plural(given)} (and ${kwonlyGiven} keyword-only argument${plural(kwonlyGiven)})`;
  } else givenMsg = '';
  const verb = given === 1 && kwonlyGiven === 0 ? 'was' : 'were';
  return typeError(`${func.qualname}() takes ${sig} but ${given}${givenMsg} ${verb} given`);
}

/** MAKE_CELL / COPY_FREE_VARS semantics, applied eagerly (used when creating generators). */
export function setupCells(f: Frame): number {
  const code = f.code;
  const instrs = code.instrs;
  let pc = 0;
  for (;;) {
    const op = instrs[pc];
    const arg = instrs[pc + 1];
    if (op === MAKE_CELL_OP) {
      f.stack[arg] = new PyCell(f.stack[arg]);
    } else if (op === COPY_FREE_VARS_OP) {
      const closure = f.func!.closure!;
      const base = code.nlocalsplus - arg;
      for (let i = 0; i < arg; i++) f.stack[base + i] = closure[i];
    } else return pc;
    pc += 2;
  }
}

import { MAKE_CELL as MAKE_CELL_OP, COPY_FREE_VARS as COPY_FREE_VARS_OP } from '../compiler/opcodes';
export { FAST_CELL };
