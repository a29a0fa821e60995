/**
 * Code hooks: native callbacks run when a particular library function is entered or returns,
 * so that the simulated machine can report what threading and queue objects do (a put, a set,
 * a notify) without changing their Python source or adding work to every instruction.
 *
 * A hook is registered by (file, qualname) before any code runs. When a code object with that
 * name is first quickened (vm/quicken.ts), its first RESUME becomes RESUME_HOOKED and its
 * RETURN_VALUEs become RETURN_VALUE_HOOKED: the same instructions with the same cost, plus a call
 * to the hook. Every other code object is untouched, so the dispatch loop pays nothing for them.
 *
 * Hooks only observe: they must not run Python code, charge virtual time or change any object
 * the program can see — a run is the same with tracing on or off.
 */
import type { PyValue } from '../objects/object';
import type { PyThreadState } from './thread';
import type { Frame } from './frame';

/** `value` is the returned value for onReturn, undefined for onEntry. */
export type CodeHook = (th: PyThreadState, fr: Frame, value: PyValue | undefined) => void;
export interface CodeHooks {
  onEntry?: CodeHook;
  onReturn?: CodeHook;
}

const registry = new Map<string, CodeHooks>();

export function registerCodeHooks(filename: string, qualname: string, hooks: CodeHooks): void {
  registry.set(`${filename}\0${qualname}`, hooks);
}

export function codeHooksFor(filename: string, qualname: string): CodeHooks | undefined {
  return registry.size === 0 ? undefined : registry.get(`${filename}\0${qualname}`);
}
