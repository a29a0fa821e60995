/**
 * The control-flow graph the assembler works on, shaped like CPython 3.11's (compile.c's
 * basicblock / struct instr): instructions hold their jump target as a Block, blocks are linked
 * in layout order through `next` (b_next), and every block remembers when it was allocated
 * (`seq`) because a few passes walk blocks newest-first like CPython's b_list.
 *
 * Blocks are rebuilt from a Unit's flat instruction list: a new block starts where a label is
 * placed (compiler_use_next_block) and after every jump, return, raise or re-raise
 * (compiler_use_new_implicit_block_if_needed) — exactly where CPython's code generator starts
 * one, which matters because the peephole passes only look inside a block.
 */
import type { Unit, Loc } from './unit';
import * as op from './opcodes';

export interface Instr {
  op: number;
  arg: number;
  /** Jump or SETUP_* target. */
  target: Block | null;
  /** Source location; shared immutable objects, so copying a location is an assignment. */
  loc: Loc;
  /** Innermost exception handler, set by label_exception_targets (CPython's i_except). */
  except: Block | null;
}

export class Block {
  instrs: Instr[] = [];
  /** Next block in layout order (CPython's b_next). */
  next: Block | null = null;
  predecessors = 0;
  /** Stack depth on entry; -1 until stackdepth() reaches the block. */
  startDepth = -1;
  visited = false;
  /** Ends with RETURN_VALUE / RAISE_VARARGS / RERAISE (b_exit). */
  exit = false;
  /** Control never falls off the end (b_nofallthrough). */
  nofallthrough = false;
  /** An exception handler entered with lasti pushed (b_preserve_lasti). */
  preserveLasti = false;
  /** Exception handler stack on entry, only during label_exception_targets. */
  exceptStack: Block[] | null = null;
  constructor(readonly seq: number) {}

  last(): Instr | null {
    return this.instrs.length > 0 ? this.instrs[this.instrs.length - 1] : null;
  }
}

export interface Cfg {
  entry: Block;
  /** Every block ever allocated, in allocation order (reverse of CPython's b_list). */
  all: Block[];
  nextSeq: number;
}

export function newBlock(g: Cfg): Block {
  const b = new Block(g.nextSeq++);
  g.all.push(b);
  return b;
}

/** Jumps with a target (not the SETUP_* pseudo-ops): CPython's is_jump. */
export function isJump(o: number): boolean {
  return op.opInfo(o).operand === 'jump' && !isBlockPush(o);
}

export function isBlockPush(o: number): boolean {
  return o === op.SETUP_FINALLY || o === op.SETUP_CLEANUP || o === op.SETUP_WITH;
}

export function isScopeExit(o: number): boolean {
  return o === op.RETURN_VALUE || o === op.RAISE_VARARGS || o === op.RERAISE;
}

export function isUncondJump(o: number): boolean {
  return o === op.JUMP || o === op.JUMP_NO_INTERRUPT;
}

/** Instructions after which CPython's code generator starts a new block. */
export function endsBlock(o: number): boolean {
  return isJump(o) || isScopeExit(o);
}

/** The first non-empty block at or after `b` in layout order. */
export function skipEmpty(b: Block): Block {
  while (b.instrs.length === 0 && b.next !== null) b = b.next;
  return b;
}

/**
 * Split a unit's instructions into blocks. Labels that share a position share a block (CPython
 * would have empty blocks in front, which every pass skips); the block takes the allocation
 * number of the label placed last there, the one CPython's instructions actually went into.
 */
export function buildCfg(u: Unit): Cfg {
  const n = u.ops.length;
  const g: Cfg = { entry: null as unknown as Block, all: [], nextSeq: u.allocCount };
  // Which label's block holds the instructions at each position.
  const lastPlaced = new Map<number, number>();
  for (let l = 0; l < u.labels.length; l++) {
    const at = u.labels[l];
    if (at < 0) continue;
    const prev = lastPlaced.get(at);
    if (prev === undefined || u.placeOrder[l] > u.placeOrder[prev]) lastPlaced.set(at, l);
  }
  const blockAt = new Map<number, Block>();
  const make = (seq: number): Block => {
    const b = new Block(seq);
    g.all.push(b);
    return b;
  };
  const entry = make(0);
  g.entry = entry;
  let cur = entry;
  for (let i = 0; i < n; i++) {
    const l = lastPlaced.get(i);
    let start: Block | null = null;
    if (l !== undefined) start = make(u.labelSeq[l]);
    else if (u.implicitStarts.has(i)) start = make(u.implicitStarts.get(i)!);
    if (start !== null && !(i === 0 && l === undefined)) {
      if (i === 0) {
        // A label at the very start: the entry block stays empty in front of it.
        entry.next = start;
      } else cur.next = start;
      cur = start;
      blockAt.set(i, start);
    }
    cur.instrs.push({ op: u.ops[i], arg: u.args[i], target: null, loc: u.locs[i], except: null });
  }
  // Resolve jump targets now that every position has its block.
  const blockOfLabel = (l: number): Block => {
    const at = u.labels[l];
    const b = blockAt.get(at);
    if (b === undefined) throw new Error(`internal: label ${l} at ${at} starts no block in ${u.qualname}`);
    return b;
  };
  for (const b of g.all) {
    for (const ins of b.instrs) {
      if (op.opInfo(ins.op).operand === 'jump') ins.target = blockOfLabel(ins.arg);
    }
  }
  g.all.sort((a, b) => a.seq - b.seq);
  return g;
}

/** Blocks in layout order from the entry. */
export function* layout(g: Cfg): Generator<Block> {
  for (let b: Block | null = g.entry; b !== null; b = b.next) yield b;
}

/** Blocks newest-first, like iterating CPython's u_blocks / b_list (a snapshot). */
export function newestFirst(g: Cfg): Block[] {
  return g.all.slice().reverse();
}
