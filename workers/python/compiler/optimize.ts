/**
 * CPython 3.11's control-flow-graph optimizer (compile.c: optimize_cfg and the passes around
 * it), ported pass for pass so that `dis` shows the same instructions:
 *   - optimize_basic_block: constant conditions become NOP/JUMP, `x is None` tests become
 *     POP_JUMP_IF_(NOT_)NONE, constant tuples are folded (the new constant is appended to
 *     co_consts, which is why default-argument tuples sit at the end), BUILD_TUPLE+UNPACK_SEQUENCE
 *     becomes SWAP, SWAP runs are minimised or applied statically, PUSH_NULL+LOAD_GLOBAL merge,
 *     and jumps to jumps are threaded (only between instructions on the same line);
 *   - clean_basic_block: NOPs go unless they are the only instruction carrying a line number;
 *   - extend_block: a jump to a small exit block without line numbers is replaced by a copy;
 *   - unreachable blocks are emptied, empty blocks skipped, jumps to the next block removed;
 *   - duplicate_exits_without_lineno: an exit block without line numbers reached by several
 *     jumps is copied so that each copy can take its jump's line (PEP 626);
 *   - trim_unused_consts: only trailing unused constants are dropped.
 * Everything keeps our VM's semantics: the rewritten sequences are equivalent instructions.
 */
import type { PyValue } from '../objects/object';
import { None } from '../objects/core-types';
import { PyTuple } from '../objects/tuple';
import { constTruthy } from './constfold';
import type { Unit } from './unit';
import { type Cfg, type Block, type Instr, isJump, isBlockPush, layout, newestFirst, newBlock } from './cfg';
import * as op from './opcodes';

/** normalize_basic_block: mark exits / no-fallthrough blocks, skip empty jump targets. */
export function normalizeBasicBlock(b: Block): void {
  for (let i = 0; i < b.instrs.length; i++) {
    const ins = b.instrs[i];
    switch (ins.op) {
      case op.RETURN_VALUE:
      case op.RAISE_VARARGS:
      case op.RERAISE:
        b.exit = true;
        b.nofallthrough = true;
        break;
      case op.JUMP:
      case op.JUMP_NO_INTERRUPT:
      case op.POP_JUMP_IF_NOT_NONE:
      case op.POP_JUMP_IF_NONE:
      case op.POP_JUMP_IF_FALSE:
      case op.POP_JUMP_IF_TRUE:
      case op.JUMP_IF_FALSE_OR_POP:
      case op.JUMP_IF_TRUE_OR_POP:
      case op.FOR_ITER:
        if (ins.op === op.JUMP || ins.op === op.JUMP_NO_INTERRUPT) b.nofallthrough = true;
        if (i !== b.instrs.length - 1) throw new Error('internal: malformed control flow graph');
        while (ins.target!.instrs.length === 0) ins.target = ins.target!.next;
    }
  }
}

function hasLineno(b: Block): boolean {
  return b.instrs.some((i) => i.loc.lineno > 0);
}

const MAX_COPY_SIZE = 4;

/** extend_block: replace a jump to a small exit block without line numbers by a copy of it. */
export function extendBlock(b: Block): void {
  const last = b.last();
  if (last === null || last.op !== op.JUMP) return;
  const t = last.target!;
  if (!t.exit || t.instrs.length > MAX_COPY_SIZE || hasLineno(t)) return;
  last.op = op.NOP;
  last.target = null;
  for (const i of t.instrs) b.instrs.push({ ...i });
  b.exit = true;
}

/** clean_basic_block: drop NOPs that carry no line number the neighbours do not already have. */
export function cleanBasicBlock(b: Block): void {
  const ins = b.instrs;
  const out: Instr[] = [];
  let prevLine = -1;
  for (let src = 0; src < ins.length; src++) {
    const line = ins[src].loc.lineno;
    if (ins[src].op === op.NOP) {
      if (line < 0) continue;
      if (prevLine === line) continue;
      if (src < ins.length - 1) {
        const nextLine = ins[src + 1].loc.lineno;
        if (nextLine === line) continue;
        if (nextLine < 0) {
          ins[src + 1].loc = ins[src].loc;
          continue;
        }
      } else {
        let next = b.next;
        while (next !== null && next.instrs.length === 0) next = next.next;
        if (next !== null && line === next.instrs[0].loc.lineno) continue;
      }
    }
    out.push(ins[src]);
    prevLine = line;
  }
  b.instrs = out;
}

/** Replace LOAD_CONST c1 … LOAD_CONST cn, BUILD_TUPLE n by LOAD_CONST (c1, …, cn). */
function foldTupleOnConstants(u: Unit, ins: Instr[], start: number, n: number): void {
  for (let i = start; i < start + n; i++) if (ins[i].op !== op.LOAD_CONST) return;
  const items: PyValue[] = [];
  for (let i = start; i < start + n; i++) items.push(u.consts[ins[i].arg]);
  // Like CPython: an equal constant already in co_consts is reused, otherwise it is appended.
  const index = u.addConst(new PyTuple(items));
  for (let i = start; i < start + n; i++) ins[i].op = op.NOP;
  ins[start + n].op = op.LOAD_CONST;
  ins[start + n].arg = index;
}

const VISITED = -1;

/** swaptimize: replace a run of SWAPs and NOPs by the fewest SWAPs with the same effect. */
function swaptimize(b: Block, at: number): number {
  const ins = b.instrs;
  let depth = ins[at].arg;
  let len = 0;
  let more = false;
  const limit = ins.length - at;
  while (++len < limit) {
    const o = ins[at + len].op;
    if (o === op.SWAP) {
      depth = Math.max(depth, ins[at + len].arg);
      more = true;
    } else if (o !== op.NOP) break;
  }
  if (!more) return at;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    if (ins[at + i].op === op.SWAP) {
      const k = ins[at + i].arg;
      const top = stack[0];
      stack[0] = stack[k - 1];
      stack[k - 1] = top;
    }
  }
  // Emit the cycles of the permutation backwards from the end of the run.
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j !== 0) {
        ins[at + current].op = op.SWAP;
        ins[at + current].arg = j + 1;
        current--;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) ins[at + current--].op = op.NOP;
  return at + len - 1;
}

const swappable = (o: number) => o === op.STORE_FAST || o === op.POP_TOP;
const storesTo = (i: Instr) => (i.op === op.STORE_FAST ? i.arg : -1);

function nextSwappable(b: Block, i: number, lineno: number): number {
  while (++i < b.instrs.length) {
    const ins = b.instrs[i];
    // Reordering across a line change would change which names are bound between line events.
    if (lineno >= 0 && ins.loc.lineno !== lineno) return -1;
    if (ins.op === op.NOP) continue;
    if (swappable(ins.op)) return i;
    return -1;
  }
  return -1;
}

/** apply_static_swaps: SWAP, POP_TOP, STORE_FAST x → NOP, STORE_FAST x, POP_TOP and the like. */
function applyStaticSwaps(b: Block, i: number): void {
  const ins = b.instrs;
  for (; i >= 0; i--) {
    const swap = ins[i];
    if (swap.op !== op.SWAP) {
      if (swap.op === op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(b, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = ins[j].loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(b, k, lineno);
      if (k < 0) return;
    }
    const sj = storesTo(ins[j]);
    const sk = storesTo(ins[k]);
    if (sj >= 0 || sk >= 0) {
      if (sj === sk) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(ins[idx]);
        if (s >= 0 && (s === sj || s === sk)) return;
      }
    }
    swap.op = op.NOP;
    const t = ins[j];
    ins[j] = ins[k];
    ins[k] = t;
  }
}

/** Retarget `inst` to where the jump `target` goes, if both are on the same line. */
function jumpThread(inst: Instr, target: Instr, opcode: number): boolean {
  if (inst.loc.lineno === target.loc.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.op = opcode;
    return true;
  }
  return false;
}

const NOP_INSTR: Instr = { op: op.NOP, arg: 0, target: null, loc: { lineno: -1, end_lineno: -1, col: -1, end_col: -1 }, except: null };

function optimizeBasicBlock(u: Unit, b: Block): void {
  const ins = b.instrs;
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i];
    const oparg = inst.arg;
    const nextop = i + 1 < ins.length ? ins[i + 1].op : -1;
    let target = NOP_INSTR;
    if (inst.target !== null && (isJump(inst.op) || isBlockPush(inst.op))) {
      while (inst.target.instrs.length === 0) inst.target = inst.target.next!;
      target = inst.target.instrs[0];
    }
    switch (inst.op) {
      case op.LOAD_CONST:
        switch (nextop) {
          case op.POP_JUMP_IF_FALSE:
          case op.POP_JUMP_IF_TRUE: {
            const isTrue = constTruthy(u.consts[oparg]);
            inst.op = op.NOP;
            if (isTrue === (nextop === op.POP_JUMP_IF_TRUE)) {
              ins[i + 1].op = op.JUMP;
              b.nofallthrough = true;
            } else ins[i + 1].op = op.NOP;
            break;
          }
          case op.JUMP_IF_FALSE_OR_POP:
          case op.JUMP_IF_TRUE_OR_POP: {
            const isTrue = constTruthy(u.consts[oparg]);
            if (isTrue === (nextop === op.JUMP_IF_TRUE_OR_POP)) {
              ins[i + 1].op = op.JUMP;
              b.nofallthrough = true;
            } else {
              inst.op = op.NOP;
              ins[i + 1].op = op.NOP;
            }
            break;
          }
          case op.IS_OP: {
            const jumpOp = i + 2 < ins.length ? ins[i + 2].op : -1;
            if (u.consts[oparg] === None && (jumpOp === op.POP_JUMP_IF_FALSE || jumpOp === op.POP_JUMP_IF_TRUE)) {
              const isNot = ins[i + 1].arg;
              inst.op = op.NOP;
              ins[i + 1].op = op.NOP;
              ins[i + 2].op = isNot ^ (jumpOp === op.POP_JUMP_IF_FALSE ? 1 : 0) ? op.POP_JUMP_IF_NOT_NONE : op.POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      case op.BUILD_TUPLE:
        if (nextop === op.UNPACK_SEQUENCE && oparg === ins[i + 1].arg) {
          if (oparg === 1) {
            inst.op = op.NOP;
            ins[i + 1].op = op.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.op = op.NOP;
            ins[i + 1].op = op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(u, ins, i - oparg, oparg);
        break;
      // "a and b or c" and friends: a JUMP_IF_X_OR_POP landing on a test of the same kind can go
      // straight to that test's target; landing on the opposite test, just past it.
      case op.JUMP_IF_FALSE_OR_POP:
        switch (target.op) {
          case op.POP_JUMP_IF_FALSE:
            if (jumpThread(inst, target, op.POP_JUMP_IF_FALSE)) i--;
            break;
          case op.JUMP:
          case op.JUMP_IF_FALSE_OR_POP:
            if (jumpThread(inst, target, op.JUMP_IF_FALSE_OR_POP)) i--;
            break;
          case op.JUMP_IF_TRUE_OR_POP:
          case op.POP_JUMP_IF_TRUE:
            if (inst.loc.lineno === target.loc.lineno) {
              inst.op = op.POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case op.JUMP_IF_TRUE_OR_POP:
        switch (target.op) {
          case op.POP_JUMP_IF_TRUE:
            if (jumpThread(inst, target, op.POP_JUMP_IF_TRUE)) i--;
            break;
          case op.JUMP:
          case op.JUMP_IF_TRUE_OR_POP:
            if (jumpThread(inst, target, op.JUMP_IF_TRUE_OR_POP)) i--;
            break;
          case op.JUMP_IF_FALSE_OR_POP:
          case op.POP_JUMP_IF_FALSE:
            if (inst.loc.lineno === target.loc.lineno) {
              inst.op = op.POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              i--;
            }
            break;
        }
        break;
      case op.POP_JUMP_IF_NOT_NONE:
      case op.POP_JUMP_IF_NONE:
      case op.POP_JUMP_IF_FALSE:
      case op.POP_JUMP_IF_TRUE:
      case op.JUMP:
        if (target.op === op.JUMP && jumpThread(inst, target, inst.op)) i--;
        break;
      case op.SWAP:
        if (oparg === 1) {
          inst.op = op.NOP;
          break;
        }
        i = swaptimize(b, i);
        applyStaticSwaps(b, i);
        break;
      case op.PUSH_NULL:
        if (nextop === op.LOAD_GLOBAL) {
          inst.op = op.NOP;
          inst.arg = 0;
          ins[i + 1].arg |= 1;
        }
        break;
    }
  }
}

/** mark_reachable: count predecessors of every block reachable from the entry. */
function markReachable(g: Cfg): void {
  const stack: Block[] = [g.entry];
  g.entry.predecessors = 1;
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (b.next !== null && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const ins of b.instrs) {
      if (isJump(ins.op) || isBlockPush(ins.op)) {
        const t = ins.target!;
        if (t.predecessors === 0) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

/** eliminate_empty_basic_blocks: unlink empty blocks and retarget jumps past them. */
function eliminateEmptyBlocks(g: Cfg): void {
  for (const b of layout(g)) {
    let next = b.next;
    if (next !== null) {
      while (next.instrs.length === 0 && next.next !== null) next = next.next;
      b.next = next;
    }
  }
  for (const b of layout(g)) {
    const last = b.last();
    if (last === null || !isJump(last.op)) continue;
    let t = last.target!;
    while (t.instrs.length === 0) t = t.next!;
    last.target = t;
  }
}

/** optimize_cfg. */
export function optimizeCfg(u: Unit, g: Cfg): void {
  for (const b of layout(g)) {
    optimizeBasicBlock(u, b);
    cleanBasicBlock(b);
  }
  for (const b of newestFirst(g)) extendBlock(b);
  markReachable(g);
  for (const b of layout(g)) {
    if (b.predecessors === 0) {
      b.instrs = [];
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBlocks(g);
  for (const b of layout(g)) cleanBasicBlock(b);
  // A jump to the block that follows anyway becomes a NOP (removed later if it has no line).
  let maybeEmpty = false;
  for (const b of layout(g)) {
    const last = b.last();
    if (last !== null && (last.op === op.JUMP || last.op === op.JUMP_NO_INTERRUPT) && last.target === b.next) {
      b.nofallthrough = false;
      last.op = op.NOP;
      last.target = null;
      maybeEmpty = true;
    }
  }
  if (maybeEmpty) eliminateEmptyBlocks(g);
}

function isExitWithoutLineno(b: Block): boolean {
  return b.exit && b.instrs.every((i) => i.loc.lineno < 0);
}

/** duplicate_exits_without_lineno (PEP 626: every return/raise needs a correct line). */
export function duplicateExitsWithoutLineno(g: Cfg): void {
  for (const b of newestFirst(g)) {
    const last = b.last();
    if (last === null || !isJump(last.op)) continue;
    const t = last.target!;
    if (isExitWithoutLineno(t) && t.predecessors > 1) {
      const copy = newBlock(g);
      copy.instrs = t.instrs.map((i) => ({ ...i }));
      copy.exit = t.exit;
      copy.nofallthrough = true;
      copy.instrs[0].loc = last.loc;
      last.target = copy;
      t.predecessors--;
      copy.predecessors = 1;
      copy.next = t.next;
      t.next = copy;
    }
  }
  for (const b of newestFirst(g)) {
    while (b.next !== null && b.next.instrs.length === 0) b.next = b.next.next;
  }
  // Exits reached only by falling through take the line of the instruction before them.
  for (const b of newestFirst(g)) {
    if (!b.nofallthrough && b.next !== null && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      b.next.instrs[0].loc = b.last()!.loc;
    }
  }
}

/** trim_unused_consts: drop trailing constants no instruction loads (the first always stays). */
export function trimUnusedConsts(u: Unit, g: Cfg): PyValue[] {
  let max = 0;
  for (const b of layout(g)) {
    for (const i of b.instrs) {
      if ((i.op === op.LOAD_CONST || i.op === op.KW_NAMES) && i.arg > max) max = i.arg;
    }
  }
  return u.consts.slice(0, max + 1);
}
