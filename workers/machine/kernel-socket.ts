/**
 * A simulated connected socket (one end of socket.socketpair()): the bytes sent by its peer
 * waiting to be received, and the threads blocked in select() until it becomes readable. The
 * machine does the waiting and the waking (Machine.notifyReadable). asyncio's event loop wakes
 * itself through such a pair (call_soon_threadsafe writes a byte); subprocess pipes are pairs too.
 */
import type { SimThread } from './sim-thread';

export class KernelSocket {
  readonly rx: number[] = [];
  peer: KernelSocket | null = null;
  closed = false;
  /** Threads in select() waiting for this socket to become readable. */
  readonly waiters: SimThread[] = [];
  /** Simulated programs (subprocess children) waiting to read it: called with the time it became readable. */
  readonly listeners: ((t: number) => void)[] = [];

  constructor(readonly fd: number) {}

  /** Readable: data waiting, or the peer has gone (recv returns b''). */
  readable(): boolean {
    return this.rx.length > 0 || this.peer === null || this.peer.closed;
  }
}
