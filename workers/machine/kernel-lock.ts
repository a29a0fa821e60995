/**
 * The kernel object behind `_thread.lock` and `_thread.RLock`: locked or not, who holds it (an
 * RLock's owner; for a plain lock the thread that acquired it last, which CPython does not track
 * but the timeline and deadlock reports show), the recursion count, and the threads blocked in
 * acquire in the order they started waiting. The machine does the blocking and hand-off.
 */
import { PyObject } from '../python/objects/object';
import type { PyType } from '../python/objects/type';
import type { SimThread } from './sim-thread';

export class KernelLock extends PyObject {
  locked = false;
  holder: SimThread | null = null;
  /** RLock recursion count (plain locks: 1 while locked). */
  count = 0;
  readonly waiters: SimThread[] = [];
  /** Trace object id (0 until the trace first mentions it). */
  traceId = 0;

  constructor(
    cls: PyType,
    readonly reentrant: boolean,
  ) {
    super(cls);
  }
}
