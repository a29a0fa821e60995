/**
 * A simulated connected socket (one end of socket.socketpair()): the bytes sent by its peer
 * waiting to be received, and the threads blocked in select() until it becomes readable. The
 * machine does the waiting and the waking (Machine.notifyReadable). asyncio's event loop wakes
 * itself through such a pair (call_soon_threadsafe writes a byte); subprocess pipes are pairs too.
 */
import { KernelObject } from './kernel-object';
import type { SimThread } from './sim-thread';

export class KernelSocket extends KernelObject {
  readonly rx: number[] = [];
  peer: KernelSocket | null = null;
  /** All ends closed: no process holds a descriptor for it any more. */
  closed = false;
  /** Descriptors referring to it, across processes (fork shares them): it closes at 0. */
  refs = 1;
  /** How many bytes may wait in rx before a writer blocks (a Linux pipe's 64 KiB). */
  capacity = 65_536;
  /** Threads blocked writing to this end while its buffer is full. */
  readonly writers: SimThread[] = [];
  /** Threads in select() waiting for this socket to become readable. */
  readonly waiters: SimThread[] = [];
  /** Simulated programs (subprocess children) waiting to read it: called with the time it became readable. */
  readonly listeners: ((t: number) => void)[] = [];

  constructor(readonly fd: number) {
    super();
  }

  /** Readable: data waiting, or the peer has gone (recv returns b''). */
  readable(): boolean {
    return this.rx.length > 0 || this.peer === null || this.peer.closed;
  }
}
