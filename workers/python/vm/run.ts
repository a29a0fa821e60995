/**
 * The instruction loop: run one thread for up to `budget` instructions.
 *
 * Hot state (instructions, pc, value stack, sp) lives in locals and is written back to the frame
 * whenever control leaves it. Instructions whose operands are not built-in fast cases push a
 * native frame running the generic protocol (slow-paths.ts, ops/*). A stop can happen after any
 * instruction (budget), and at CPython 3.11's eval-breaker sites when the machine asks for a
 * switch (th.breakerAt, compared with the thread's virtual time).
 */
import { type PyValue, STOP } from '../objects/object';
import {
  typeOf, None, Ellipsis as _Ellipsis, typeType, dictType, listType, tupleType,
  generatorType, coroutineType,
} from '../objects/core-types';
import { PyFloat, newFloat } from '../objects/float';
import { PyList } from '../objects/list';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyDict, fastKey, NO_FAST } from '../objects/dict';
import { PySlice } from '../objects/range';
import { PyType } from '../objects/type';
import { PyFunction, PyCell, PyMethod } from '../objects/function';
import { PyBuiltin } from '../objects/builtin';
import { PyBaseException } from '../objects/exception';
import { PyGenerator } from '../objects/generator';
import { PyCode, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../compiler/code';
import { SyncIterator, RangeIterator, ListIterator } from '../objects/iterators';
import * as O from '../compiler/opcodes';
import { OP_COST } from '../compiler/opcodes';
import { costNs, NK, bigBinopNs, binopExtraNs, sliceNs } from '../runtime/cost';
import { Frame, Deliver, recycleFrame, type AnyFrame, type NativeFrame } from './frame';
import type { PyThreadState } from './thread';
import { ThreadStatus } from './thread';
import { CallRequest, ResumeRequest, MachineRequest, GenReturn, type KwArgs, type NativeGen } from './native';
import { ExecRequest } from './requests';
import { makeFrame } from './bind';
import {
  NULL, pushFrame, pushNative, frameForCall, deliverReturn, resumeGenerator, suspendGenerator,
  finishGenerator, raiseIn, caught, topmostException, recursionCheck, enterRecursiveCall, leaveRecursiveCall, WHILE_CALLING,
} from './frames';
import { setCurrentThread } from './current';
import { matchSequence, matchMapping, matchKeysGen, matchClassGen } from './match-ops';
import { finalizeGate, closeDropped, noteCreatedCoroutine, consumingFresh } from './gen-finalize';
import { callWithUnitAt, checkCompareAtLimit } from './recursion';
import { loadGlobalCached, loadAttrCached, storeAttrCached, loadNameLocal, storeNameCached, loadMethodCached } from './inline-cache';
import { getAttrFast, pyGetAttr, attrError, setAttrFast, pySetAttr, NEED_GEN } from '../ops/attr';
import { binaryOpFast, binaryOp, unaryOpFast, unaryOp, UNARY_NEG, UNARY_POS, UNARY_INV, intBinop, BINOP_DUNDER } from '../ops/arith';
import { compareFast, richCompare } from '../ops/compare';
import { truthFast, lenFast, pyLen } from '../ops/truth';
import { getItemFast, pyGetItem, setItemFast, containsFast, pyContains } from '../ops/subscript';
import { iterFast, pyIter, pyNext } from '../ops/iter';
import { pyCall, callType, instantiationPlan, allocInstance } from '../ops/call';
import {
  notGen, truthGen, unpackGen, unpackExGen, formatValueGen, listExtendGen, dictUpdateGen, callExGen,
  makeExceptionGen, beforeWithGen, getAwaitableGen, sendIterGen, storeSubscrGen,
  loadNameMapGen, storeNameMapGen, loadClassDerefMapGen, setupAnnotationsMapGen,
} from './slow-paths';
import { buildClassFunction, importName, importFrom, importStar, setUpdateGen, buildSetGen, setAddGen, makeFunction } from './vm-hooks';
import {
  nameError, unboundLocal, unboundFree, typeError, checkExcMatch, runtimeErrorType,
} from './vm-errors';

export const enum RunResult {
  /** The thread finished (normally or with an uncaught exception: see th.uncaught). */
  Done,
  /** The instruction budget ran out; call again to continue. */
  Budget,
  /** An eval-breaker site was reached after th.breakerAt (the machine may switch threads). */
  Breaker,
  /** The thread made a machine request (th.request) and waits for its result. */
  Blocked,
}

const CMP_EQ = O.CMP_EQ;

/** Run `th` for at most `budget` instructions. */
export function runThread(th: PyThreadState, budget: number): RunResult {
  setCurrentThread(th);
  const startBudget = budget;
  let cost = th.cost;
  const interp = th.interp;
  try {
    outer: for (;;) {
      const top = th.top;
      if (top === null) {
        th.status = ThreadStatus.Finished;
        return RunResult.Done;
      }
      if (top.native) {
        // Natives may read or advance virtual time (time.time(), time.sleep()).
        th.cost = cost;
        const returnedToCall = driveNative(th, top);
        cost = th.cost;
        if (th.status === ThreadStatus.Blocked) return RunResult.Blocked;
        // After a call to a non-Python callable returns, 3.11 checks the eval breaker.
        if (returnedToCall && cost >= th.breakerAt) return RunResult.Breaker;
        continue;
      }
      // ---- a Python frame ----
      let fr = top as Frame;
      let consts = fr.code.consts;
      let code = fr.instrs;
      let pc = fr.pc;
      let stack = fr.stack;
      let sp = fr.sp;
      try {
        for (;;) {
          if (--budget < 0) {
            fr.pc = pc;
            fr.sp = sp;
            return RunResult.Budget;
          }
          const opc = code[pc];
          let arg = code[pc + 1];
          pc += 2;
          cost += OP_COST[opc];
          switch (opc) {
            case 0 /* NOP */:
              continue;
            case 125 /* RESUME_HOOKED */:
            case 70 /* RESUME */:
              if (opc === 125) {
                fr.pc = pc;
                fr.sp = sp;
                fr.code.hooks!.onEntry!(th, fr, undefined);
              }
              if (fr.code.warm < 8 /* WARM_AFTER */) fr.code.warm++;
              if (arg < 2 && cost >= th.breakerAt) {
                fr.pc = pc;
                fr.sp = sp;
                return RunResult.Breaker;
              }
              continue;
            case 6 /* LOAD_FAST */: {
              const v = stack[arg];
              if (v === undefined) unboundLocal(fr.code.localsplusNames[arg]);
              stack[sp++] = v;
              continue;
            }
            case 7 /* STORE_FAST */:
              stack[arg] = stack[--sp];
              continue;
            // ---- superinstructions (vm/quicken.ts): the second half runs only if the budget allows
            case 111 /* LOAD_FAST__LOAD_FAST */: {
              const v = stack[arg];
              if (v === undefined) unboundLocal(fr.code.localsplusNames[arg]);
              stack[sp++] = v;
              if (budget < 1) {
                cost -= OP_COST[O.LOAD_FAST];
                continue;
              }
              budget--;
              const a2 = code[pc + 1];
              pc += 2;
              const v2 = stack[a2];
              if (v2 === undefined) unboundLocal(fr.code.localsplusNames[a2]);
              stack[sp++] = v2;
              continue;
            }
            case 112 /* LOAD_FAST__LOAD_CONST */: {
              const v = stack[arg];
              if (v === undefined) unboundLocal(fr.code.localsplusNames[arg]);
              stack[sp++] = v;
              if (budget < 1) {
                cost -= OP_COST[O.LOAD_CONST];
                continue;
              }
              budget--;
              stack[sp++] = consts[code[pc + 1]];
              pc += 2;
              continue;
            }
            case 113 /* LOAD_CONST__LOAD_FAST */: {
              stack[sp++] = consts[arg];
              if (budget < 1) {
                cost -= OP_COST[O.LOAD_FAST];
                continue;
              }
              budget--;
              const a2 = code[pc + 1];
              pc += 2;
              const v2 = stack[a2];
              if (v2 === undefined) unboundLocal(fr.code.localsplusNames[a2]);
              stack[sp++] = v2;
              continue;
            }
            case 114 /* STORE_FAST__LOAD_FAST */: {
              stack[arg] = stack[--sp];
              if (budget < 1) {
                cost -= OP_COST[O.LOAD_FAST];
                continue;
              }
              budget--;
              const a2 = code[pc + 1];
              pc += 2;
              const v2 = stack[a2];
              if (v2 === undefined) unboundLocal(fr.code.localsplusNames[a2]);
              stack[sp++] = v2;
              continue;
            }
            case 115 /* STORE_FAST__STORE_FAST */: {
              stack[arg] = stack[--sp];
              if (budget < 1) {
                cost -= OP_COST[O.STORE_FAST];
                continue;
              }
              budget--;
              stack[code[pc + 1]] = stack[--sp];
              pc += 2;
              continue;
            }
            case 5 /* LOAD_CONST */:
              stack[sp++] = consts[arg];
              continue;
            case 1 /* POP_TOP */:
              sp--;
              if (finalizeGate.live !== 0) {
                // `break`/`return` out of `for x in gen():` drops the loop's only reference.
                const v = stack[sp];
                if (v instanceof PyGenerator && v.fresh && v.finalizable) {
                  fr.pc = pc;
                  fr.sp = sp;
                  fr.lasti = (pc >> 1) - 1;
                  pushNative(th, closeDropped([v]), fr, Deliver.Discard);
                  continue outer;
                }
              }
              continue;
            case 2 /* PUSH_NULL */:
              stack[sp++] = NULL;
              continue;
            case 3 /* COPY */:
              stack[sp] = stack[sp - arg];
              sp++;
              continue;
            case 4 /* SWAP */: {
              const t = stack[sp - 1];
              stack[sp - 1] = stack[sp - arg];
              stack[sp - arg] = t;
              continue;
            }
            case 8 /* DELETE_FAST */:
              if (stack[arg] === undefined) unboundLocal(fr.code.localsplusNames[arg]);
              stack[arg] = undefined as unknown as PyValue;
              continue;

            // ---------------- globals / names / cells ----------------
            case 12 /* LOAD_GLOBAL */: {
              const name = fr.code.names[arg >> 1];
              const v = loadGlobalCached(fr.code, (pc >> 1) - 1, fr.globals, fr.builtins, name);
              if (v === undefined) nameError(name);
              if (arg & 1) stack[sp++] = NULL;
              stack[sp++] = v!;
              continue;
            }
            case 13 /* STORE_GLOBAL */:
              fr.globals.setStr(fr.code.names[arg], stack[--sp]);
              continue;
            case 14 /* DELETE_GLOBAL */:
              if (!fr.globals.delStr(fr.code.names[arg])) nameError(fr.code.names[arg]);
              continue;
            case 9 /* LOAD_NAME */: {
              const name = fr.code.names[arg];
              if (fr.localsMap !== null) {
                fr.lasti = (pc >> 1) - 1;
                fr.pc = pc;
                fr.sp = sp;
                pushNative(th, loadNameMapGen(fr.localsMap, fr.globals, fr.builtins, name), fr, Deliver.Push);
                continue outer;
              }
              let v = loadNameLocal(fr.code, (pc >> 1) - 1, fr.locals!, name);
              if (v === undefined) v = fr.globals.getStr(name);
              if (v === undefined) v = fr.builtins.getStr(name);
              if (v === undefined) nameError(name);
              stack[sp++] = v!;
              continue;
            }
            case 10 /* STORE_NAME */:
              if (fr.localsMap !== null) {
                const v = stack[--sp];
                fr.lasti = (pc >> 1) - 1;
                fr.pc = pc;
                fr.sp = sp;
                pushNative(th, storeNameMapGen(fr.localsMap, fr.code.names[arg], v), fr, Deliver.Discard);
                continue outer;
              }
              storeNameCached(fr.code, (pc >> 1) - 1, fr.locals!, fr.code.names[arg], stack[--sp]);
              continue;
            case 11 /* DELETE_NAME */:
              if (fr.localsMap !== null) {
                fr.lasti = (pc >> 1) - 1;
                fr.pc = pc;
                fr.sp = sp;
                pushNative(th, storeNameMapGen(fr.localsMap, fr.code.names[arg], undefined), fr, Deliver.Discard);
                continue outer;
              }
              if (!fr.locals!.delStr(fr.code.names[arg])) nameError(fr.code.names[arg]);
              continue;
            case 15 /* MAKE_CELL */:
              stack[arg] = new PyCell(stack[arg]);
              continue;
            case 16 /* COPY_FREE_VARS */: {
              const closure = fr.func!.closure!;
              const base = fr.code.nlocalsplus - arg;
              for (let i = 0; i < arg; i++) stack[base + i] = closure[i];
              continue;
            }
            case 17 /* LOAD_CLOSURE */:
              stack[sp++] = stack[arg];
              continue;
            case 18 /* LOAD_DEREF */: {
              const v = (stack[arg] as PyCell).v;
              if (v === undefined) unboundFree(fr.code, arg);
              stack[sp++] = v!;
              continue;
            }
            case 19 /* LOAD_CLASSDEREF */: {
              const name = fr.code.localsplusNames[arg];
              if (fr.localsMap !== null) {
                fr.lasti = (pc >> 1) - 1;
                fr.pc = pc;
                fr.sp = sp;
                pushNative(th, loadClassDerefMapGen(fr.localsMap, name, stack[arg] as PyCell, fr.code, arg), fr, Deliver.Push);
                continue outer;
              }
              let v = fr.locals!.getStr(name);
              if (v === undefined) {
                v = (stack[arg] as PyCell).v;
                if (v === undefined) unboundFree(fr.code, arg);
              }
              stack[sp++] = v!;
              continue;
            }
            case 20 /* STORE_DEREF */:
              (stack[arg] as PyCell).v = stack[--sp];
              continue;
            case 21 /* DELETE_DEREF */: {
              const cell = stack[arg] as PyCell;
              if (cell.v === undefined) unboundFree(fr.code, arg);
              cell.v = undefined;
              continue;
            }

            // ---------------- attributes ----------------
            case 22 /* LOAD_ATTR */: {
              const o = stack[sp - 1];
              const name = fr.code.names[arg];
              const cached = loadAttrCached(fr.code, (pc >> 1) - 1, o, name);
              if (cached !== undefined) {
                stack[sp - 1] = cached;
                continue;
              }
              const r = getAttrFast(o, name);
              if (r === undefined) throw attrError(o, name);
              if (r === NEED_GEN) {
                sp--;
                fr.lasti = (pc >> 1) - 1;
                fr.pc = pc;
                fr.sp = sp;
                pushNative(th, pyGetAttr(o, name), fr, Deliver.Push);
                continue outer;
              }
              stack[sp - 1] = r;
              continue;
            }
            case 25 /* LOAD_METHOD */: {
              const o = stack[sp - 1];
              const name = fr.code.names[arg];
              const m = loadMethodCached(fr.code, (pc >> 1) - 1, o, name, () => methodFast(o, name)) ?? methodFast(o, name);
              if (m !== undefined) {
                stack[sp - 1] = m;
                stack[sp++] = o;
                continue;
              }
              const r = getAttrFast(o, name);
              if (r === undefined) throw attrError(o, name);
              stack[sp - 1] = NULL;
              if (r === NEED_GEN) {
                fr.lasti = (pc >> 1) - 1;
                fr.pc = pc;
                fr.sp = sp;
                pushNative(th, pyGetAttr(o, name), fr, Deliver.Push);
                continue outer;
              }
              stack[sp++] = r;
              continue;
            }
            case 23 /* STORE_ATTR */: {
              const o = stack[sp - 1];
              const v = stack[sp - 2];
              sp -= 2;
              const name = fr.code.names[arg];
              if (storeAttrCached(fr.code, (pc >> 1) - 1, o, name, v)) continue;
              if (!setAttrFast(o, name, v)) {
                fr.lasti = (pc >> 1) - 1;
                fr.pc = pc;
                fr.sp = sp;
                pushNative(th, pySetAttr(o, name, v), fr, Deliver.Discard);
                continue outer;
              }
              continue;
            }
            case 24 /* DELETE_ATTR */: {
              const o = stack[--sp];
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, pySetAttr(o, fr.code.names[arg], undefined), fr, Deliver.Discard);
              continue outer;
            }

            // ---------------- operators ----------------
            case 124 /* BINARY_OP_GENERIC (quicken.ts: the same instruction, another cost) */:
            case 29 /* BINARY_OP */: {
              const b = stack[--sp];
              const a = stack[sp - 1];
              if (typeof a === 'number' && typeof b === 'number') {
                // Inline the commonest int operations; intBinop handles overflow and the rest.
                if (arg === 0 || arg === 13) {
                  const r = a + b;
                  if (r <= 9007199254740991 && r >= -9007199254740991) {
                    stack[sp - 1] = r;
                    continue;
                  }
                } else if (arg === 10 || arg === 23) {
                  const r = a - b;
                  if (r <= 9007199254740991 && r >= -9007199254740991) {
                    stack[sp - 1] = r;
                    continue;
                  }
                }
                if (arg !== 4 && arg !== 17 /* @, @= */) {
                  const r = intBinop(a, b, arg >= 13 ? arg - 13 : arg);
                  stack[sp - 1] = r;
                  if (typeof r === 'bigint') cost += bigBinopNs(a, b, arg); // runtime/cost.ts
                  continue;
                }
              }
              const r = binaryOpFast(a, b, arg);
              if (r !== NEED_GEN && r !== None) {
                stack[sp - 1] = r;
                if (!(r instanceof PyFloat)) cost += binopExtraNs(a, b, arg, r, code[pc], code[pc + 1], stack); // big ints, sequences
                continue;
              }
              sp--;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              if (arg < 13 && typeof a === 'object' && typeof b === 'object' && a.cls === b.cls && a.cls.isHeap) {
                // Two instances of one user class: only a's __op__ applies (no reflected method
                // for equal types), so call it as a plain Python frame.
                const f = userBinopFunction(a.cls, arg);
                if (f !== undefined) {
                  const nf = frameForCall(f, [a, b], null);
                  nf.initSelf = a;
                  cost += costNs(NK.PyCall, 0); // runtime/cost.ts
                  pushFrame(th, nf, fr, Deliver.Binop);
                  continue outer;
                }
              }
              pushNative(th, binaryOp(a, b, arg), fr, Deliver.Push);
              continue outer;
            }
            // @ts-expect-error: falls through to COMPARE_OP when the fast path does not apply
            case 116 /* COMPARE_OP__POP_JUMP */:
              if (typeof stack[sp - 1] === 'number' && typeof stack[sp - 2] === 'number' && budget >= 1) {
                // Compare two ints and jump on the result without materialising a bool.
                const t = cmpNum(stack[sp - 2] as number, stack[sp - 1] as number, arg);
                sp -= 2;
                budget--;
                const jop = code[pc];
                const jarg = code[pc + 1];
                pc += 2;
                if (t === (jop === O.POP_JUMP_FORWARD_IF_TRUE || jop === O.POP_JUMP_BACKWARD_IF_TRUE)) {
                  pc = jarg * 2;
                  if ((jop === O.POP_JUMP_BACKWARD_IF_FALSE || jop === O.POP_JUMP_BACKWARD_IF_TRUE) && cost >= th.breakerAt) {
                    fr.pc = pc;
                    fr.sp = sp;
                    return RunResult.Breaker;
                  }
                }
                continue;
              }
              // Otherwise run as a plain COMPARE_OP; the jump executes as its own instruction.
              cost -= OP_COST[O.POP_JUMP_FORWARD_IF_FALSE];
            // falls through
            case 34 /* COMPARE_OP */: {
              const b = stack[--sp];
              const a = stack[sp - 1];
              if (th.depth >= th.interp.recursionLimit) checkCompareAtLimit(th, a, b, arg, code[pc]);
              if (typeof a === 'number' && typeof b === 'number') {
                stack[sp - 1] = cmpNum(a, b, arg);
                continue;
              }
              const r = compareFast(a, b, arg);
              if (r !== NEED_GEN) {
                stack[sp - 1] = r;
                continue;
              }
              sp--;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, richCompare(a, b, arg), fr, Deliver.Push);
              continue outer;
            }
            case 35 /* IS_OP */: {
              const b = stack[--sp];
              const r = isSame(stack[sp - 1], b);
              stack[sp - 1] = arg === 0 ? r : !r;
              continue;
            }
            case 36 /* CONTAINS_OP */: {
              const c = stack[--sp];
              const x = stack[sp - 1];
              const r = containsFast(c, x);
              if (r !== NEED_GEN) {
                stack[sp - 1] = arg === 0 ? r : !r;
                continue;
              }
              sp--;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, arg === 0 ? pyContains(c, x) : notContainsGen(c, x), fr, Deliver.Push);
              continue outer;
            }
            case 31 /* UNARY_NEGATIVE */:
            case 30 /* UNARY_POSITIVE */:
            case 33 /* UNARY_INVERT */: {
              const x = stack[sp - 1];
              const u = opc === 31 /* UNARY_NEGATIVE */ ? UNARY_NEG : opc === 30 /* UNARY_POSITIVE */ ? UNARY_POS : UNARY_INV;
              const r = unaryOpFast(x, u);
              if (r !== NEED_GEN) {
                stack[sp - 1] = r;
                continue;
              }
              sp--;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, unaryOp(x, u), fr, Deliver.Push);
              continue outer;
            }
            case 32 /* UNARY_NOT */: {
              const x = stack[sp - 1];
              const t = truthFast(x);
              if (t !== NEED_GEN) {
                stack[sp - 1] = !t;
                continue;
              }
              sp--;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, notGen(x), fr, Deliver.Push);
              continue outer;
            }

            // ---------------- subscripts ----------------
            case 26 /* BINARY_SUBSCR */: {
              const k = stack[--sp];
              const o = stack[sp - 1];
              const r = getItemFast(o, k);
              if (r !== NEED_GEN) {
                stack[sp - 1] = r;
                if (typeof k === 'object' && k instanceof PySlice) cost += sliceNs(r); // runtime/cost.ts
                continue;
              }
              sp--;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, pyGetItem(o, k), fr, Deliver.Push);
              continue outer;
            }
            case 27 /* STORE_SUBSCR */: {
              const k = stack[sp - 1];
              const o = stack[sp - 2];
              const v = stack[sp - 3];
              sp -= 3;
              if (setItemFast(o, k, v)) continue;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, storeSubscrGen(o, k, v), fr, Deliver.Discard);
              continue outer;
            }
            case 28 /* DELETE_SUBSCR */: {
              const k = stack[sp - 1];
              const o = stack[sp - 2];
              sp -= 2;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, storeSubscrGen(o, k, undefined), fr, Deliver.Discard);
              continue outer;
            }

            // ---------------- jumps ----------------
            case 55 /* JUMP_FORWARD */:
              pc = arg * 2;
              continue;
            case 56 /* JUMP_BACKWARD */:
              pc = arg * 2;
              if (cost >= th.breakerAt) {
                fr.pc = pc;
                fr.sp = sp;
                return RunResult.Breaker;
              }
              continue;
            case 57 /* JUMP_BACKWARD_NO_INTERRUPT */:
              pc = arg * 2;
              continue;
            case 58 /* POP_JUMP_FORWARD_IF_FALSE */:
            case 59 /* POP_JUMP_FORWARD_IF_TRUE */:
            case 62 /* POP_JUMP_BACKWARD_IF_FALSE */:
            case 63 /* POP_JUMP_BACKWARD_IF_TRUE */: {
              let t: boolean | typeof NEED_GEN;
              if (fr.pending !== undefined) {
                t = fr.pending as boolean;
                fr.pending = undefined;
                sp--;
              } else {
                const x = stack[sp - 1];
                t = x === true ? true : x === false ? false : truthFast(x);
                if (t === NEED_GEN) {
                  pc -= 2;
                  fr.lasti = pc >> 1;
                  fr.pc = pc;
                  fr.sp = sp;
                  pushNative(th, truthGen(x), fr, Deliver.Pending);
                  continue outer;
                }
                sp--;
              }
              const jumpIf = opc === 59 /* POP_JUMP_FORWARD_IF_TRUE */ || opc === 63 /* POP_JUMP_BACKWARD_IF_TRUE */;
              if (t === jumpIf) {
                pc = arg * 2;
                if ((opc === 62 /* POP_JUMP_BACKWARD_IF_FALSE */ || opc === 63 /* POP_JUMP_BACKWARD_IF_TRUE */) && cost >= th.breakerAt) {
                  fr.pc = pc;
                  fr.sp = sp;
                  return RunResult.Breaker;
                }
              }
              continue;
            }
            case 60 /* POP_JUMP_FORWARD_IF_NONE */:
            case 64 /* POP_JUMP_BACKWARD_IF_NONE */:
              if (stack[--sp] === None) pc = arg * 2;
              continue;
            case 61 /* POP_JUMP_FORWARD_IF_NOT_NONE */:
            case 65 /* POP_JUMP_BACKWARD_IF_NOT_NONE */:
              if (stack[--sp] !== None) pc = arg * 2;
              continue;
            case 66 /* JUMP_IF_FALSE_OR_POP */:
            case 67 /* JUMP_IF_TRUE_OR_POP */: {
              let t: boolean | typeof NEED_GEN;
              if (fr.pending !== undefined) {
                t = fr.pending as boolean;
                fr.pending = undefined;
              } else {
                const x = stack[sp - 1];
                t = truthFast(x);
                if (t === NEED_GEN) {
                  pc -= 2;
                  fr.lasti = pc >> 1;
                  fr.pc = pc;
                  fr.sp = sp;
                  pushNative(th, truthGen(x), fr, Deliver.Pending);
                  continue outer;
                }
              }
              if (t === (opc === 67 /* JUMP_IF_TRUE_OR_POP */)) pc = arg * 2;
              else sp--;
              continue;
            }

            // ---------------- iteration ----------------
            case 68 /* GET_ITER */: {
              const x = stack[sp - 1];
              const it = iterFast(x);
              if (it !== NEED_GEN) {
                stack[sp - 1] = it;
                continue;
              }
              sp--;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, x instanceof PyGenerator ? consumingFresh(x, pyIter(x)) : pyIter(x), fr, Deliver.Push);
              continue outer;
            }
            case 69 /* FOR_ITER */: {
              if (fr.pending !== undefined) {
                const v = fr.pending;
                fr.pending = undefined;
                if (v === STOP || v instanceof GenReturn) {
                  sp--;
                  pc = arg * 2;
                } else stack[sp++] = v as PyValue;
                continue;
              }
              const it = stack[sp - 1];
              if (it instanceof RangeIterator) {
                const c = it.cur;
                if (it.step > 0 ? c < it.stop : c > it.stop) {
                  it.cur = c + it.step;
                  stack[sp++] = c;
                } else {
                  sp--;
                  pc = arg * 2;
                }
                continue;
              }
              if (it instanceof ListIterator) {
                const l = it.list;
                if (l !== null && it.i < l.items.length) {
                  stack[sp++] = l.items[it.i++];
                } else {
                  it.list = null;
                  sp--;
                  pc = arg * 2;
                }
                continue;
              }
              if (it instanceof SyncIterator && !it.cls.isHeap) {
                const v = it.next();
                if (v === STOP) {
                  sp--;
                  pc = arg * 2;
                } else stack[sp++] = v;
                cost += costNs(NK.IterNext, 0); // zip/enumerate/dict views/…: runtime/cost.ts
                continue;
              }
              pc -= 2;
              fr.lasti = pc >> 1;
              fr.pc = pc;
              fr.sp = sp;
              if (it instanceof PyGenerator && it.cls === generatorType) {
                resumeGenerator(th, it, None, null, fr, Deliver.Pending);
              } else {
                pushNative(th, pyNext(it), fr, Deliver.Pending);
              }
              continue outer;
            }

            // ---------------- calls ----------------
            case 71 /* KW_NAMES */:
              fr.kwnames = fr.code.consts[arg] as PyTuple;
              continue;
            case 72 /* PRECALL */:
              continue;
            // @ts-expect-error: falls through to CALL (the fused PRECALL is a no-op)
            case 110 /* PRECALL__CALL */:
              if (budget < 1) {
                cost -= OP_COST[O.CALL];
                continue;
              }
              budget--;
              pc += 2;
              arg = code[pc - 1];
            // falls through
            case 73 /* CALL */: {
              const base = sp - arg - 2;
              let callable = stack[base];
              let argStart: number;
              let argc: number;
              if (callable === NULL) {
                callable = stack[base + 1];
                if (callable instanceof PyMethod) {
                  stack[base] = callable.func;
                  stack[base + 1] = callable.self;
                  callable = callable.func;
                  argStart = base + 1;
                  argc = arg + 1;
                } else {
                  argStart = base + 2;
                  argc = arg;
                }
              } else {
                argStart = base + 1;
                argc = arg + 1;
              }
              const kwnames = fr.kwnames;
              fr.kwnames = null;
              fr.lasti = (pc >> 1) - 1;
              if (callable instanceof PyFunction) {
                const nf = makeFrame(callable, stack, argStart, argc, kwnames);
                sp = base;
                fr.pc = pc;
                fr.sp = sp;
                if ((callable.code.flags & 0x2a0) === 0) {
                  // Plain Python-to-Python call: switch frames without leaving the loop.
                  pushFrame(th, nf, fr, Deliver.Push);
                  fr = nf;
                  consts = fr.code.consts;
                  code = fr.instrs;
                  pc = fr.pc;
                  stack = fr.stack;
                  sp = fr.sp;
                  continue;
                }
                enterPythonFunction(th, callable, nf, fr, Deliver.Push);
                continue outer;
              }
              if (callable instanceof PyBuiltin) {
                const nkw = kwnames === null ? 0 : kwnames.items.length;
                const args = stack.slice(argStart, sp - nkw);
                if (callable.self !== undefined) args.unshift(callable.self);
                let kw: KwArgs | null = null;
                if (nkw > 0) {
                  kw = new Map();
                  const names = kwnames!.items;
                  for (let i = 0; i < nkw; i++) kw.set(names[i] as string, stack[sp - nkw + i]);
                }
                sp = base;
                fr.pc = pc;
                fr.sp = sp;
                th.cost = cost;
                const r = callable.unit !== 0 || fr.code.warm < 8 ? callWithUnitAt(th, callable, args, kw, code[pc], fr.code.warm < 8) : callable.fn(args, kw);
                cost = th.cost;
                if (callable.isGen) {
                  pushNative(th, r as NativeGen, fr, Deliver.Push).callSite = true;
                  continue outer;
                }
                stack[sp++] = r as PyValue;
                if (cost >= th.breakerAt) {
                  fr.pc = pc;
                  fr.sp = sp;
                  return RunResult.Breaker;
                }
                continue;
              }
              // Types, bound methods of builtins, callable objects.
              const nkw = kwnames === null ? 0 : kwnames.items.length;
              const args = stack.slice(argStart, sp - nkw);
              let kw: KwArgs | null = null;
              if (nkw > 0) {
                kw = new Map();
                const names = kwnames!.items;
                for (let i = 0; i < nkw; i++) kw.set(names[i] as string, stack[sp - nkw + i]);
              }
              sp = base;
              fr.pc = pc;
              fr.sp = sp;
              if (callable instanceof PyType && callable.cls === typeType) {
                const plan = instantiationPlan(callable);
                if (plan.defaultNew && plan.init instanceof PyFunction && !(plan.init.code.flags & CO_GENERATOR_LIKE)) {
                  const obj = allocInstance(callable);
                  cost += costNs(NK.NewInstance, 0); // runtime/cost.ts
                  args.unshift(obj);
                  const nf = frameForCall(plan.init, args, kw);
                  nf.initSelf = obj;
                  // The type call holds a recursion unit until __init__ returns (deliverReturn).
                  enterRecursiveCall(th, WHILE_CALLING);
                  try {
                    pushFrame(th, nf, fr, Deliver.Init);
                  } catch (e) {
                    leaveRecursiveCall(th);
                    throw e;
                  }
                  continue outer;
                }
                pushNative(th, callType(callable, args, kw, fr.code.warm >= 8), fr, Deliver.Push).callSite = true;
                continue outer;
              }
              const pcf = pushNative(th, pyCall(callable, args, kw), fr, Deliver.Push);
              pcf.callSite = true;
              pcf.passthrough = callsPythonCode(callable);
              continue outer;
            }
            case 74 /* CALL_FUNCTION_EX */: {
              const kwargs = arg & 1 ? stack[--sp] : null;
              const args = stack[--sp];
              const fn = stack[--sp];
              const nullOrSelf = stack[--sp];
              void nullOrSelf;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              const exf = pushNative(th, callExGen(fn, args, kwargs), fr, Deliver.Push);
              exf.callSite = true;
              // Plain arguments: callExGen runs no Python code before its final pyCall.
              exf.passthrough = callsPythonCode(fn) && args instanceof PyTuple && (kwargs === null || (kwargs instanceof PyDict && kwargs.cls === dictType));
              continue outer;
            }
            case 75 /* MAKE_FUNCTION */: {
              const codeObj = stack[--sp] as PyCode;
              const closure = arg & 8 ? (stack[--sp] as PyTuple) : null;
              const annotations = arg & 4 ? (stack[--sp] as PyTuple) : null;
              const kwdefaults = arg & 2 ? (stack[--sp] as PyDict) : null;
              const defaults = arg & 1 ? (stack[--sp] as PyTuple) : null;
              stack[sp++] = makeFunction(fr, codeObj, closure, annotations, kwdefaults, defaults);
              continue;
            }
            case 126 /* RETURN_VALUE_HOOKED */:
            case 76 /* RETURN_VALUE */: {
              const v = stack[--sp];
              fr.pc = pc;
              fr.sp = sp;
              fr.lasti = (pc >> 1) - 1;
              if (opc === 126) fr.code.hooks!.onReturn!(th, fr, v);
              const back = fr.back;
              if (fr.gen === null && fr.deliver === Deliver.Push && back !== null && !back.native) {
                // Plain return to a Python caller: switch frames without leaving the loop.
                th.top = back;
                th.depth--;
                recycleFrame(fr);
                fr = back;
                consts = fr.code.consts;
                code = fr.instrs;
                pc = fr.pc;
                stack = fr.stack;
                sp = fr.sp;
                stack[sp++] = v;
                continue;
              }
              if (fr.gen !== null) finishGenerator(th, fr, v);
              else deliverReturn(th, fr, v);
              continue outer;
            }
            case 77 /* LOAD_BUILD_CLASS */:
              stack[sp++] = buildClassFunction(fr);
              continue;
            case 78 /* SETUP_ANNOTATIONS */:
              if (fr.localsMap !== null) {
                fr.lasti = (pc >> 1) - 1;
                fr.pc = pc;
                fr.sp = sp;
                pushNative(th, setupAnnotationsMapGen(fr.localsMap), fr, Deliver.Discard);
                continue outer;
              }
              if (fr.locals!.getStr('__annotations__') === undefined) fr.locals!.setStr('__annotations__', new PyDict());
              continue;

            // ---------------- building ----------------
            case 37 /* BUILD_TUPLE */: {
              const items = stack.slice(sp - arg, sp);
              sp -= arg;
              stack[sp++] = newTuple(items);
              continue;
            }
            case 38 /* BUILD_LIST */: {
              const items = stack.slice(sp - arg, sp);
              sp -= arg;
              stack[sp++] = new PyList(items);
              continue;
            }
            case 51 /* LIST_TO_TUPLE */:
              stack[sp - 1] = newTuple((stack[sp - 1] as PyList).items);
              continue;
            case 44 /* LIST_APPEND */: {
              const v = stack[--sp];
              (stack[sp - arg] as PyList).items.push(v);
              continue;
            }
            case 47 /* LIST_EXTEND */: {
              const v = stack[--sp];
              const l = stack[sp - arg] as PyList;
              if (typeof v === 'object' && (v.cls === listType || v.cls === tupleType)) {
                const src = (v as PyList).items;
                for (let i = 0; i < src.length; i++) l.items.push(src[i]);
                continue;
              }
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, listExtendGen(l, v), fr, Deliver.Discard);
              continue outer;
            }
            case 40 /* BUILD_MAP */: {
              const d = new PyDict();
              let slow = false;
              for (let i = sp - 2 * arg; i < sp; i += 2) {
                const fk = fastKey(stack[i]);
                if (fk === NO_FAST) {
                  slow = true;
                  break;
                }
                d.setFast(fk, stack[i], stack[i + 1]);
              }
              if (!slow) {
                sp -= 2 * arg;
                stack[sp++] = d;
                continue;
              }
              const pairs = stack.slice(sp - 2 * arg, sp);
              sp -= 2 * arg;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, buildMapGen(pairs), fr, Deliver.Push);
              continue outer;
            }
            case 41 /* BUILD_CONST_KEY_MAP */: {
              const keys = (stack[--sp] as PyTuple).items;
              const d = new PyDict();
              const base = sp - arg;
              let slow = false;
              for (let i = 0; i < arg; i++) {
                const fk = fastKey(keys[i]);
                if (fk === NO_FAST) {
                  slow = true;
                  break;
                }
                d.setFast(fk, keys[i], stack[base + i]);
              }
              if (!slow) {
                sp = base;
                stack[sp++] = d;
                continue;
              }
              const pairs: PyValue[] = [];
              for (let i = 0; i < arg; i++) pairs.push(keys[i], stack[base + i]);
              sp = base;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, buildMapGen(pairs), fr, Deliver.Push);
              continue outer;
            }
            case 46 /* MAP_ADD */: {
              const v = stack[--sp];
              const k = stack[--sp];
              const d = stack[sp - arg] as PyDict;
              const fk = fastKey(k);
              if (fk !== NO_FAST && d.trySetFast(fk, k, v)) continue;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, dictSetGen(d, k, v), fr, Deliver.Discard);
              continue outer;
            }
            case 49 /* DICT_UPDATE */:
            case 50 /* DICT_MERGE */: {
              const m = stack[--sp];
              const d = stack[sp - arg] as PyDict;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              const fnForMsg = opc === 50 /* DICT_MERGE */ ? stack[sp - arg - 2] : null;
              pushNative(th, dictUpdateGen(d, m, opc === 50 /* DICT_MERGE */, fnForMsg), fr, Deliver.Discard);
              continue outer;
            }
            case 39 /* BUILD_SET */: {
              const items = stack.slice(sp - arg, sp);
              sp -= arg;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, buildSetGen(items), fr, Deliver.Push);
              continue outer;
            }
            case 45 /* SET_ADD */:
            case 48 /* SET_UPDATE */: {
              const v = stack[--sp];
              const s = stack[sp - arg];
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, opc === 45 /* SET_ADD */ ? setAddGen(s, v) : setUpdateGen(s, v), fr, Deliver.Discard);
              continue outer;
            }
            case 43 /* BUILD_SLICE */: {
              const step = arg === 3 ? stack[--sp] : None;
              const stop = stack[--sp];
              const start = stack[sp - 1];
              stack[sp - 1] = new PySlice(start, stop, step);
              continue;
            }
            case 42 /* BUILD_STRING */: {
              let s = '';
              for (let i = sp - arg; i < sp; i++) s += stack[i] as string;
              sp -= arg;
              stack[sp++] = s;
              continue;
            }
            case 54 /* FORMAT_VALUE */: {
              const spec = arg & 4 ? (stack[--sp] as string) : '';
              const v = stack[sp - 1];
              const conv = arg & 3;
              if (conv === 0 && spec === '') {
                if (typeof v === 'string') continue;
                // (near the recursion limit, the slow path checks it like PyObject_Str)
                if (typeof v === 'number' && th.depth < th.interp.recursionLimit) {
                  stack[sp - 1] = String(v);
                  continue;
                }
              }
              sp--;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, formatValueGen(v, conv, spec), fr, Deliver.Push);
              continue outer;
            }
            case 52 /* UNPACK_SEQUENCE */: {
              let items: PyValue[] | null = null;
              if (fr.pending !== undefined) {
                items = (fr.pending as PyTuple).items;
                fr.pending = undefined;
              } else {
                const x = stack[sp - 1];
                if (typeof x === 'object' && (x.cls === tupleType || x.cls === listType)) {
                  items = (x as PyTuple).items;
                  if (items.length !== arg) {
                    if (items.length < arg) throwPy('ValueError', `not enough values to unpack (expected ${arg}, got ${items.length})`);
                    throwPy('ValueError', `too many values to unpack (expected ${arg})`);
                  }
                } else {
                  pc -= 2;
                  fr.lasti = pc >> 1;
                  fr.pc = pc;
                  fr.sp = sp;
                  pushNative(th, unpackGen(x, arg), fr, Deliver.Pending);
                  continue outer;
                }
              }
              sp--;
              for (let i = arg - 1; i >= 0; i--) stack[sp++] = items[i];
              continue;
            }
            case 53 /* UNPACK_EX */: {
              if (fr.pending === undefined) {
                const x = stack[sp - 1];
                pc -= 2;
                fr.lasti = pc >> 1;
                fr.pc = pc;
                fr.sp = sp;
                pushNative(th, unpackExGen(x, arg & 0xff, arg >> 8), fr, Deliver.Pending);
                continue outer;
              }
              const items = (fr.pending as PyTuple).items;
              fr.pending = undefined;
              sp--;
              for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i];
              continue;
            }

            // ---------------- exceptions ----------------
            case 89 /* PUSH_EXC_INFO */: {
              const exc = stack[sp - 1] as PyBaseException;
              exc.inFlight = false;
              const ei = th.excInfo;
              stack[sp - 1] = ei.value ?? None;
              stack[sp++] = exc;
              ei.value = exc;
              continue;
            }
            case 90 /* POP_EXCEPT */: {
              const prev = stack[--sp];
              th.excInfo.value = prev === None ? null : (prev as PyBaseException);
              continue;
            }
            case 91 /* CHECK_EXC_MATCH */: {
              const right = stack[--sp];
              stack[sp++] = checkExcMatch(stack[sp - 2], right);
              continue;
            }
            case 92 /* RERAISE */: {
              const exc = stack[--sp] as PyBaseException;
              const here = (pc >> 1) - 1;
              fr.lasti = arg ? (stack[sp - arg] as number) : here;
              fr.pc = pc;
              fr.sp = sp;
              raiseIn(th, exc, fr, false, false, here);
              continue outer;
            }
            case 93 /* RAISE_VARARGS */: {
              fr.lasti = (pc >> 1) - 1;
              if (arg === 0) {
                const cur = topmostException(th);
                if (cur === null) throw new PyBaseException(runtimeErrorType, ['No active exception to reraise']);
                fr.pc = pc;
                fr.sp = sp;
                cur.inFlight = true;
                // CPython's do_raise re-raises straight to exception_unwind: no traceback entry.
                raiseIn(th, cur, fr, false, false);
                continue outer;
              }
              const cause = arg === 2 ? stack[--sp] : undefined;
              const exc = stack[--sp];
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, raiseGen(exc, cause), fr, Deliver.Discard);
              continue outer;
            }
            case 94 /* LOAD_ASSERTION_ERROR */:
              stack[sp++] = assertionErrorType();
              continue;
            case 95 /* BEFORE_WITH */:
            case 87 /* BEFORE_ASYNC_WITH */: {
              if (fr.pending !== undefined) {
                const pair = (fr.pending as PyTuple).items;
                fr.pending = undefined;
                stack[sp - 1] = pair[0];
                stack[sp++] = pair[1];
                continue;
              }
              const mgr = stack[sp - 1];
              pc -= 2;
              fr.lasti = pc >> 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, beforeWithGen(mgr, opc === 87 /* BEFORE_ASYNC_WITH */), fr, Deliver.Pending);
              continue outer;
            }
            case 96 /* WITH_EXCEPT_START */: {
              const exc = stack[sp - 1] as PyBaseException;
              const exitFn = stack[sp - 4];
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, pyCall(exitFn, [exc.cls, exc, tracebackObject(exc)]), fr, Deliver.Push);
              continue outer;
            }

            // ---------------- generators and coroutines ----------------
            case 79 /* RETURN_GENERATOR */:
              // Generators are created when the function is called (see enterPythonFunction).
              continue;
            case 80 /* YIELD_VALUE */: {
              const v = stack[--sp];
              fr.pc = pc;
              fr.sp = sp;
              fr.lasti = (pc >> 1) - 1;
              suspendGenerator(th, fr, v);
              continue outer;
            }
            case 81 /* GET_YIELD_FROM_ITER */: {
              const x = stack[sp - 1];
              if (x instanceof PyGenerator) {
                if (x.cls === coroutineType && !(fr.code.flags & 0x180)) {
                  typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                }
                continue;
              }
              const it = iterFast(x);
              if (it !== NEED_GEN) {
                stack[sp - 1] = it;
                continue;
              }
              sp--;
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, pyIter(x), fr, Deliver.Push);
              continue outer;
            }
            case 83 /* GET_AWAITABLE */: {
              const x = stack[--sp];
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, getAwaitableGen(x, arg), fr, Deliver.Push);
              continue outer;
            }
            case 82 /* SEND */: {
              if (fr.pending !== undefined) {
                const v = fr.pending;
                fr.pending = undefined;
                if (v instanceof GenReturn || v === STOP) {
                  sp--;
                  stack[sp - 1] = v instanceof GenReturn ? v.value : None;
                  pc = arg * 2;
                  if (fr.gen !== null) fr.gen.yieldFrom = null;
                } else stack[sp - 1] = v as PyValue;
                continue;
              }
              const value = stack[sp - 1];
              const receiver = stack[sp - 2];
              pc -= 2;
              fr.lasti = pc >> 1;
              fr.pc = pc;
              fr.sp = sp;
              if (fr.gen !== null) fr.gen.yieldFrom = receiver;
              if (receiver instanceof PyGenerator && (receiver.cls === generatorType || receiver.cls === coroutineType)) {
                resumeGenerator(th, receiver, value, null, fr, Deliver.Pending);
              } else {
                pushNative(th, sendIterGen(receiver, value), fr, Deliver.Pending);
              }
              continue outer;
            }
            case 88 /* ASYNC_GEN_WRAP */:
              stack[sp - 1] = wrapAsyncGenValue(stack[sp - 1]);
              continue;
            case 84 /* GET_AITER */: {
              const x = stack[--sp];
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, x instanceof PyGenerator ? consumingFresh(x, getAiterGen(x)) : getAiterGen(x), fr, Deliver.Push);
              continue outer;
            }
            case 85 /* GET_ANEXT */: {
              const aiter = stack[sp - 1];
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, getAnextGen(aiter), fr, Deliver.Push);
              continue outer;
            }
            case 86 /* END_ASYNC_FOR */: {
              const exc = stack[--sp] as PyBaseException;
              if (exc.cls.isSubtypeOf(stopAsyncIterationType)) {
                sp--; // the async iterator
                th.excInfo.value = th.excInfo.value === exc ? null : th.excInfo.value;
                continue;
              }
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              raiseIn(th, exc, fr, false, false, fr.lasti);
              continue outer;
            }

            // ---------------- imports ----------------
            case 97 /* IMPORT_NAME */: {
              const fromlist = stack[--sp];
              const level = stack[--sp];
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, importName(fr, fr.code.names[arg], fromlist, level as number), fr, Deliver.Push);
              continue outer;
            }
            case 98 /* IMPORT_FROM */: {
              const mod = stack[sp - 1];
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, importFrom(mod, fr.code.names[arg]), fr, Deliver.Push);
              continue outer;
            }
            case 99 /* IMPORT_STAR */: {
              const mod = stack[--sp];
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, importStar(fr, mod), fr, Deliver.Discard);
              continue outer;
            }

            // ---------------- pattern matching (match-ops.ts) ----------------
            case 117 /* GET_LEN */: {
              const x = stack[sp - 1];
              const n = lenFast(x);
              if (n !== NEED_GEN) {
                stack[sp++] = n;
                continue;
              }
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, pyLen(x), fr, Deliver.Push);
              continue outer;
            }
            case 118 /* MATCH_MAPPING */:
              stack[sp] = matchMapping(stack[sp - 1]);
              sp++;
              continue;
            case 119 /* MATCH_SEQUENCE */:
              stack[sp] = matchSequence(stack[sp - 1]);
              sp++;
              continue;
            case 120 /* MATCH_KEYS */:
              // Pushes the values (or None) above the subject and the keys.
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, matchKeysGen(stack[sp - 2], stack[sp - 1]), fr, Deliver.Push);
              continue outer;
            case 121 /* MATCH_CLASS */: {
              // Pops the attribute names, the class and the subject; pushes the attributes or None.
              const names = stack[--sp];
              const cls = stack[--sp];
              const subject = stack[--sp];
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, matchClassGen(subject, cls, arg, names), fr, Deliver.Push);
              continue outer;
            }

            // ---------------- except* ----------------
            case 122 /* CHECK_EG_MATCH */: {
              if (fr.pending !== undefined) {
                // [exc, type] -> [rest, match], or [exc, None] when nothing matched.
                const pair = (fr.pending as PyTuple).items;
                fr.pending = undefined;
                sp--;
                if (pair[0] === None) stack[sp++] = None;
                else {
                  stack[sp - 1] = pair[1];
                  stack[sp++] = pair[0];
                  th.excInfo.value = pair[0] as PyBaseException;
                }
                continue;
              }
              pc -= 2;
              fr.lasti = pc >> 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, exceptStarMatchGen(stack[sp - 2], stack[sp - 1]), fr, Deliver.Pending);
              continue outer;
            }
            case 123 /* PREP_RERAISE_STAR */: {
              const excs = stack[--sp] as PyList;
              const orig = stack[--sp];
              fr.lasti = (pc >> 1) - 1;
              fr.pc = pc;
              fr.sp = sp;
              pushNative(th, prepReraiseStar(orig, excs.items), fr, Deliver.Push);
              continue outer;
            }

            default:
              throw new Error(`internal: opcode ${O.opInfo(opc)?.name ?? opc} not implemented`);
          }
        }
      } catch (e) {
        fr.pc = pc;
        fr.sp = sp;
        cost += costNs(NK.Raise, 0); // runtime/cost.ts
        if (th.top === fr) fr.lasti = Math.max(0, (pc >> 1) - 1);
        const { exc, fresh } = caught(e);
        // An exception thrown while switching frames belongs to the frame that was running.
        raiseIn(th, exc, th.top === fr ? fr : th.top, fresh, true);
        void stack;
        void code;
        continue outer;
      }
    }
  } finally {
    const executed = startBudget - Math.max(budget, 0);
    th.instructions += executed;
    interp.instructions += executed;
    th.cost = cost;
  }
}

/**
 * Drive a native frame one step: send the pending value (or throw) and act on the result.
 * Returns true when the native finished and its value went back to the CALL that made it.
 */
function driveNative(th: PyThreadState, nf: NativeFrame): boolean {
  if (nf.fresh) {
    nf.fresh = false;
    th.cost += costNs(NK.NativeFrame, 0); // runtime/cost.ts
  }
  let step: IteratorResult<unknown, unknown>;
  try {
    if (nf.hasThrow) {
      nf.hasThrow = false;
      const e = nf.throwValue;
      nf.throwValue = undefined;
      step = nf.gen.throw(e);
    } else {
      const v = nf.sendValue;
      nf.sendValue = undefined;
      step = nf.gen.next(v);
    }
  } catch (e) {
    th.cost += costNs(NK.Raise, 0); // runtime/cost.ts
    const { exc, fresh } = caught(e);
    const back = nf.back;
    nf.back = null;
    th.top = back;
    if (back !== null && !back.native) {
      // The exception surfaces in the Python frame that called the native.
    }
    raiseIn(th, exc, back, fresh, true);
    return false;
  }
  if (step.done) {
    deliverReturn(th, nf, step.value);
    return nf.callSite;
  }
  const req = step.value;
  try {
    if (req instanceof CallRequest) {
      nf.tailPending = req.tail;
      const fn = req.fn;
      if (fn instanceof PyFunction) {
        th.cost += costNs(NK.PyCall, 0); // runtime/cost.ts
        const f = frameForCall(fn, req.args, req.kw);
        enterPythonFunction(th, fn, f, nf, Deliver.Push);
      } else {
        pushNative(th, pyCall(fn, req.args, req.kw), nf, Deliver.Push).passthrough = callsPythonCode(fn);
      }
      return false;
    }
    if (req instanceof ResumeRequest) {
      th.cost += costNs(NK.GenResume, 0); // runtime/cost.ts
      resumeGenerator(th, req.gen as PyGenerator, req.value, req.exc as PyBaseException | null, nf, Deliver.Push);
      return false;
    }
    if (req instanceof ExecRequest) {
      const f = new Frame(req.code, req.globals, builtinsOf(th, req.globals), req.locals, null);
      f.localsMap = req.localsMap;
      if (req.closure !== null) {
        f.func = { closure: req.closure } as unknown as PyFunction;
      }
      pushFrame(th, f, nf, Deliver.Push);
      return false;
    }
    if (req instanceof MachineRequest) {
      th.request = req;
      th.status = ThreadStatus.Blocked;
      return false;
    }
    throw new Error(`internal: unknown request ${String(req)}`);
  } catch (e) {
    // The request itself failed (e.g. bad arguments): throw it into the native that asked.
    const { exc } = caught(e);
    nf.hasThrow = true;
    nf.throwValue = exc;
    th.top = nf;
  }
  return false;
}

/** pyCall(f) only yields the call of a Python function: f is one, or a method (of a method…) of one. */
function callsPythonCode(f: PyValue): boolean {
  while (f instanceof PyMethod) f = f.func;
  return f instanceof PyFunction;
}

function builtinsOf(th: PyThreadState, globals: PyDict): PyDict {
  const b = globals.getStr('__builtins__');
  if (b instanceof PyDict) return b;
  return th.interp.builtins;
}

/**
 * Enter a Python function whose frame has been bound: run it, or — for generator, coroutine and
 * async generator functions — create the generator object and hand it back without running.
 */
export function enterPythonFunction(th: PyThreadState, func: PyFunction, f: Frame, back: AnyFrame, deliver: Deliver): void {
  const flags = func.code.flags;
  if (flags & (0x20 | 0x80 | 0x200)) {
    // CPython runs the new frame up to RETURN_GENERATOR: a transient recursion unit.
    recursionCheck(th);
    const gen = makeGenerator(func, f);
    // "coroutine ... was never awaited" tracking: `f()` as a statement drops it at once, and so
    // does an iteration that cannot accept it (`for x in f():`, `yield from f()`).
    if (gen.cls === coroutineType) noteCreatedCoroutine(th, gen, !back.native && isConsumingOp(back.instrs[back.pc]));
    if (back.native) {
      back.sendValue = gen;
      back.hasThrow = false;
      th.top = back;
      return;
    }
    if (deliver === Deliver.Init) {
      th.top = back;
      raiseIn(th, new PyBaseException(typeErrorTypeRef(), [`__init__() should return None, not '${gen.cls.name}'`]), back, true);
      return;
    }
    back.stack[back.sp++] = gen;
    // `for x in gen():` / `async for x in agen():` — the loop will hold the only reference
    // (see gen-finalize.ts).
    if (back.instrs[back.pc] === O.GET_ITER || back.instrs[back.pc] === O.GET_AITER) gen.fresh = true;
    th.top = back;
    return;
  }
  pushFrame(th, f, back, deliver);
}

/** Opcodes after a CALL that consume a new coroutine and drop it if they fail or discard it. */
function isConsumingOp(op: number): boolean {
  return op === O.POP_TOP || op === O.GET_ITER || op === O.GET_AITER || op === O.GET_YIELD_FROM_ITER;
}

export function resumeRequest(th: PyThreadState): void {
  recursionCheck(th);
}

// The helpers below are bound late to keep this file focused on dispatch.
import { makeGenerator, wrapAsyncGenValue, getAiterGen, getAnextGen } from './generators';
import { stopAsyncIterationType } from '../runtime/errors';
import { exceptStarMatchGen, prepReraiseStar } from '../types/exception-group';
import { buildMapGen, dictSetGen, notContainsGen, raiseGen, tracebackObject, assertionErrorType, typeErrorTypeRef, throwPy } from './vm-hooks';

function cmpNum(a: number, b: number, op: number): boolean {
  switch (op) {
    case 0 /* CMP_LT */: return a < b;
    case 1 /* CMP_LE */: return a <= b;
    case 2 /* CMP_EQ */: return a === b;
    case 3 /* CMP_NE */: return a !== b;
    case 4 /* CMP_GT */: return a > b;
    default: return a >= b;
  }
}

/** `is`: identity; JS numbers/strings compare by value, which matches CPython's small-value caching. */
function isSame(a: PyValue, b: PyValue): boolean {
  return a === b;
}

const BINOP_METHOD_NAMES = BINOP_DUNDER.map((n) => `__${n}__`);

/** A class's own Python __op__ for a (non-in-place) BINARY_OP, when it is a plain function. */
function userBinopFunction(t: PyType, op: number): PyFunction | undefined {
  const f = t.lookup(BINOP_METHOD_NAMES[op]);
  return f instanceof PyFunction && !(f.code.flags & CO_GENERATOR_LIKE) ? f : undefined;
}

/** LOAD_METHOD fast path: a plain function or builtin method found on the type and not shadowed. */
function methodFast(o: PyValue, name: string): PyValue | undefined {
  const t = typeOf(o);
  if (t === typeType || o instanceof PyType || o instanceof PySuper) return undefined;
  const d = t.lookup(name);
  if (d === undefined) return undefined;
  if (d instanceof PyFunction) {
    if (t.isHeap && !t.defaultAttrAccess()) return undefined;
    if (typeof o === 'object' && o.dict !== null && o.dict.size > 0 && o.dict.getStr(name) !== undefined) return undefined;
    return d;
  }
  if (d instanceof PyBuiltin && d.self === undefined && (d.kind === 0 + 1 || d.kind === 2)) {
    if (typeof o === 'object' && o.dict !== null && o.dict.getStr(name) !== undefined) return undefined;
    return d;
  }
  return undefined;
}

import { PySuper } from '../ops/attr';

/** Code flags of functions whose call creates a generator-like object instead of running. */
const CO_GENERATOR_LIKE = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

void _Ellipsis;
void dictType;
void newFloat;
void PyFloat;
void PyCode;
void SyncIterator;
