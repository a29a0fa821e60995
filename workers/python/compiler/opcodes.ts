/**
 * The opcode table: the single source of truth for instruction names, operands, stack effects,
 * where CPython 3.11 checks its eval breaker, virtual costs and documentation.
 *
 * Names and meanings follow CPython 3.11's `dis` wherever they match. Our numbering is our own
 * (dense, for a fast switch). `caches` is CPython 3.11's inline-cache entry count for the opcode,
 * used only so that `dis` prints the same byte offsets CPython would.
 *
 * Eval-breaker sites (reference §2.2, [ceval311]): RESUME with oparg < 2 (function entry and after
 * a plain `yield`), backward jumps, and after a CALL/CALL_FUNCTION_EX whose callee is not a
 * Python function (a Python-to-Python call is checked by the callee's RESUME instead).
 */

import { OPCODE_COSTS } from './op-costs';

export type OperandKind =
  | 'none' // no operand (printed blank)
  | 'int' // a plain number
  | 'const' // index into co_consts
  | 'name' // index into co_names
  | 'global' // index into co_names, low bit = push NULL first (LOAD_GLOBAL)
  | 'local' // index into localsplus (fast locals)
  | 'free' // index into localsplus (cells/free vars)
  | 'jump' // target instruction index (absolute, internally)
  | 'binop' // BINARY_OP operator number
  | 'cmp' // COMPARE_OP comparison number
  | 'kwnames' // index into co_consts of a tuple of keyword names
  | 'format' // FORMAT_VALUE flags
  | 'resume' // RESUME kind
  | 'raise'; // RAISE_VARARGS / RERAISE count

export type Breaker = 'none' | 'always' | 'afterNativeCall';

export interface OpInfo {
  readonly name: string;
  readonly operand: OperandKind;
  /** Stack effect when the instruction does not jump, and when it jumps (for branches). */
  readonly effect: (arg: number, jump: boolean) => number;
  readonly caches: number;
  readonly breaker: Breaker;
  /** Virtual time of one execution in nanoseconds (calibrated against CPython 3.11: op-costs.ts). */
  readonly cost: number;
  readonly doc: string;
}

const table: OpInfo[] = [];
const byName = new Map<string, number>();

/** Opcode numbers are explicit and stable: the dispatch loop switches on literals (run.ts). */
function def(
  code: number,
  name: string,
  operand: OperandKind,
  effect: number | ((arg: number, jump: boolean) => number),
  doc: string,
  opts: { caches?: number; breaker?: Breaker; cost?: number } = {},
): number {
  if (code !== table.length) throw new Error(`opcode ${name}: expected number ${table.length}, got ${code}`);
  table.push({
    name,
    operand,
    effect: typeof effect === 'number' ? () => effect : effect,
    caches: opts.caches ?? 0,
    breaker: opts.breaker ?? 'none',
    // Calibrated costs come from the generated op-costs.ts (scripts/calibrate.py); an opcode the
    // calibration has not seen yet (and the pseudo-instructions, which never run) cost 10 ns.
    cost: opts.cost ?? OPCODE_COSTS[name] ?? 10,
    doc,
  });
  byName.set(name, code);
  return code;
}

// ---- stack manipulation ----
export const NOP = def(0, 'NOP', 'none', 0, 'Do nothing (keeps a line number alive).');
export const POP_TOP = def(1, 'POP_TOP', 'none', -1, 'Pop and discard TOS.');
export const PUSH_NULL = def(2, 'PUSH_NULL', 'none', 1, 'Push NULL (marks "no self" below a callable for CALL).');
export const COPY = def(3, 'COPY', 'int', 1, 'Push a copy of the i-th item (1 = TOS).');
export const SWAP = def(4, 'SWAP', 'int', 0, 'Swap TOS with the i-th item.');

// ---- constants and variables ----
export const LOAD_CONST = def(5, 'LOAD_CONST', 'const', 1, 'Push co_consts[i].');
export const LOAD_FAST = def(6, 'LOAD_FAST', 'local', 1, 'Push the local variable i.');
export const STORE_FAST = def(7, 'STORE_FAST', 'local', -1, 'Pop TOS into local variable i.');
export const DELETE_FAST = def(8, 'DELETE_FAST', 'local', 0, 'Delete local variable i.');
export const LOAD_NAME = def(9, 'LOAD_NAME', 'name', 1, 'Push a name from locals, then globals, then builtins.');
export const STORE_NAME = def(10, 'STORE_NAME', 'name', -1, 'Pop TOS into the locals mapping.');
export const DELETE_NAME = def(11, 'DELETE_NAME', 'name', 0, 'Delete a name from the locals mapping.');
export const LOAD_GLOBAL = def(12, 'LOAD_GLOBAL', 'global', (a) => (a & 1 ? 2 : 1), 'Push a global or builtin (low bit: push NULL first).', { caches: 5 });
export const STORE_GLOBAL = def(13, 'STORE_GLOBAL', 'name', -1, 'Pop TOS into a global.');
export const DELETE_GLOBAL = def(14, 'DELETE_GLOBAL', 'name', 0, 'Delete a global.');
export const MAKE_CELL = def(15, 'MAKE_CELL', 'free', 0, 'Wrap local slot i in a new cell (at function start).');
export const COPY_FREE_VARS = def(16, 'COPY_FREE_VARS', 'int', 0, "Copy the function's closure cells into the frame.");
export const LOAD_CLOSURE = def(17, 'LOAD_CLOSURE', 'free', 1, 'Push the cell in slot i (to build a closure).');
export const LOAD_DEREF = def(18, 'LOAD_DEREF', 'free', 1, 'Push the contents of the cell in slot i.');
export const LOAD_CLASSDEREF = def(19, 'LOAD_CLASSDEREF', 'free', 1, 'Class body: push a name from locals, else from cell i.');
export const STORE_DEREF = def(20, 'STORE_DEREF', 'free', -1, 'Pop TOS into the cell in slot i.');
export const DELETE_DEREF = def(21, 'DELETE_DEREF', 'free', 0, 'Empty the cell in slot i.');

// ---- attributes and subscripts ----
export const LOAD_ATTR = def(22, 'LOAD_ATTR', 'name', 0, 'Replace TOS with getattr(TOS, name).', { caches: 4 });
export const STORE_ATTR = def(23, 'STORE_ATTR', 'name', -2, 'TOS.name = TOS1.', { caches: 4 });
export const DELETE_ATTR = def(24, 'DELETE_ATTR', 'name', -1, 'del TOS.name.');
export const LOAD_METHOD = def(25, 'LOAD_METHOD', 'name', 1, 'Push (method, self) or (NULL, attribute) for a following CALL.', { caches: 10 });
export const BINARY_SUBSCR = def(26, 'BINARY_SUBSCR', 'none', -1, 'TOS = TOS1[TOS].', { caches: 4 });
export const STORE_SUBSCR = def(27, 'STORE_SUBSCR', 'none', -3, 'TOS1[TOS] = TOS2.', { caches: 1 });
export const DELETE_SUBSCR = def(28, 'DELETE_SUBSCR', 'none', -2, 'del TOS1[TOS].');

// ---- operators ----
export const BINARY_OP = def(29, 'BINARY_OP', 'binop', -1, 'TOS = TOS1 <op> TOS (op from the operand; 13+ are in-place).', { caches: 1 });
export const UNARY_POSITIVE = def(30, 'UNARY_POSITIVE', 'none', 0, 'TOS = +TOS.');
export const UNARY_NEGATIVE = def(31, 'UNARY_NEGATIVE', 'none', 0, 'TOS = -TOS.');
export const UNARY_NOT = def(32, 'UNARY_NOT', 'none', 0, 'TOS = not TOS.');
export const UNARY_INVERT = def(33, 'UNARY_INVERT', 'none', 0, 'TOS = ~TOS.');
export const COMPARE_OP = def(34, 'COMPARE_OP', 'cmp', -1, 'TOS = TOS1 <cmp> TOS (<, <=, ==, !=, >, >=).', { caches: 2 });
export const IS_OP = def(35, 'IS_OP', 'int', -1, 'TOS = TOS1 is TOS (operand 1: is not).');
export const CONTAINS_OP = def(36, 'CONTAINS_OP', 'int', -1, 'TOS = TOS1 in TOS (operand 1: not in).');

// ---- building ----
export const BUILD_TUPLE = def(37, 'BUILD_TUPLE', 'int', (a) => 1 - a, 'Pop n items into a tuple.');
export const BUILD_LIST = def(38, 'BUILD_LIST', 'int', (a) => 1 - a, 'Pop n items into a list.');
export const BUILD_SET = def(39, 'BUILD_SET', 'int', (a) => 1 - a, 'Pop n items into a set.');
export const BUILD_MAP = def(40, 'BUILD_MAP', 'int', (a) => 1 - 2 * a, 'Pop n key/value pairs into a dict.');
export const BUILD_CONST_KEY_MAP = def(41, 'BUILD_CONST_KEY_MAP', 'int', (a) => -a, 'Pop a key tuple and n values into a dict.');
export const BUILD_STRING = def(42, 'BUILD_STRING', 'int', (a) => 1 - a, 'Concatenate n strings.');
export const BUILD_SLICE = def(43, 'BUILD_SLICE', 'int', (a) => 1 - a, 'Pop 2 or 3 items into a slice.');
export const LIST_APPEND = def(44, 'LIST_APPEND', 'int', -1, 'Append TOS to the list at depth i (comprehensions).');
export const SET_ADD = def(45, 'SET_ADD', 'int', -1, 'Add TOS to the set at depth i (comprehensions).');
export const MAP_ADD = def(46, 'MAP_ADD', 'int', -2, 'Set dict[TOS1] = TOS at depth i (comprehensions).');
export const LIST_EXTEND = def(47, 'LIST_EXTEND', 'int', -1, 'Extend the list at depth i with iterable TOS.');
export const SET_UPDATE = def(48, 'SET_UPDATE', 'int', -1, 'Update the set at depth i with iterable TOS.');
export const DICT_UPDATE = def(49, 'DICT_UPDATE', 'int', -1, 'Update the dict at depth i with mapping TOS.');
export const DICT_MERGE = def(50, 'DICT_MERGE', 'int', -1, 'Merge mapping TOS into the dict at depth i (no duplicate keys: **kwargs).');
export const LIST_TO_TUPLE = def(51, 'LIST_TO_TUPLE', 'none', 0, 'Replace the list TOS with a tuple.');
export const UNPACK_SEQUENCE = def(52, 'UNPACK_SEQUENCE', 'int', (a) => a - 1, 'Unpack TOS into n items (pushed right to left).', { caches: 1 });
export const UNPACK_EX = def(53, 'UNPACK_EX', 'int', (a) => (a & 0xff) + (a >> 8), 'Unpack TOS with a starred target (low byte: before, high: after).');
export const FORMAT_VALUE = def(54, 'FORMAT_VALUE', 'format', (a) => ((a & 4) === 4 ? -1 : 0), 'Format TOS for an f-string (conversion and optional spec).');

// ---- control flow ----
export const JUMP_FORWARD = def(55, 'JUMP_FORWARD', 'jump', 0, 'Jump forward.');
export const JUMP_BACKWARD = def(56, 'JUMP_BACKWARD', 'jump', 0, 'Jump backward (checks the eval breaker).', { breaker: 'always' });
export const JUMP_BACKWARD_NO_INTERRUPT = def(57, 'JUMP_BACKWARD_NO_INTERRUPT', 'jump', 0, 'Jump backward without an eval-breaker check (yield from loops).');
export const POP_JUMP_FORWARD_IF_FALSE = def(58, 'POP_JUMP_FORWARD_IF_FALSE', 'jump', -1, 'Pop TOS; jump forward if it is false.');
export const POP_JUMP_FORWARD_IF_TRUE = def(59, 'POP_JUMP_FORWARD_IF_TRUE', 'jump', -1, 'Pop TOS; jump forward if it is true.');
export const POP_JUMP_FORWARD_IF_NONE = def(60, 'POP_JUMP_FORWARD_IF_NONE', 'jump', -1, 'Pop TOS; jump forward if it is None.');
export const POP_JUMP_FORWARD_IF_NOT_NONE = def(61, 'POP_JUMP_FORWARD_IF_NOT_NONE', 'jump', -1, 'Pop TOS; jump forward if it is not None.');
export const POP_JUMP_BACKWARD_IF_FALSE = def(62, 'POP_JUMP_BACKWARD_IF_FALSE', 'jump', -1, 'Pop TOS; jump backward if false (checks the eval breaker when jumping).', { breaker: 'always' });
export const POP_JUMP_BACKWARD_IF_TRUE = def(63, 'POP_JUMP_BACKWARD_IF_TRUE', 'jump', -1, 'Pop TOS; jump backward if true (checks the eval breaker when jumping).', { breaker: 'always' });
export const POP_JUMP_BACKWARD_IF_NONE = def(64, 'POP_JUMP_BACKWARD_IF_NONE', 'jump', -1, 'Pop TOS; jump backward if None.', { breaker: 'always' });
export const POP_JUMP_BACKWARD_IF_NOT_NONE = def(65, 'POP_JUMP_BACKWARD_IF_NOT_NONE', 'jump', -1, 'Pop TOS; jump backward if not None.', { breaker: 'always' });
export const JUMP_IF_FALSE_OR_POP = def(66, 'JUMP_IF_FALSE_OR_POP', 'jump', (_a, j) => (j ? 0 : -1), 'If TOS is false jump (keeping it), else pop it.');
export const JUMP_IF_TRUE_OR_POP = def(67, 'JUMP_IF_TRUE_OR_POP', 'jump', (_a, j) => (j ? 0 : -1), 'If TOS is true jump (keeping it), else pop it.');
export const GET_ITER = def(68, 'GET_ITER', 'none', 0, 'TOS = iter(TOS).');
export const FOR_ITER = def(69, 'FOR_ITER', 'jump', (_a, j) => (j ? -1 : 1), 'Push next(TOS); when exhausted pop the iterator and jump.');

// ---- calls and functions ----
export const RESUME = def(70, 'RESUME', 'resume', 0, 'Start or resume a frame (0 = start; checks the eval breaker when oparg < 2).', { breaker: 'always' });
export const KW_NAMES = def(71, 'KW_NAMES', 'kwnames', 0, 'Record the keyword names (a const tuple) for the next CALL.');
export const PRECALL = def(72, 'PRECALL', 'int', 0, 'Prepare a call with n arguments (unpacks bound methods).', { caches: 1 });
export const CALL = def(73, 'CALL', 'int', (a) => -a - 1, 'Call the callable below n arguments (and NULL or self).', { caches: 4, breaker: 'afterNativeCall' });
export const CALL_FUNCTION_EX = def(74, 'CALL_FUNCTION_EX', 'int', (a) => -2 - (a & 1), 'Call with an args tuple (and a kwargs dict if operand & 1).', { breaker: 'afterNativeCall' });
export const MAKE_FUNCTION = def(75, 'MAKE_FUNCTION', 'int', (a) => -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1)), 'Build a function from the code object TOS (flags: defaults, kwdefaults, annotations, closure).');
export const RETURN_VALUE = def(76, 'RETURN_VALUE', 'none', -1, 'Return TOS to the caller.');
export const LOAD_BUILD_CLASS = def(77, 'LOAD_BUILD_CLASS', 'none', 1, 'Push builtins.__build_class__.');
export const SETUP_ANNOTATIONS = def(78, 'SETUP_ANNOTATIONS', 'none', 0, 'Create __annotations__ in the locals mapping.');

// ---- generators and coroutines ----
export const RETURN_GENERATOR = def(79, 'RETURN_GENERATOR', 'none', 1, 'Create the generator/coroutine for this frame and return it.');
export const YIELD_VALUE = def(80, 'YIELD_VALUE', 'none', 0, 'Yield TOS; the sent value replaces it on resume.');
export const GET_YIELD_FROM_ITER = def(81, 'GET_YIELD_FROM_ITER', 'none', 0, 'TOS = iter(TOS), unless it is a generator/coroutine.');
export const SEND = def(82, 'SEND', 'jump', (_a, j) => (j ? -1 : 0), 'Send TOS into the sub-iterator TOS1; when it returns, replace both with the result and jump.');
export const GET_AWAITABLE = def(83, 'GET_AWAITABLE', 'int', 0, 'TOS = the iterator of awaitable TOS.');
export const GET_AITER = def(84, 'GET_AITER', 'none', 0, 'TOS = TOS.__aiter__().');
export const GET_ANEXT = def(85, 'GET_ANEXT', 'none', 1, 'Push the awaitable of TOS.__anext__().');
export const END_ASYNC_FOR = def(86, 'END_ASYNC_FOR', 'none', -2, 'End an async for loop on StopAsyncIteration, else re-raise.');
export const BEFORE_ASYNC_WITH = def(87, 'BEFORE_ASYNC_WITH', 'none', 1, 'Push __aexit__ and the awaitable of __aenter__().');
export const ASYNC_GEN_WRAP = def(88, 'ASYNC_GEN_WRAP', 'none', 0, 'Wrap a value yielded by an async generator.');

// ---- exceptions and with ----
export const PUSH_EXC_INFO = def(89, 'PUSH_EXC_INFO', 'none', 1, 'Push the previously handled exception, then make TOS the handled one.');
export const POP_EXCEPT = def(90, 'POP_EXCEPT', 'none', -1, 'Restore the handled exception from TOS.');
export const CHECK_EXC_MATCH = def(91, 'CHECK_EXC_MATCH', 'none', 0, 'TOS = isinstance(TOS1, TOS) for an except clause.');
export const RERAISE = def(92, 'RERAISE', 'raise', -1, 'Re-raise TOS (operand: also restore the frame position from the stack).');
export const RAISE_VARARGS = def(93, 'RAISE_VARARGS', 'raise', (a) => -a, 'raise / raise exc / raise exc from cause.');
export const LOAD_ASSERTION_ERROR = def(94, 'LOAD_ASSERTION_ERROR', 'none', 1, 'Push AssertionError.');
export const BEFORE_WITH = def(95, 'BEFORE_WITH', 'none', 1, 'Push __exit__ and the result of __enter__().');
export const WITH_EXCEPT_START = def(96, 'WITH_EXCEPT_START', 'none', 1, 'Call __exit__(type, value, tb) for the exception on the stack.');

// ---- imports ----
export const IMPORT_NAME = def(97, 'IMPORT_NAME', 'name', -1, 'Import a module (pops level and fromlist).');
export const IMPORT_FROM = def(98, 'IMPORT_FROM', 'name', 1, 'Push an attribute (or submodule) of the module TOS.');
export const IMPORT_STAR = def(99, 'IMPORT_STAR', 'none', -1, 'from module import *.');

// ---- pseudo-instructions: exist only while compiling, removed by the assembler ----
export const SETUP_FINALLY = def(100, 'SETUP_FINALLY', 'jump', (_a, j) => (j ? 1 : 0), 'Pseudo: push a handler (try).');
export const SETUP_CLEANUP = def(101, 'SETUP_CLEANUP', 'jump', (_a, j) => (j ? 2 : 0), 'Pseudo: push a cleanup handler (lasti pushed).');
export const SETUP_WITH = def(102, 'SETUP_WITH', 'jump', (_a, j) => (j ? 1 : 0), 'Pseudo: push a with handler (lasti pushed).');
export const POP_BLOCK = def(103, 'POP_BLOCK', 'none', 0, 'Pseudo: pop the handler.');
export const JUMP = def(104, 'JUMP', 'jump', 0, 'Pseudo: jump (direction resolved by the assembler).');
export const JUMP_NO_INTERRUPT = def(105, 'JUMP_NO_INTERRUPT', 'jump', 0, 'Pseudo: jump without breaker check.');
export const POP_JUMP_IF_FALSE = def(106, 'POP_JUMP_IF_FALSE', 'jump', -1, 'Pseudo: pop and jump if false.');
export const POP_JUMP_IF_TRUE = def(107, 'POP_JUMP_IF_TRUE', 'jump', -1, 'Pseudo: pop and jump if true.');
export const POP_JUMP_IF_NONE = def(108, 'POP_JUMP_IF_NONE', 'jump', -1, 'Pseudo: pop and jump if None.');
export const POP_JUMP_IF_NOT_NONE = def(109, 'POP_JUMP_IF_NOT_NONE', 'jump', -1, 'Pseudo: pop and jump if not None.');

// ---- superinstructions: only in a code object's executable copy (vm/quicken.ts), never in
// `instrs`, so dis, positions and tracebacks see the real instructions. Each executes the
// instruction it replaces and the next one; it costs both and counts as two for the budget.
function superOp(code: number, name: string, first: number, second: number, doc: string): number {
  return def(code, name, 'int', 0, doc, { cost: table[first].cost + table[second].cost });
}
export const PRECALL__CALL = superOp(110, 'PRECALL__CALL', PRECALL, CALL, 'Super: PRECALL then CALL.');
export const LOAD_FAST__LOAD_FAST = superOp(111, 'LOAD_FAST__LOAD_FAST', LOAD_FAST, LOAD_FAST, 'Super: two LOAD_FAST.');
export const LOAD_FAST__LOAD_CONST = superOp(112, 'LOAD_FAST__LOAD_CONST', LOAD_FAST, LOAD_CONST, 'Super: LOAD_FAST then LOAD_CONST.');
export const LOAD_CONST__LOAD_FAST = superOp(113, 'LOAD_CONST__LOAD_FAST', LOAD_CONST, LOAD_FAST, 'Super: LOAD_CONST then LOAD_FAST.');
export const STORE_FAST__LOAD_FAST = superOp(114, 'STORE_FAST__LOAD_FAST', STORE_FAST, LOAD_FAST, 'Super: STORE_FAST then LOAD_FAST.');
export const STORE_FAST__STORE_FAST = superOp(115, 'STORE_FAST__STORE_FAST', STORE_FAST, STORE_FAST, 'Super: two STORE_FAST.');
export const COMPARE_OP__POP_JUMP = superOp(116, 'COMPARE_OP__POP_JUMP', COMPARE_OP, POP_JUMP_FORWARD_IF_FALSE, 'Super: COMPARE_OP then a POP_JUMP_*_IF_FALSE/TRUE (ints compared without a bool).');

// ---- pattern matching (PEP 634). Numbered after the superinstructions so that no existing
// number moves (run.ts switches on the literals); they are ordinary instructions all the same.
export const GET_LEN = def(117, 'GET_LEN', 'none', 1, 'Push len(TOS) (TOS stays).');
export const MATCH_MAPPING = def(118, 'MATCH_MAPPING', 'none', 1, 'Push whether TOS is a mapping (Py_TPFLAGS_MAPPING).');
export const MATCH_SEQUENCE = def(119, 'MATCH_SEQUENCE', 'none', 1, 'Push whether TOS is a sequence (Py_TPFLAGS_SEQUENCE).');
export const MATCH_KEYS = def(120, 'MATCH_KEYS', 'none', 1, 'TOS is a tuple of keys, TOS1 a mapping: push the tuple of their values, or None if one is missing.');
export const MATCH_CLASS = def(121, 'MATCH_CLASS', 'int', -2, 'Pop attribute names, class and subject; push the tuple of n positional and the named attributes if the subject is an instance, else None.');

// ---- except* (PEP 654), numbered after the pattern-matching instructions.
export const CHECK_EG_MATCH = def(122, 'CHECK_EG_MATCH', 'none', 0, 'except*: split the exception TOS1 by the type TOS; leave [rest, match], or [exc, None] when nothing matches.');
export const PREP_RERAISE_STAR = def(123, 'PREP_RERAISE_STAR', 'none', -1, 'except*: from the original exception TOS1 and the list TOS of raised/unhandled parts, push what to re-raise (or None).');

// ---- quickened forms: like the superinstructions, only in the executable copy (vm/quicken.ts).
// The same instruction under another number so that it can cost what CPython 3.11's unspecialised
// path costs; the run loop handles it in the same case as the original.
export const BINARY_OP_GENERIC = def(124, 'BINARY_OP_GENERIC', 'binop', -1, 'Quickened BINARY_OP for the operators CPython 3.11 does not specialise (/ // % ** << >> & | ^ @ and their in-place forms).', { caches: 1 });

// Hooked forms (vm/code-hooks.ts): RESUME and RETURN_VALUE of the few library functions the
// machine watches for the trace; they cost and behave exactly as the originals.
export const RESUME_HOOKED = def(125, 'RESUME_HOOKED', 'resume', 0, 'RESUME that first calls the code object\'s entry hook (vm/code-hooks.ts).', { breaker: 'always', cost: table[RESUME].cost });
export const RETURN_VALUE_HOOKED = def(126, 'RETURN_VALUE_HOOKED', 'none', -1, 'RETURN_VALUE that first calls the code object\'s return hook (vm/code-hooks.ts).', { cost: table[RETURN_VALUE].cost });

export const OPCODE_COUNT = table.length;
export const FIRST_PSEUDO = SETUP_FINALLY;
export const FIRST_SUPER = PRECALL__CALL;

export function opInfo(op: number): OpInfo {
  return table[op];
}
export function opcodeByName(name: string): number | undefined {
  return byName.get(name);
}
export function allOpcodes(): readonly OpInfo[] {
  return table;
}

/** Virtual cost per opcode, as a typed array the dispatch loop indexes directly. */
export const OP_COST: Int32Array = Int32Array.from(table.map((t) => t.cost));

export function isJump(op: number): boolean {
  return table[op].operand === 'jump';
}
export function isBackwardJump(op: number): boolean {
  return (
    op === JUMP_BACKWARD || op === JUMP_BACKWARD_NO_INTERRUPT || op === POP_JUMP_BACKWARD_IF_FALSE ||
    op === POP_JUMP_BACKWARD_IF_TRUE || op === POP_JUMP_BACKWARD_IF_NONE || op === POP_JUMP_BACKWARD_IF_NOT_NONE
  );
}
/** Instructions after which control never falls through. */
export function isTerminator(op: number): boolean {
  return (
    op === RETURN_VALUE || op === RAISE_VARARGS || op === RERAISE || op === JUMP_FORWARD ||
    op === JUMP_BACKWARD || op === JUMP_BACKWARD_NO_INTERRUPT || op === JUMP || op === JUMP_NO_INTERRUPT
  );
}

/** BINARY_OP operand numbers (CPython's NB_* order) and their symbols. */
export const BINOP_SYMBOLS = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
] as const;
export const NB_ADD = 0, NB_AND = 1, NB_FLOOR_DIVIDE = 2, NB_LSHIFT = 3, NB_MATRIX_MULTIPLY = 4,
  NB_MULTIPLY = 5, NB_REMAINDER = 6, NB_OR = 7, NB_POWER = 8, NB_RSHIFT = 9, NB_SUBTRACT = 10,
  NB_TRUE_DIVIDE = 11, NB_XOR = 12, NB_INPLACE_OFFSET = 13;

/** COMPARE_OP operands (CPython's Py_LT … Py_GE). */
export const CMP_SYMBOLS = ['<', '<=', '==', '!=', '>', '>='] as const;
export const CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5;
