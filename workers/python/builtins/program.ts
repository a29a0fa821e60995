/** Builtins that talk to the program's environment: print, input, exit/quit, exec, eval, compile, __import__. */
import type { PyValue } from '../objects/object';
import { None, typeOf } from '../objects/core-types';
import { PyDict } from '../objects/dict';
import { PyModule } from '../objects/module';
import { PyBaseException } from '../objects/exception';
import { PyCode } from '../compiler/code';
import { PyBytes } from '../objects/bytes';
import { PyTuple } from '../objects/tuple';
import { func, rawFunc } from '../runtime/define';
import { typeError, systemExitType, eofErrorType, throwPy, valueErrorType } from '../runtime/errors';
import { pyStr } from '../ops/strrepr';
import { pyGetAttr } from '../ops/attr';
import { pyCall } from '../ops/call';
import { sig } from '../runtime/args';
import { currentThread, currentFrame } from '../vm/current';
import { ExecRequest } from '../vm/requests';
import { importModule, readFile } from '../vm/imports';
import { type SourceOrigin } from '../compile';
import { compileWithWarnings } from '../compile-warnings';
import { frameLocals } from './introspection';
import type { KwArgs } from '../vm/native';

function sysStream(name: 'stdout' | 'stderr'): PyValue {
  const sys = currentThread().interp.getModule('sys');
  return sys?.ns.getStr(name) ?? None;
}

const printSig = sig('print', '*args, sep=None, end=None, file=None, flush=False');
export const print = rawFunc('print', function* (args: PyValue[], kw: KwArgs | null) {
  const [objs, sepArg, endArg, fileArg, flush] = printSig.bind(args, kw);
  const sep = sepArg === None ? ' ' : sepArg;
  const end = endArg === None ? '\n' : endArg;
  if (typeof sep !== 'string') typeError(`sep must be None or a string, not ${typeOf(sep).name}`);
  if (typeof end !== 'string') typeError(`end must be None or a string, not ${typeOf(end).name}`);
  const file = fileArg === None ? sysStream('stdout') : fileArg;
  if (file === None) return None;
  const write = yield* pyGetAttr(file, 'write');
  const items = objs as PyValue[];
  for (let i = 0; i < items.length; i++) {
    if (i > 0) yield* pyCall(write, [sep]);
    yield* pyCall(write, [yield* pyStr(items[i])]);
  }
  yield* pyCall(write, [end]);
  if (flush !== false && flush !== None) yield* pyCall(yield* pyGetAttr(file, 'flush'), []);
  return None;
});

export const input = func('input', 'prompt=\'\', /', function* (prompt: PyValue) {
  if (prompt !== '') {
    const out = sysStream('stdout');
    yield* pyCall(yield* pyGetAttr(out, 'write'), [yield* pyStr(prompt)]);
  }
  return throwPy(eofErrorType, 'EOF when reading a line');
});

function exitFn(name: string) {
  return func(name, 'code=None, /', (code: PyValue) => {
    throw new PyBaseException(systemExitType, code === None ? [] : [code]);
  });
}
export const exit = exitFn('exit');
export const quit = exitFn('quit');

/** Globals/locals for exec/eval: explicit dicts or the caller's namespaces. */
function namespaces(g: PyValue, l: PyValue, fn: string): [PyDict, PyDict] {
  const f = currentFrame();
  if (g === None) {
    const globals = f?.globals ?? new PyDict();
    const locals = l === None ? (f?.locals ?? frameLocals()) : (l as PyDict);
    return [globals, locals];
  }
  if (!(g instanceof PyDict)) typeError(`${fn}() globals must be a dict, not ${typeOf(g).name}`);
  if (l !== None && !(l instanceof PyDict)) typeError(`locals must be a mapping`);
  const globals = g as PyDict;
  if (globals.getStr('__builtins__') === undefined) globals.setStr('__builtins__', currentThread().interp.builtins);
  return [globals, l === None ? globals : (l as PyDict)];
}

function sourceOf(src: PyValue, fn: string): string {
  if (typeof src === 'string') return src;
  if (src instanceof PyBytes) return new TextDecoder().decode(src.b);
  return typeError(`${fn}() arg 1 must be a string, bytes or code object`);
}

/** compile()'s source is a str (character columns in syntax errors) or bytes (byte columns). */
function originOf(src: PyValue): SourceOrigin {
  return typeof src === 'string' ? 'string' : 'bytes';
}

export const exec = func('exec', 'source, globals=None, locals=None, /', function* (src: PyValue, g: PyValue, l: PyValue) {
  const [globals, locals] = namespaces(g, l, 'exec');
  const code = src instanceof PyCode ? src : yield* compileWithWarnings(sourceOf(src, 'exec'), '<string>', 'exec', originOf(src));
  yield new ExecRequest(code, globals, locals, null);
  return None;
});

export const evalFn = func('eval', 'source, globals=None, locals=None, /', function* (src: PyValue, g: PyValue, l: PyValue) {
  const [globals, locals] = namespaces(g, l, 'eval');
  let code: PyCode;
  if (src instanceof PyCode) code = src;
  else {
    const text = sourceOf(src, 'eval').replace(/^[ \t]+/, '');
    code = yield* compileWithWarnings(text, '<string>', 'eval', originOf(src));
  }
  return (yield new ExecRequest(code, globals, locals, null)) as PyValue;
});

export const compile = func('compile', 'source, filename, mode, flags=0, dont_inherit=False, optimize=-1', function* (src: PyValue, filename: PyValue, mode: PyValue) {
  if (typeof filename !== 'string') typeError('compile() argument 2 must be str');
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') throwPy(valueErrorType, "compile() mode must be 'exec', 'eval' or 'single'");
  return yield* compileWithWarnings(sourceOf(src, 'compile'), filename as string, mode as 'exec' | 'eval' | 'single', originOf(src), programText);
});

/** PyErr_ProgramTextObject: a line of the file named `filename` (decoded with replacement), or null. */
function programText(filename: string, lineno: number): string | null {
  if (lineno < 1) return null;
  const bytes = readFile(currentThread().interp, filename);
  if (bytes === null) return null;
  const lines = new TextDecoder().decode(bytes).split(/(?<=\n)/);
  return lineno <= lines.length ? lines[lineno - 1] : null;
}

export const importFn = func('__import__', 'name, globals=None, locals=None, fromlist=(), level=0', function* (name: PyValue, _g: PyValue, _l: PyValue, fromlist: PyValue, level: PyValue) {
  if (typeof name !== 'string') typeError(`__import__() argument 1 must be str, not ${typeOf(name).name}`);
  void level;
  const interp = currentThread().interp;
  const mod = yield* importModule(interp, name as string);
  const hasFrom = fromlist instanceof PyTuple ? fromlist.items.length > 0 : fromlist !== None;
  if (hasFrom) return mod;
  return interp.getModule((name as string).split('.')[0]) as PyModule;
});
