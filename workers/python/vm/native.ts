/**
 * The protocol between native (TypeScript) code and the VM.
 *
 * A native function either returns a value at once, or — when it may need to run Python code
 * (a user __eq__, a key function, a generator it iterates) — is a JS generator function. It then
 * `yield`s a request and the VM performs it on the thread's own frame stack, resuming the native
 * with the result. So Python code called from natives runs in ordinary frames: it can be paused
 * after any instruction, preempted at eval-breaker points, and recursion never grows the JS stack.
 *
 * Natives call each other with `yield*`, which costs nothing extra when nothing is yielded.
 */
import type { PyValue } from '../objects/object';
import type { PyObject } from '../objects/object';
import type { ExecRequest } from './requests';

export type KwArgs = Map<string, PyValue>;

/** A native implementation. Methods receive `self` as args[0]. */
export type NativeFn = (args: PyValue[], kw: KwArgs | null) => PyValue | NativeGen;

/** Ask the VM to call a Python callable and send back its result (or throw its exception). */
export class CallRequest {
  constructor(
    readonly fn: PyValue,
    readonly args: PyValue[],
    readonly kw: KwArgs | null,
    /** The native returns the call's result unchanged (pyCall's last step): fork can copy it. */
    readonly tail = false,
  ) {}
}

/**
 * Ask the VM to resume a Python generator/coroutine frame with `value` (or throw `exc` into it).
 * The native receives the yielded value, or a GenReturn when the generator finished.
 */
export class ResumeRequest {
  constructor(
    readonly gen: PyObject,
    readonly value: PyValue,
    readonly exc: PyObject | null,
  ) {}
}

/** What a native receives when a generator it resumed returned instead of yielding. */
export class GenReturn {
  constructor(readonly value: PyValue) {}
}

/**
 * A request the simulated machine handles (sleep, blocking waits, I/O). The VM hands it to the
 * machine and suspends the thread until the machine sends a result back.
 */
export class MachineRequest {
  constructor(
    readonly op: string,
    readonly payload: unknown,
  ) {}
}

export type Request = CallRequest | ResumeRequest | MachineRequest | ExecRequest;

export type NativeGen<T = PyValue> = Generator<Request, T, any>;

/** Calling a Python callable from a native: `const r = yield* callPython(f, args)`. */
export function* requestCall(fn: PyValue, args: PyValue[], kw: KwArgs | null = null): NativeGen<PyValue> {
  return (yield new CallRequest(fn, args, kw)) as PyValue;
}

const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;

/** True when `fn` is a `function*` (the VM drives its result as a native frame). */
export function isGeneratorFunction(fn: unknown): boolean {
  return fn instanceof GeneratorFunction;
}
