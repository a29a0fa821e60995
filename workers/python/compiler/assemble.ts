/**
 * The assembler: turns a Unit's instruction list (labels, SETUP_* / POP_BLOCK pseudo-ops,
 * direction-less jumps) into a PyCode:
 *   1. split into basic blocks and walk the control-flow graph from the entry, carrying the
 *      stack of active exception handlers (CPython's label_exception_targets) and the value
 *      stack depth (stackdepth); unreachable blocks are dropped;
 *   2. remove pseudo-ops and redundant NOPs, lower jumps to FORWARD/BACKWARD forms;
 *   3. build the exception table from each instruction's innermost handler.
 */
import { PyCode, FAST_LOCAL, FAST_CELL, FAST_FREE } from './code';
import type { Unit, Loc } from './unit';
import * as op from './opcodes';

interface Handler {
  label: number;
  /** Depth of the value stack when the handler starts, before lasti/exception are pushed. */
  depth: number;
  lasti: boolean;
}

const SETUPS = new Set([op.SETUP_FINALLY, op.SETUP_CLEANUP, op.SETUP_WITH]);

function isUncondJump(o: number): boolean {
  return o === op.JUMP || o === op.JUMP_NO_INTERRUPT || o === op.JUMP_FORWARD || o === op.JUMP_BACKWARD || o === op.JUMP_BACKWARD_NO_INTERRUPT;
}

function endsFlow(o: number): boolean {
  return o === op.RETURN_VALUE || o === op.RAISE_VARARGS || o === op.RERAISE || isUncondJump(o);
}

export function assemble(u: Unit, filename: string): PyCode {
  const n = u.ops.length;
  const ops = u.ops;
  const args = u.args;
  const target = (i: number): number => u.labels[args[i]];

  // ---- 1. flow analysis: depth and handler stack at every reachable instruction ----
  const depthAt = new Int32Array(n + 1).fill(-1);
  const handlerOf: (Handler | null)[] = new Array(n).fill(null);
  const stackAt: (Handler[] | null)[] = new Array(n + 1).fill(null);
  let maxDepth = 0;
  const work: number[] = [];
  const visit = (i: number, depth: number, handlers: Handler[]) => {
    if (i >= n) return;
    if (depthAt[i] >= 0) return; // first visit wins (depths agree in well-formed code)
    depthAt[i] = depth;
    stackAt[i] = handlers;
    work.push(i);
  };
  visit(0, 0, []);
  while (work.length > 0) {
    let i = work.pop()!;
    let depth = depthAt[i];
    let handlers = stackAt[i]!;
    for (;;) {
      const o = ops[i];
      depthAt[i] = depth;
      stackAt[i] = handlers;
      handlerOf[i] = handlers.length > 0 ? handlers[handlers.length - 1] : null;
      const info = op.opInfo(o);
      if (SETUPS.has(o)) {
        const hdepth = depth + info.effect(args[i], true);
        const lasti = o !== op.SETUP_FINALLY;
        const h: Handler = { label: args[i], depth: hdepth - 1 - (lasti ? 1 : 0), lasti };
        visit(target(i), hdepth, handlers);
        maxDepth = Math.max(maxDepth, hdepth);
        handlers = [...handlers, h];
      } else if (o === op.POP_BLOCK) {
        handlers = handlers.slice(0, -1);
      } else if (info.operand === 'jump') {
        const jd = depth + info.effect(args[i], true);
        maxDepth = Math.max(maxDepth, jd);
        visit(target(i), jd, handlers);
      }
      if (endsFlow(o)) break;
      depth += info.effect(args[i], false);
      if (depth < 0) throw new Error(`internal: negative stack depth at ${info.name} in ${u.qualname}`);
      maxDepth = Math.max(maxDepth, depth);
      i++;
      if (i >= n) break;
      if (depthAt[i] >= 0) break; // already analysed from another path
      if (isLabelTarget(u, i)) {
        visit(i, depth, handlers);
        break;
      }
    }
  }

  // ---- 2. keep reachable, real instructions; drop redundant NOPs ----
  const keep: number[] = [];
  for (let i = 0; i < n; i++) {
    if (depthAt[i] < 0) continue;
    const o = ops[i];
    if (SETUPS.has(o) || o === op.POP_BLOCK) continue;
    keep.push(i);
  }
  const finalKeep: number[] = [];
  for (let k = 0; k < keep.length; k++) {
    const i = keep[k];
    if (ops[i] === op.NOP) {
      const line = u.locs[i].lineno;
      const prev = finalKeep.length > 0 ? u.locs[finalKeep[finalKeep.length - 1]].lineno : -2;
      const next = k + 1 < keep.length ? u.locs[keep[k + 1]].lineno : -2;
      if (line < 0 || line === prev || (line === next && !isLabelTarget(u, i))) continue;
    }
    finalKeep.push(i);
  }
  // Map old instruction index → new index (a removed instruction maps to the next kept one).
  const newIndex = new Int32Array(n + 1).fill(-1);
  {
    let k = finalKeep.length;
    newIndex[n] = k;
    for (let i = n - 1; i >= 0; i--) {
      if (k > 0 && finalKeep[k - 1] === i) k--;
      newIndex[i] = k;
    }
  }

  // ---- 3. emit ----
  const m = finalKeep.length;
  const instrs = new Int32Array(m * 2);
  const positions = new Int32Array(m * 4);
  const lineStarts = new Uint8Array(m);
  let lastLine = -1;
  for (let k = 0; k < m; k++) {
    const i = finalKeep[k];
    let o = ops[i];
    let a = args[i];
    if (op.opInfo(o).operand === 'jump') {
      const t = newIndex[target(i)];
      const backward = t <= k;
      o = lowerJump(o, backward);
      a = t;
    }
    instrs[k * 2] = o;
    instrs[k * 2 + 1] = a;
    const loc: Loc = u.locs[i];
    positions[k * 4] = loc.lineno;
    positions[k * 4 + 1] = loc.end_lineno;
    positions[k * 4 + 2] = loc.col;
    positions[k * 4 + 3] = loc.end_col;
    if (loc.lineno !== lastLine && loc.lineno >= 0) {
      lineStarts[k] = 1;
      lastLine = loc.lineno;
    }
  }

  // Exception table: maximal runs of instructions sharing the same innermost handler.
  const table: number[] = [];
  let runStart = -1;
  let runHandler: Handler | null = null;
  const flush = (end: number) => {
    if (runHandler !== null && runStart >= 0) {
      table.push(runStart, end, newIndex[u.labels[runHandler.label]], runHandler.depth, runHandler.lasti ? 1 : 0);
    }
  };
  for (let k = 0; k < m; k++) {
    const h = handlerOf[finalKeep[k]];
    if (h !== runHandler && !(h && runHandler && sameHandler(h, runHandler))) {
      flush(k);
      runStart = k;
      runHandler = h;
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
  code.consts = u.consts;
  code.names = u.names;
  code.exceptionTable = Int32Array.from(table);
  code.stacksize = maxDepth + 2;
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

function sameHandler(a: Handler, b: Handler): boolean {
  return a.label === b.label && a.depth === b.depth && a.lasti === b.lasti;
}

let labelTargetCache: { unit: Unit; set: Set<number> } | null = null;
function isLabelTarget(u: Unit, i: number): boolean {
  if (labelTargetCache === null || labelTargetCache.unit !== u) {
    labelTargetCache = { unit: u, set: new Set(u.labels) };
  }
  return labelTargetCache.set.has(i);
}

function lowerJump(o: number, backward: boolean): number {
  switch (o) {
    case op.JUMP:
      return backward ? op.JUMP_BACKWARD : op.JUMP_FORWARD;
    case op.JUMP_NO_INTERRUPT:
      return backward ? op.JUMP_BACKWARD_NO_INTERRUPT : op.JUMP_FORWARD;
    case op.POP_JUMP_IF_FALSE:
      return backward ? op.POP_JUMP_BACKWARD_IF_FALSE : op.POP_JUMP_FORWARD_IF_FALSE;
    case op.POP_JUMP_IF_TRUE:
      return backward ? op.POP_JUMP_BACKWARD_IF_TRUE : op.POP_JUMP_FORWARD_IF_TRUE;
    case op.POP_JUMP_IF_NONE:
      return backward ? op.POP_JUMP_BACKWARD_IF_NONE : op.POP_JUMP_FORWARD_IF_NONE;
    case op.POP_JUMP_IF_NOT_NONE:
      return backward ? op.POP_JUMP_BACKWARD_IF_NOT_NONE : op.POP_JUMP_FORWARD_IF_NOT_NONE;
    default:
      return o; // FOR_ITER, SEND, JUMP_IF_*_OR_POP are forward in 3.11
  }
}
