/**
 * `dis`: disassembly in CPython 3.11's format. The text is decoded from `co_code` as CPython lays
 * it out (cpython-layout.ts: CPython's opcode numbers, EXTENDED_ARG, inline caches, relative
 * jumps), so offsets, jump targets and the ExceptionTable section read exactly as in CPython for
 * the same bytecode. Our compiler follows CPython 3.11's code generation; where it differs, this
 * shows what our VM really runs, never a made-up listing.
 *
 * Supported: dis(x, *, file, depth, show_caches, adaptive), disassemble/disco, code_info,
 * show_code, the opcode tables.
 * `adaptive=True` shows the unspecialised instructions (our VM specialises differently from
 * CPython; its quickened forms are not CPython's and are not shown).
 */
import type { PyValue } from '../python/objects/object';
import type { PyModule } from '../python/objects/module';
import type { Interpreter } from '../python/vm/interpreter-state';
import { None, typeOf, functionType, methodType, staticmethodType, classmethodType, codeType, typeType } from '../python/objects/core-types';
import { PyBytes, PyByteArray } from '../python/objects/bytes';
import { PyCode } from '../python/compiler/code';
import { PyList } from '../python/objects/list';
import { newTuple, PyTuple } from '../python/objects/tuple';
import { PyDict } from '../python/objects/dict';
import { cpythonLayout } from '../python/compiler/cpython-layout';
import {
  CPY_OPMAP, CPY_CACHES, CPY_HAVE_ARGUMENT, CPY_EXTENDED_ARG, CPY_HASJREL, CPY_HASCONST, CPY_CMP_OP, CPY_NB_OPS,
} from '../python/compiler/cpython-opcodes';
import { pyRepr } from '../python/ops/strrepr';
import { pyGetAttr, pyGetAttrOpt } from '../python/ops/attr';
import { pyCall } from '../python/ops/call';
import { iterToArray } from '../python/ops/iter';
import { typeError, runtimeErrorType, throwPy, notImplementedError } from '../python/runtime/errors';
import { compileSource } from '../python/compile';
import { currentThread } from '../python/vm/current';
import type { NativeGen } from '../python/vm/native';
import { defModFn } from './util';

// ---- opcode tables (CPython's numbering) ----

const OPNAME: string[] = [];
for (let i = 0; i < 256; i++) OPNAME.push(`<${i}>`);
for (const [name, n] of Object.entries(CPY_OPMAP)) OPNAME[n] = name;
const CACHES = new Int32Array(256);
for (const [name, n] of Object.entries(CPY_CACHES)) CACHES[CPY_OPMAP[name]] = n;
const HASJREL = new Set(CPY_HASJREL);
const HASCONST = new Set(CPY_HASCONST);
const HASNAME = new Set(
  ['STORE_NAME', 'DELETE_NAME', 'STORE_ATTR', 'DELETE_ATTR', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_NAME',
    'LOAD_ATTR', 'IMPORT_NAME', 'IMPORT_FROM', 'LOAD_GLOBAL', 'LOAD_METHOD'].map((n) => CPY_OPMAP[n]),
);
const HASLOCAL = new Set(['LOAD_FAST', 'STORE_FAST', 'DELETE_FAST'].map((n) => CPY_OPMAP[n]));
const HASFREE = new Set(
  ['MAKE_CELL', 'LOAD_CLOSURE', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLASSDEREF'].map((n) => CPY_OPMAP[n]),
);
const BACKWARD = new Set(
  ['JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT', 'POP_JUMP_BACKWARD_IF_FALSE', 'POP_JUMP_BACKWARD_IF_TRUE',
    'POP_JUMP_BACKWARD_IF_NONE', 'POP_JUMP_BACKWARD_IF_NOT_NONE'].map((n) => CPY_OPMAP[n]),
);
const OP = CPY_OPMAP;
const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const FORMAT_CONVERTERS = ['', 'str', 'repr', 'ascii'];

// ---- decoding ----

/** What a code object adds to raw bytes: names for operands, line starts, the exception table. */
interface CodeContext {
  consts: PyValue[];
  names: string[];
  localsplus: string[];
  /** byte offset → line number, where a new source line starts */
  linestarts: Map<number, number>;
  /** start, end (exclusive), target (byte offsets), depth, lasti */
  exceptions: number[][];
}

interface Instr {
  offset: number;
  opname: string;
  arg: number | null;
  argrepr: string;
  startsLine: number | null;
  isJumpTarget: boolean;
}

function jumpTarget(op: number, arg: number, offset: number): number {
  return offset + 2 + (BACKWARD.has(op) ? -arg : arg) * 2;
}

function* decode(code: Uint8Array, ctx: CodeContext | null, showCaches: boolean): NativeGen<Instr[]> {
  const labels = new Set<number>();
  for (const [offset, op, arg] of unpack(code)) if (HASJREL.has(op)) labels.add(jumpTarget(op, arg!, offset));
  if (ctx) for (const e of ctx.exceptions) labels.add(e[2]);
  const out: Instr[] = [];
  for (const [offset, op, arg] of unpack(code)) {
    let argrepr = '';
    if (arg !== null) {
      if (HASCONST.has(op)) {
        // CPython 3.11 only resolves LOAD_CONST (KW_NAMES prints its bare index).
        if (op === OP.LOAD_CONST && ctx) argrepr = yield* pyRepr(ctx.consts[arg]);
      } else if (HASNAME.has(op)) {
        if (ctx) {
          if (op === OP.LOAD_GLOBAL) argrepr = (arg & 1 ? 'NULL + ' : '') + ctx.names[arg >> 1];
          else argrepr = ctx.names[arg];
        }
      } else if (HASJREL.has(op)) {
        argrepr = `to ${jumpTarget(op, arg, offset)}`;
      } else if (HASLOCAL.has(op) || HASFREE.has(op)) {
        if (ctx) argrepr = ctx.localsplus[arg];
      } else if (op === OP.COMPARE_OP) {
        argrepr = CPY_CMP_OP[arg];
      } else if (op === OP.FORMAT_VALUE) {
        argrepr = FORMAT_CONVERTERS[arg & 3];
        if (arg & 4) argrepr += (argrepr ? ', ' : '') + 'with format';
      } else if (op === OP.MAKE_FUNCTION) {
        argrepr = MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(', ');
      } else if (op === OP.BINARY_OP) {
        argrepr = CPY_NB_OPS[arg];
      }
    }
    out.push({
      offset,
      opname: OPNAME[op],
      arg,
      argrepr,
      startsLine: ctx?.linestarts.get(offset) ?? null,
      isJumpTarget: labels.has(offset),
    });
    if (showCaches) {
      for (let k = 1; k <= CACHES[op]; k++) {
        out.push({ offset: offset + 2 * k, opname: 'CACHE', arg: 0, argrepr: '', startsLine: null, isJumpTarget: false });
      }
    }
  }
  return out;
}

/** (offset, opcode, arg or null) per instruction, skipping caches; EXTENDED_ARG accumulates. */
function* unpack(code: Uint8Array): Generator<[number, number, number | null]> {
  let ext = 0;
  let caches = 0;
  for (let i = 0; i + 1 < code.length; i += 2) {
    if (caches > 0) {
      caches--;
      continue;
    }
    const op = code[i];
    caches = CACHES[op];
    if (op >= CPY_HAVE_ARGUMENT) {
      const arg = code[i + 1] | ext;
      ext = op === CPY_EXTENDED_ARG ? arg * 256 : 0;
      yield [i, op, arg];
    } else {
      ext = 0;
      yield [i, op, null];
    }
  }
}

function formatInstr(ins: Instr, linenoWidth: number, offsetWidth: number): string {
  const fields: string[] = [];
  if (linenoWidth) fields.push(ins.startsLine !== null ? String(ins.startsLine).padStart(linenoWidth) : ' '.repeat(linenoWidth));
  fields.push('   ');
  fields.push(ins.isJumpTarget ? '>>' : '  ');
  fields.push(String(ins.offset).padStart(offsetWidth));
  fields.push(ins.opname.padEnd(20));
  if (ins.arg !== null) {
    fields.push(String(ins.arg).padStart(5));
    if (ins.argrepr) fields.push(`(${ins.argrepr})`);
  }
  return fields.join(' ').trimEnd();
}

function* disassembleBytes(code: Uint8Array, ctx: CodeContext | null, showCaches: boolean): NativeGen<string[]> {
  const lines: string[] = [];
  const starts = ctx ? [...ctx.linestarts.values()] : [];
  const showLineno = starts.length > 0;
  const maxLine = showLineno ? Math.max(...starts) : 0;
  const linenoWidth = !showLineno ? 0 : maxLine >= 1000 ? String(maxLine).length : 3;
  const maxOffset = code.length - 2;
  const offsetWidth = maxOffset >= 10000 ? String(maxOffset).length : 4;
  for (const ins of yield* decode(code, ctx, showCaches)) {
    if (showLineno && ins.startsLine !== null && ins.offset > 0) lines.push('');
    lines.push(formatInstr(ins, linenoWidth, offsetWidth));
  }
  if (ctx && ctx.exceptions.length > 0) {
    lines.push('ExceptionTable:');
    for (const [start, end, target, depth, lasti] of ctx.exceptions) {
      lines.push(`  ${start} to ${end - 2} -> ${target} [${depth}]${lasti ? ' lasti' : ''}`);
    }
  }
  return lines;
}

function codeContext(co: PyCode): CodeContext {
  const layout = cpythonLayout(co);
  const linestarts = new Map<number, number>();
  for (let i = 0; i < co.ninstrs; i++) if (co.lineStarts[i]) linestarts.set(layout.start[i], co.positions[i * 4]);
  const exceptions: number[][] = [];
  const t = co.exceptionTable;
  for (let i = 0; i < t.length; i += 5) {
    exceptions.push([layout.start[t[i]], layout.start[t[i + 1]], layout.start[t[i + 2]], t[i + 3], t[i + 4]]);
  }
  return { consts: co.consts, names: co.names, localsplus: co.localsplusNames, linestarts, exceptions };
}

// ---- the public functions ----

class Writer {
  constructor(private readonly file: PyValue) {}
  *line(text: string): NativeGen<void> {
    let f = this.file;
    if (f === None) f = currentThread().interp.getModule('sys')?.ns.getStr('stdout') ?? None;
    if (f === None) return;
    yield* pyCall(yield* pyGetAttr(f, 'write'), [text + '\n']);
  }
  *lines(text: string[]): NativeGen<void> {
    for (const t of text) yield* this.line(t);
  }
}

function* disassemble(co: PyCode, out: Writer, showCaches: boolean): NativeGen<void> {
  yield* out.lines(yield* disassembleBytes(cpythonLayout(co).bytes, codeContext(co), showCaches));
}

function* disassembleRecursive(co: PyCode, out: Writer, depth: number | null, showCaches: boolean): NativeGen<void> {
  yield* disassemble(co, out, showCaches);
  if (depth !== null && depth <= 0) return;
  for (const c of co.consts) {
    if (c instanceof PyCode) {
      yield* out.line('');
      yield* out.line(`Disassembly of ${yield* pyRepr(c)}:`);
      yield* disassembleRecursive(c, out, depth === null ? null : depth - 1, showCaches);
    }
  }
}

const HAVE_CODE = [methodType, functionType, codeType, classmethodType, staticmethodType, typeType];

function* dis(x: PyValue, out: Writer, depth: number | null, showCaches: boolean): NativeGen<void> {
  if (x === None) {
    const sys = currentThread().interp.getModule('sys');
    if (sys?.ns.getStr('last_traceback') === undefined) throwPy(runtimeErrorType, 'no last traceback to disassemble');
    notImplementedError('dis.distb (disassembling sys.last_traceback) is not supported in Interleave');
  }
  // Unwrap methods, functions, generators and coroutines down to their code object.
  x = (yield* pyGetAttrOpt(x, '__func__')) ?? x;
  for (const attr of ['__code__', 'gi_code', 'ag_code', 'cr_code']) {
    const c = yield* pyGetAttrOpt(x, attr);
    if (c !== undefined) {
      x = c;
      break;
    }
  }
  const ns = x instanceof PyCode ? undefined : yield* pyGetAttrOpt(x, '__dict__');
  if (ns !== undefined) {
    // A class or module: every function-like member, sorted by name.
    const items = yield* iterToArray(yield* pyCall(yield* pyGetAttr(ns, 'items'), []));
    const pairs = items.map((it) => (it as PyTuple).items);
    pairs.sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0));
    for (const [name, member] of pairs) {
      if (!HAVE_CODE.some((t) => typeOf(member).isSubtypeOf(t))) continue;
      yield* out.line(`Disassembly of ${String(name)}:`);
      yield* dis(member, out, depth, showCaches);
      yield* out.line('');
    }
  } else if (x instanceof PyCode) {
    yield* disassembleRecursive(x, out, depth, showCaches);
  } else if (x instanceof PyBytes || x instanceof PyByteArray) {
    const bytes = x instanceof PyBytes ? x.b : x.view();
    yield* out.lines(yield* disassembleBytes(bytes, null, showCaches));
  } else if (typeof x === 'string') {
    let co: PyCode;
    try {
      co = compileSource(x, '<dis>', 'eval');
    } catch {
      co = compileSource(x, '<dis>', 'exec');
    }
    yield* disassembleRecursive(co, out, depth, showCaches);
  } else {
    typeError(`don't know how to disassemble ${typeOf(x).name} objects`);
  }
}

/** dis._get_code_object: the code object of a method, function, generator, coroutine or source. */
function* getCodeObject(x: PyValue): NativeGen<PyCode> {
  x = (yield* pyGetAttrOpt(x, '__func__')) ?? x;
  for (const attr of ['__code__', 'gi_code', 'ag_code', 'cr_code']) {
    const c = yield* pyGetAttrOpt(x, attr);
    if (c !== undefined) {
      x = c;
      break;
    }
  }
  if (typeof x === 'string') {
    const src = x;
    try {
      return compileSource(src, '<disassembly>', 'eval');
    } catch {
      return compileSource(src, '<disassembly>', 'exec');
    }
  }
  if (x instanceof PyCode) return x;
  return typeError(`don't know how to disassemble ${typeOf(x).name} objects`);
}

const COMPILER_FLAG_NAMES: Record<number, string> = {
  1: 'OPTIMIZED', 2: 'NEWLOCALS', 4: 'VARARGS', 8: 'VARKEYWORDS', 16: 'NESTED', 32: 'GENERATOR', 64: 'NOFREE',
  128: 'COROUTINE', 256: 'ITERABLE_COROUTINE', 512: 'ASYNC_GENERATOR',
};

/** dis.pretty_flags. */
function prettyFlags(flags: number): string {
  const names: string[] = [];
  for (let i = 0; i < 32; i++) {
    const flag = 2 ** i;
    if (flags & flag) {
      names.push(COMPILER_FLAG_NAMES[flag] ?? `0x${flag.toString(16)}`);
      flags ^= flag;
      if (!flags) return names.join(', ');
    }
  }
  names.push(`0x${flags.toString(16)}`);
  return names.join(', ');
}

/** dis._format_code_info. */
function* codeInfo(co: PyCode): NativeGen<string> {
  const lines = [
    `Name:              ${co.name}`,
    `Filename:          ${co.filename}`,
    `Argument count:    ${co.argcount}`,
    `Positional-only arguments: ${co.posonlyargcount}`,
    `Kw-only arguments: ${co.kwonlyargcount}`,
    `Number of locals:  ${co.varnames.length}`,
    `Stack size:        ${co.stacksize}`,
    `Flags:             ${prettyFlags(co.flags)}`,
  ];
  if (co.consts.length > 0) {
    lines.push('Constants:');
    for (let i = 0; i < co.consts.length; i++) lines.push(`${String(i).padStart(4)}: ${yield* pyRepr(co.consts[i])}`);
  }
  const section = (title: string, names: string[]) => {
    if (names.length === 0) return;
    lines.push(title);
    names.forEach((n, i) => lines.push(`${String(i).padStart(4)}: ${n}`));
  };
  section('Names:', co.names);
  section('Variable names:', co.varnames);
  section('Free variables:', co.freevars);
  section('Cell variables:', co.cellvars);
  return lines.join('\n');
}

function depthArg(d: PyValue): number | null {
  if (d === None) return null;
  if (typeof d === 'number') return d;
  if (typeof d === 'bigint') return Number(d);
  return typeError(`'<=' not supported between instances of '${typeOf(d).name}' and 'int'`);
}

function unsupported(ns: PyDict, name: string): void {
  defModFn(ns, 'dis', name, '*args, **kwargs', () => notImplementedError(`dis.${name} is not supported in Interleave yet`));
}

export function initDis(_interp: Interpreter, m: PyModule): void {
  const ns = m.ns;
  defModFn(ns, 'dis', 'dis', 'x=None, *, file=None, depth=None, show_caches=False, adaptive=False',
    function* (x: PyValue, file: PyValue, depth: PyValue, showCaches: PyValue) {
      yield* dis(x, new Writer(file), depthArg(depth), showCaches === true);
      return None;
    });
  const disassembleFn = function* (co: PyValue, lasti: PyValue, file: PyValue, showCaches: PyValue) {
    if (lasti !== -1) notImplementedError('dis.disassemble with lasti (the current-instruction marker) is not supported in Interleave yet');
    if (!(co instanceof PyCode)) return yield* pyGetAttr(co, 'co_code'); // CPython fails on the same attribute
    yield* disassemble(co, new Writer(file), showCaches === true);
    return None;
  };
  defModFn(ns, 'dis', 'disassemble', 'co, lasti=-1, *, file=None, show_caches=False, adaptive=False', disassembleFn);
  defModFn(ns, 'dis', 'disco', 'co, lasti=-1, *, file=None, show_caches=False, adaptive=False', disassembleFn);
  defModFn(ns, 'dis', 'code_info', 'x, /', function* (x: PyValue) {
    return yield* codeInfo(yield* getCodeObject(x));
  });
  defModFn(ns, 'dis', 'show_code', 'co, *, file=None', function* (co: PyValue, file: PyValue) {
    yield* new Writer(file).line(yield* codeInfo(yield* getCodeObject(co)));
    return None;
  });
  for (const name of ['distb', 'get_instructions', 'findlinestarts', 'findlabels', 'Bytecode', 'Instruction', 'stack_effect']) {
    unsupported(ns, name);
  }
  ns.setStr('opname', new PyList(OPNAME.slice()));
  const opmap = new PyDict();
  for (const [name, n] of Object.entries(CPY_OPMAP)) opmap.setStr(name, n);
  ns.setStr('opmap', opmap);
  ns.setStr('cmp_op', newTuple([...CPY_CMP_OP]));
  ns.setStr('hasconst', new PyList([...CPY_HASCONST]));
  ns.setStr('hasname', new PyList([...HASNAME].sort((a, b) => a - b)));
  ns.setStr('hasjrel', new PyList([...CPY_HASJREL]));
  ns.setStr('hasjabs', new PyList([]));
  ns.setStr('haslocal', new PyList([...HASLOCAL].sort((a, b) => a - b)));
  ns.setStr('hasfree', new PyList([...HASFREE].sort((a, b) => a - b)));
  ns.setStr('HAVE_ARGUMENT', CPY_HAVE_ARGUMENT);
  ns.setStr('EXTENDED_ARG', CPY_EXTENDED_ARG);
}
