/**
 * KernelObject: what belongs to the simulated kernel rather than to one process's heap — pipes
 * and sockets, process-shared semaphores, shared memory. fork() does not copy these: parent and
 * child refer to the same object, so what one process does through it the other sees.
 */
/** Memory mapped shared (typed arrays that back shared buffers): fork leaves them shared too. */
export const sharedMemory = new WeakSet<object>();

export abstract class KernelObject {
  /** Marks the class for fork's copier (a plain field, so any subclass has it). */
  readonly kernelShared = true;
}
