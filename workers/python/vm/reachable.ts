/**
 * Which of a few objects the program can still reach. Interleave has no reference counting, but
 * some CPython behaviour depends on an object having been freed: a bytearray refuses to resize
 * while a memoryview exports it, and CPython frees a temporary or deleted view at once. Where that
 * matters, the caller asks here instead: a walk of the heap from the interpreter's roots (modules,
 * builtins, each thread's frames and handled exceptions, native module state) that stops as soon
 * as every target is found. It runs only on such rare paths, never per instruction.
 *
 * What the walk cannot see — values held only inside a running native's JS closure — counts as
 * unreachable; callers pass those (the native's own arguments) as extra roots.
 */
import { PyObject, type PyValue } from '../objects/object';
import { PyType } from '../objects/type';
import { PyCode } from '../compiler/code';
import { Frame } from './frame';
import { PyThreadState } from './thread';
import { Interpreter } from './interpreter-state';
import { slotValue } from '../types/type';

const GeneratorProto = Object.getPrototypeOf(function* () {}.prototype);

/** Objects whose fields never lead to program values (or lead into the machine, not the program). */
function opaque(o: object): boolean {
  if (o instanceof PyType) return !o.isHeap;
  return o instanceof PyCode || o instanceof Interpreter || ArrayBuffer.isView(o) || o instanceof ArrayBuffer
    || o instanceof WeakMap || o instanceof WeakSet || o instanceof Promise || o instanceof RegExp
    || Object.getPrototypeOf(o) === GeneratorProto || Object.prototype.toString.call(o) === '[object Generator]';
}

/** The subset of `targets` reachable from the interpreter's roots or from `extra`. */
export function reachableAmong(interp: Interpreter, targets: Set<object>, extra: readonly unknown[] = []): Set<object> {
  const found = new Set<object>();
  if (targets.size === 0) return found;
  const seen = new Set<object>();
  const todo: unknown[] = [interp.builtins, interp.modules, interp.extensions, ...interp.threads, ...extra];
  const push = (v: unknown): void => {
    if (typeof v === 'object' && v !== null && !seen.has(v)) todo.push(v);
  };
  while (todo.length > 0) {
    const v = todo.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (targets.has(v)) {
      found.add(v);
      if (found.size === targets.size) break;
    }
    if (opaque(v)) continue;
    if (v instanceof Frame) {
      // Only the live part of the value stack: slots above sp hold popped temporaries.
      for (let i = 0; i < v.sp; i++) push(v.stack[i]);
      for (const f of [v.globals, v.builtins, v.locals, v.localsMap, v.func, v.back, v.gen, v.pending, v.kwnames, v.initSelf]) push(f);
      continue;
    }
    if (v instanceof PyThreadState) {
      // Not `sim` / `interp`: the machine's bookkeeping, not the program's values.
      for (const f of [v.top, v.excInfo, v.uncaught, v.result, v.request, v.asyncgenHooks]) push(f);
      continue;
    }
    if (Array.isArray(v)) {
      for (const x of v) push(x);
    } else if (v instanceof Map) {
      for (const [k, x] of v) {
        push(k);
        push(x);
      }
    } else if (v instanceof Set) {
      for (const x of v) push(x);
    } else {
      for (const k in v) push((v as Record<string, unknown>)[k]);
      if (v instanceof PyObject && v.cls.isHeap) pushSlots(v, push);
    }
  }
  return found;
}

/** __slots__ values live in a side table (types/type.ts), not in the object's fields. */
function pushSlots(o: PyObject, push: (v: unknown) => void): void {
  for (const t of o.cls.mro) {
    if (!t.isHeap || t.slotNames === null) continue;
    for (const n of t.slotNames) push(slotValue(o, n) as PyValue | undefined);
  }
}
