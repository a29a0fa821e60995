/**
 * PyBaseException: the representation shared by every exception instance (built-in or user class).
 * Thrown directly as a JS value inside the runtime (not an Error: no stack capture cost).
 */
import { PyObject, type PyValue } from './object';
import type { PyType } from './type';
import type { PyCode } from '../compiler/code';

/** One traceback entry: a frame's code and the instruction that was executing (tb_lasti). */
export class TracebackEntry {
  constructor(
    readonly code: PyCode,
    readonly instr: number,
    public next: TracebackEntry | null,
    /** The live frame, for `tb_frame` (kept only for introspection). */
    readonly frame: unknown,
  ) {}
}

export class PyBaseException extends PyObject {
  args: PyValue[];
  traceback: TracebackEntry | null;
  /** `__cause__` / `__context__` (null = None). */
  cause: PyBaseException | null;
  context: PyBaseException | null;
  suppressContext: boolean;
  /**
   * SystemExit.code / StopIteration.value (a C member set by their __init__): undefined for an
   * exception the runtime made itself (derived from args), null when unset (reads as None).
   */
  slotValue?: PyValue | null;
  /** A BaseExceptionGroup's message and sub-exceptions (set by its __new__). */
  group?: { msg: PyValue; excs: PyValue[] };

  constructor(cls: PyType, args: PyValue[]) {
    super(cls);
    this.args = args;
    this.traceback = null;
    this.cause = null;
    this.context = null;
    this.suppressContext = false;
  }
}
