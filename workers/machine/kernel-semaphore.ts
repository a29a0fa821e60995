/**
 * A POSIX semaphore in memory shared between processes (sem_open): what multiprocessing's locks,
 * semaphores, conditions and queues are built on (`_multiprocessing.SemLock`). Unlike the heap,
 * fork does not copy it — parent and children wait on the same counter. The machine blocks and
 * wakes the waiters (Machine.postSemaphore), as sem_post wakes one thread of any process.
 */
import { KernelObject } from './kernel-object';
import type { SimThread } from './sim-thread';

export class KernelSemaphore extends KernelObject {
  /** Threads (of any process) blocked in sem_wait, in the order they started waiting. */
  readonly waiters: SimThread[] = [];

  constructor(
    public value: number,
    /** sem_open's name (multiprocessing's "/mp-…"), for reports. */
    readonly name: string,
    /** A number for `SemLock.handle` (the sem_t* in CPython). */
    readonly handle: number,
  ) {
    super();
  }
}
