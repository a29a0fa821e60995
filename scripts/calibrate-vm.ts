/**
 * Calibration harness (bundled and run by scripts/calibrate-vm.mjs; used by calibrate.py).
 *
 *   calibrate-vm count FILE...   run each program one instruction at a time (calibrate-step.ts)
 *                                and print per opcode and per native-cost kind how often it ran
 *   calibrate-vm time FILE...    run each program normally and print its virtual time
 *
 * One JSON line per file: {file, virtualNs, instructions, stdout, exitCode, ops, dispatched,
 * natives: {kind: [charges, units]}} (ops/dispatched/natives only when counting).
 */
import { readFileSync } from 'node:fs';
import { runProgram, BufferSink } from '../workers/python/run-program';
import { allOpcodes } from '../workers/python/compiler/opcodes';
import { costProbe, NATIVE_KIND_NAMES, type NK } from '../workers/python/runtime/cost';
import { stepper } from './calibrate-step';

const [, , mode, ...files] = process.argv;
const names = allOpcodes().map((o) => o.name);
const charges = new Float64Array(NATIVE_KIND_NAMES.length);
const units = new Float64Array(NATIVE_KIND_NAMES.length);

for (const file of files) {
  const src = readFileSync(file, 'utf8');
  const counting = mode === 'count';
  stepper.on = counting;
  stepper.reset();
  charges.fill(0);
  units.fill(0);
  costProbe.on = counting
    ? (kind: NK, n: number) => {
        charges[kind]++;
        units[kind] += n;
      }
    : null;
  const sink = new BufferSink();
  const r = runProgram(src, sink, { filename: file, maxInstructions: 1e12 });
  stepper.on = false;
  costProbe.on = null;
  const out: Record<string, unknown> = {
    file, virtualNs: r.virtualNs, instructions: r.instructions, exitCode: r.exitCode, stdout: sink.stdout, stderr: sink.stderr,
  };
  if (counting) {
    const pick = (a: Float64Array) => Object.fromEntries([...a].map((v, i) => [names[i], v] as const).filter(([, v]) => v > 0));
    out.ops = pick(stepper.counts);
    out.dispatched = pick(stepper.dispatched);
    out.natives = Object.fromEntries(NATIVE_KIND_NAMES.map((k, i) => [k, [charges[i], units[i]]] as const).filter(([, v]) => v[0] > 0));
  }
  console.log(JSON.stringify(out));
}
