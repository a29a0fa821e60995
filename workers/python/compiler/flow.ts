/**
 * The assembler's late passes over the optimized CFG, ported from CPython 3.11's compile.c:
 *   - propagate_line_numbers / guarantee_lineno_for_exits: artificial instructions (no line)
 *     take the location of the instruction before them, or of their block's only predecessor;
 *   - stackdepth: the value-stack depth on entry to every block (handlers' depths go into the
 *     exception table);
 *   - label_exception_targets: each instruction's innermost handler, following SETUP_* /
 *     POP_BLOCK along every path; then the pseudo-ops become NOPs that keep their line
 *     (convert_exception_handlers_to_nops), so `try:` shows a NOP on its own line;
 *   - normalize_jumps: a jump is backward iff its target block comes no later in the layout.
 */
import type { Loc } from './unit';
import { type Cfg, type Block, isJump, isBlockPush, layout } from './cfg';
import * as op from './opcodes';

const NO_LOC: Loc = { lineno: -1, end_lineno: -1, col: -1, end_col: -1 };

export function propagateLineNumbers(g: Cfg): void {
  for (const b of layout(g)) {
    if (b.instrs.length === 0) continue;
    let prev = NO_LOC;
    for (const i of b.instrs) {
      if (i.loc.lineno < 0) i.loc = prev;
      else prev = i.loc;
    }
    if (!b.nofallthrough && b.next!.predecessors === 1 && b.next!.instrs[0].loc.lineno < 0) {
      b.next!.instrs[0].loc = prev;
    }
    const last = b.last()!;
    if (isJump(last.op)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs[0].loc.lineno < 0) t.instrs[0].loc = prev;
    }
  }
}

/** A RETURN_VALUE still without a line takes the last line seen before it in the layout. */
export function guaranteeLinenoForExits(g: Cfg, firstlineno: number): void {
  let lineno = firstlineno;
  for (const b of layout(g)) {
    const last = b.last();
    if (last === null) continue;
    if (last.loc.lineno < 0) {
      if (last.op === op.RETURN_VALUE) {
        for (const i of b.instrs) i.loc = { ...i.loc, lineno };
      }
    } else lineno = last.loc.lineno;
  }
}

/** Max stack depth; sets every reachable block's startDepth. */
export function stackDepth(g: Cfg, qualname: string): number {
  for (const b of g.all) b.startDepth = -1;
  let maxDepth = 0;
  const stack: Block[] = [];
  const push = (b: Block, depth: number) => {
    if (b.startDepth < 0) {
      b.startDepth = depth;
      stack.push(b);
    }
  };
  push(g.entry, 0);
  while (stack.length > 0) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let fallsThrough = true;
    for (const ins of b.instrs) {
      const info = op.opInfo(ins.op);
      const newDepth = depth + info.effect(ins.arg, false);
      if (newDepth < 0) throw new Error(`internal: negative stack depth at ${info.name} in ${qualname}`);
      maxDepth = Math.max(maxDepth, newDepth);
      if (isJump(ins.op) || isBlockPush(ins.op)) {
        const targetDepth = depth + info.effect(ins.arg, true);
        maxDepth = Math.max(maxDepth, targetDepth);
        push(ins.target!, targetDepth);
      }
      depth = newDepth;
      if (ins.op === op.JUMP || ins.op === op.JUMP_NO_INTERRUPT || ins.op === op.RETURN_VALUE || ins.op === op.RAISE_VARARGS || ins.op === op.RERAISE) {
        fallsThrough = false;
        break;
      }
    }
    if (fallsThrough && b.next !== null) push(b.next, depth);
  }
  return maxDepth;
}

/**
 * Give every instruction its innermost handler. SETUP_* and POP_BLOCK themselves get none —
 * as in CPython, whose exception table therefore skips the NOPs they become.
 */
export function labelExceptionTargets(g: Cfg): void {
  for (const b of layout(g)) b.visited = false;
  const todo: Block[] = [g.entry];
  g.entry.visited = true;
  g.entry.exceptStack = [];
  while (todo.length > 0) {
    const b = todo.pop()!;
    let stack = b.exceptStack!;
    b.exceptStack = null;
    let handler: Block | null = stack.length > 0 ? stack[stack.length - 1] : null;
    for (const ins of b.instrs) {
      if (isBlockPush(ins.op)) {
        const t = ins.target!;
        if (!t.visited) {
          t.exceptStack = stack;
          t.visited = true;
          todo.push(t);
        }
        if (ins.op === op.SETUP_WITH || ins.op === op.SETUP_CLEANUP) t.preserveLasti = true;
        stack = [...stack, t];
        handler = t;
      } else if (ins.op === op.POP_BLOCK) {
        stack = stack.slice(0, -1);
        handler = stack.length > 0 ? stack[stack.length - 1] : null;
      } else if (isJump(ins.op)) {
        ins.except = handler;
        const t = ins.target!;
        if (!t.visited) {
          t.exceptStack = stack;
          t.visited = true;
          todo.push(t);
        }
      } else {
        ins.except = handler;
      }
    }
    if (!b.nofallthrough && b.next !== null && !b.next.visited) {
      b.next.exceptStack = stack;
      b.next.visited = true;
      todo.push(b.next);
    }
  }
}

export function convertExceptionHandlersToNops(g: Cfg): void {
  for (const b of layout(g)) {
    for (const ins of b.instrs) {
      if (isBlockPush(ins.op) || ins.op === op.POP_BLOCK) {
        ins.op = op.NOP;
        ins.target = null;
      }
    }
  }
}

/** Resolve direction-less jumps now that the layout is final. */
export function normalizeJumps(g: Cfg): void {
  for (const b of layout(g)) b.visited = false;
  for (const b of layout(g)) {
    b.visited = true;
    const last = b.last();
    if (last === null || !isJump(last.op)) continue;
    const forward = !last.target!.visited;
    switch (last.op) {
      case op.JUMP:
        last.op = forward ? op.JUMP_FORWARD : op.JUMP_BACKWARD;
        break;
      case op.JUMP_NO_INTERRUPT:
        last.op = forward ? op.JUMP_FORWARD : op.JUMP_BACKWARD_NO_INTERRUPT;
        break;
      case op.POP_JUMP_IF_NOT_NONE:
        last.op = forward ? op.POP_JUMP_FORWARD_IF_NOT_NONE : op.POP_JUMP_BACKWARD_IF_NOT_NONE;
        break;
      case op.POP_JUMP_IF_NONE:
        last.op = forward ? op.POP_JUMP_FORWARD_IF_NONE : op.POP_JUMP_BACKWARD_IF_NONE;
        break;
      case op.POP_JUMP_IF_FALSE:
        last.op = forward ? op.POP_JUMP_FORWARD_IF_FALSE : op.POP_JUMP_BACKWARD_IF_FALSE;
        break;
      case op.POP_JUMP_IF_TRUE:
        last.op = forward ? op.POP_JUMP_FORWARD_IF_TRUE : op.POP_JUMP_BACKWARD_IF_TRUE;
        break;
      case op.JUMP_IF_TRUE_OR_POP:
      case op.JUMP_IF_FALSE_OR_POP:
        if (!forward) throw new Error(`internal: unexpected ${op.opInfo(last.op).name} jumping backwards`);
        break;
    }
  }
}
