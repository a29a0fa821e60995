/**
 * A simulated connected socket (one end of socket.socketpair()): the bytes sent by its peer
 * waiting to be received, and the threads blocked in select() until it becomes readable. The
 * machine does the waiting and the waking (Machine.notifyReadable). asyncio's event loop wakes
 * itself through such a pair (call_soon_threadsafe writes a byte); subprocess pipes are pairs too.
 * A UNIX-domain socket bound to a path and listening (multiprocessing's Manager) queues the server
 * ends of connections until accept() takes them; it is readable while one waits.
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
  /** Who wrote the bytes in rx, in order (for the trace's transfers): writer tid, count, time. */
  readonly writes: { tid: number; n: number; t: number }[] = [];
  /** How many bytes may wait in rx before a writer blocks (a Linux pipe's 64 KiB). */
  capacity = 65_536;
  /** Threads blocked writing to this end while its buffer is full. */
  readonly writers: SimThread[] = [];
  /** Threads in select() waiting for this socket to become readable. */
  readonly waiters: SimThread[] = [];
  /** Simulated programs (subprocess children) waiting to read it: called with the time it became readable. */
  readonly listeners: ((t: number) => void)[] = [];

  /** A UNIX-domain socket's bound path ('' if none), and whether it listens. */
  path = '';
  listening = false;
  /** A listener's connections waiting for accept() (their server ends). */
  readonly pending: KernelSocket[] = [];

  /** `fd`: the descriptor it was created under (an accepted connection gets one at accept). */
  constructor(public fd: number) {
    super();
  }

  /** Readable: data waiting, or the peer has gone (recv returns b''). */
  readable(): boolean {
    if (this.listening) return this.pending.length > 0;
    return this.rx.length > 0 || this.peer === null || this.peer.closed;
  }
}
