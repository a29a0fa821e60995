/**
 * The assembler: turns a Unit's instruction list (labels, SETUP_* / POP_BLOCK pseudo-ops,
 * direction-less jumps) into a PyCode, in the order of CPython 3.11's assemble():
 *   1. add the implicit `return None` if the last block does not return;
 *   2. build the control-flow graph (cfg.ts) and normalize / extend its blocks;
 *   3. optimize it and fix up exits without line numbers (optimize.ts);
 *   4. drop trailing unused constants, propagate line numbers, compute stack depths, label
 *      every instruction with its exception handler, turn the pseudo-ops into NOPs and drop
 *      redundant NOPs, resolve jump directions (flow.ts);
 *   5. lay the blocks out: instructions, positions, line starts and the exception table.
 * Following CPython step by step is what makes `dis` output identical; the result is also what
 * our VM runs, so every rewrite here is an equivalent instruction sequence.
 */
import { PyCode, FAST_LOCAL, FAST_CELL, FAST_FREE } from './code';
import { None } from '../objects/core-types';
import { type Unit, NO_LOC } from './unit';
import { type Block, buildCfg, layout, newestFirst } from './cfg';
import { normalizeBasicBlock, extendBlock, optimizeCfg, duplicateExitsWithoutLineno, trimUnusedConsts, cleanBasicBlock } from './optimize';
import {
  propagateLineNumbers, guaranteeLinenoForExits, stackDepth, labelExceptionTargets, convertExceptionHandlersToNops, normalizeJumps,
} from './flow';
import * as op from './opcodes';

/**
 * CPython's "make sure every block that falls off the end returns None": only when the current
 * (last) block did not just return. The return is artificial: it gets its line from whatever
 * reaches it.
 */
function addImplicitReturn(u: Unit): void {
  const n = u.ops.length;
  if (n > 0 && u.ops[n - 1] === op.RETURN_VALUE && !u.labels.includes(n)) return;
  u.loc = NO_LOC;
  if (u.returnsNone) u.emit(op.LOAD_CONST, u.addConst(None));
  u.emit(op.RETURN_VALUE);
}

export function assemble(u: Unit, filename: string): PyCode {
  addImplicitReturn(u);
  // Now that every local has its index, cells and free variables get theirs.
  for (let i = 0; i < u.ops.length; i++) {
    if (op.opInfo(u.ops[i]).operand === 'free') u.args[i] = u.resolveDeref(u.args[i]);
  }
  const g = buildCfg(u);
  for (const b of g.all) normalizeBasicBlock(b);
  for (const b of newestFirst(g)) extendBlock(b);
  optimizeCfg(u, g);
  duplicateExitsWithoutLineno(g);
  const consts = trimUnusedConsts(u, g);
  propagateLineNumbers(g);
  guaranteeLinenoForExits(g, u.firstlineno);
  const maxDepth = stackDepth(g, u.qualname);
  labelExceptionTargets(g);
  convertExceptionHandlersToNops(g);
  for (const b of layout(g)) cleanBasicBlock(b);
  normalizeJumps(g);

  // ---- layout ----
  const blocks = [...layout(g)];
  const startOf = new Map<Block, number>();
  let m = 0;
  for (const b of blocks) {
    startOf.set(b, m);
    m += b.instrs.length;
  }
  const instrs = new Int32Array(m * 2);
  const positions = new Int32Array(m * 4);
  const lineStarts = new Uint8Array(m);
  const table: number[] = [];
  let k = 0;
  let lastLine = -1;
  let runStart = 0;
  let runHandler: Block | null = null;
  const flush = (end: number) => {
    if (runHandler === null) return;
    const h = runHandler;
    table.push(runStart, end, startOf.get(h)!, h.startDepth - 1 - (h.preserveLasti ? 1 : 0), h.preserveLasti ? 1 : 0);
  };
  for (const b of blocks) {
    for (const ins of b.instrs) {
      instrs[k * 2] = ins.op;
      instrs[k * 2 + 1] = ins.target !== null && op.opInfo(ins.op).operand === 'jump' ? startOf.get(ins.target)! : ins.arg;
      const loc = ins.loc;
      positions[k * 4] = loc.lineno;
      positions[k * 4 + 1] = loc.end_lineno;
      positions[k * 4 + 2] = loc.col;
      positions[k * 4 + 3] = loc.end_col;
      if (loc.lineno !== lastLine && loc.lineno >= 0) {
        lineStarts[k] = 1;
        lastLine = loc.lineno;
      }
      if (ins.except !== runHandler) {
        flush(k);
        runStart = k;
        runHandler = ins.except;
      }
      k++;
    }
  }
  flush(m);

  const code = u.newCode();
  code.filename = filename;
  code.argcount = u.argcount;
  code.posonlyargcount = u.posonlyargcount;
  code.kwonlyargcount = u.kwonlyargcount;
  code.flags = u.flags;
  code.instrs = instrs;
  code.positions = positions;
  code.lineStarts = lineStarts;
  code.consts = consts;
  code.names = u.names;
  code.exceptionTable = Int32Array.from(table);
  code.stacksize = maxDepth; // CPython's co_stacksize (frames add a margin: PyCode.stackTemplate)
  // localsplus: varnames (cell args flagged), other cells, then free variables.
  const names: string[] = [];
  const kinds: number[] = [];
  for (const v of u.varnames) {
    names.push(v);
    kinds.push(FAST_LOCAL | (u.cellvars.includes(v) ? FAST_CELL : 0));
  }
  for (const cv of u.cellvars) {
    if (u.varnames.includes(cv)) continue;
    names.push(cv);
    kinds.push(FAST_CELL);
  }
  for (const fv of u.freevars) {
    names.push(fv);
    kinds.push(FAST_FREE);
  }
  code.localsplusNames = names;
  code.localsplusKinds = Uint8Array.from(kinds);
  code.nfree = u.freevars.length;
  return code;
}
