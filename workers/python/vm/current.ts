/**
 * The thread whose code is running right now. Natives that need their caller's frame (super(),
 * globals(), locals(), sys.exc_info(), exec/eval) read it; the run loop sets it on entry.
 */
import type { PyThreadState } from './thread';
import type { Frame } from './frame';

let current: PyThreadState | null = null;

export function setCurrentThread(t: PyThreadState | null): void {
  current = t;
  if (t !== null) t.interp.currentThreadRef = t;
}

export function currentThread(): PyThreadState {
  if (current === null) throw new Error('internal: no Python thread is running');
  return current;
}

/** The running thread, or null outside a run (natives charging virtual time use it). */
export function peekCurrentThread(): PyThreadState | null {
  return current;
}

/** The innermost Python frame of the running thread (skipping native frames). */
export function currentFrame(): Frame | null {
  let f = currentThread().top;
  while (f !== null && f.native) f = f.back;
  return f as Frame | null;
}
