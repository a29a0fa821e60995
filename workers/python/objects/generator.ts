/** PyGenerator: generators, coroutines and async generators (a suspended frame plus state). */
import { PyObject, type PyValue } from './object';
import type { PyType } from './type';
import type { Frame } from '../vm/frame';

export const enum GenState {
  Created,
  Suspended,
  Running,
  Closed,
}

export class PyGenerator extends PyObject {
  state: GenState;
  /** For `yield from`/`await` delegation: the sub-iterator being driven (gi_yieldfrom). */
  yieldFrom: PyValue | null;
  name: string;
  qualname: string;
  /** Coroutine created by a native awaitable wrapper, etc. */
  awaited: boolean;
  /** Async generators: an asend/athrow awaitable is driving it (CPython's ag_running_async). */
  agRunningAsync = false;
  /** Async generators: aclose() was awaited or it finished with StopAsyncIteration (ag_closed). */
  agClosed = false;
  /** Async generators: the thread's firstiter hook has been called (ag_hooks_inited). */
  agHooksInited = false;

  constructor(
    cls: PyType,
    readonly frame: Frame,
  ) {
    super(cls);
    this.state = GenState.Created;
    this.yieldFrom = null;
    this.name = frame.code.name;
    this.qualname = frame.code.qualname;
    this.awaited = false;
  }
}
