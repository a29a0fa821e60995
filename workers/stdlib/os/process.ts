/**
 * Process identity for os.getpid()/getppid(): deterministic numbers owned by the interpreter.
 * The multiprocessing simulation takes this over — it allocates pids for the processes it
 * creates (`allocatePid`) and installs each child's identity with `setProcessIds`.
 */
import type { Interpreter } from '../../python/vm/interpreter-state';

export interface ProcessIds {
  pid: number;
  ppid: number;
}

interface PidTable {
  self: ProcessIds;
  /** Next pid to hand out to a simulated child process. */
  next: number;
}

/** The main program is pid 1000, child of a pid-1 "init", like a fresh container. */
function table(interp: Interpreter): PidTable {
  return interp.ext('os.process', () => ({ self: { pid: 1000, ppid: 1 }, next: 1001 }));
}

export function processIds(interp: Interpreter): ProcessIds {
  return table(interp).self;
}

export function setProcessIds(interp: Interpreter, ids: ProcessIds): void {
  table(interp).self = ids;
}

export function allocatePid(interp: Interpreter): number {
  return table(interp).next++;
}
