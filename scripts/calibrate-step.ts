/**
 * Calibration only (scripts/calibrate-vm.ts): stands in for vm/run.ts in the calibration bundle
 * (an esbuild plugin redirects every import of vm/run here). With `stepper.on`, runThread runs
 * one instruction at a time — budget 0 first to drive native frames up to the next Python
 * instruction, then budget 1 — and counts the opcode at the top frame's pc before each step, so
 * the real dispatch loop stays untouched. Stepping never fuses a superinstruction (its second
 * half needs a budget left), which costs exactly the same: a superinstruction costs the sum of
 * its halves. `dispatched` reconstructs what a normal run would have dispatched, fused pairs
 * included.
 */
import * as real from '../workers/python/vm/run';
import * as O from '../workers/python/compiler/opcodes';
import type { PyThreadState } from '../workers/python/vm/thread';
import type { Frame } from '../workers/python/vm/frame';

export * from '../workers/python/vm/run';

/** The plain instruction a superinstruction starts with (what one step of budget 1 runs). */
const FIRST_HALF = new Int32Array(O.OPCODE_COUNT).map((_, i) => i);
FIRST_HALF[O.PRECALL__CALL] = O.PRECALL;
FIRST_HALF[O.LOAD_FAST__LOAD_FAST] = O.LOAD_FAST;
FIRST_HALF[O.LOAD_FAST__LOAD_CONST] = O.LOAD_FAST;
FIRST_HALF[O.LOAD_CONST__LOAD_FAST] = O.LOAD_CONST;
FIRST_HALF[O.STORE_FAST__LOAD_FAST] = O.STORE_FAST;
FIRST_HALF[O.STORE_FAST__STORE_FAST] = O.STORE_FAST;
FIRST_HALF[O.COMPARE_OP__POP_JUMP] = O.COMPARE_OP;

export const stepper = {
  on: false,
  /** Executions of each plain opcode (superinstructions counted as their two halves). */
  counts: new Float64Array(O.OPCODE_COUNT),
  /** Dispatches a normal run makes, superinstructions counted as themselves. */
  dispatched: new Float64Array(O.OPCODE_COUNT),
  reset(): void {
    this.counts.fill(0);
    this.dispatched.fill(0);
  },
};

const BUDGET = 1, DONE_OR_OTHER = -1;
void DONE_OR_OTHER;

export function runThread(th: PyThreadState, budget: number): real.RunResult {
  if (!stepper.on) return real.runThread(th, budget);
  let secondOf: Frame | null = null;
  let secondPc = -1;
  for (let i = 0; i < budget; i++) {
    let r = real.runThread(th, 0);
    if (r !== (BUDGET as real.RunResult)) return r;
    const fr = th.top as Frame;
    const op = fr.instrs[fr.pc];
    const plain = FIRST_HALF[op];
    stepper.counts[plain]++;
    if (fr === secondOf && fr.pc === secondPc) {
      // The second half of a pair a normal run would have fused: no dispatch of its own.
      secondOf = null;
    } else {
      secondOf = null;
      if (plain !== op) {
        const fused = op !== O.COMPARE_OP__POP_JUMP ||
          (typeof fr.stack[fr.sp - 1] === 'number' && typeof fr.stack[fr.sp - 2] === 'number');
        stepper.dispatched[fused ? op : plain]++;
        if (fused) {
          secondOf = fr;
          secondPc = fr.pc + 2;
        }
      } else stepper.dispatched[op]++;
    }
    r = real.runThread(th, 1);
    if (r !== (BUDGET as real.RunResult)) return r;
  }
  return BUDGET as real.RunResult;
}
