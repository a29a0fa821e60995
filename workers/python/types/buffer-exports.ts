/**
 * Exports of resizable buffers (bytearray, BytesIO): CPython refuses to resize an object while a
 * memoryview holds its memory ("BufferError: Existing exports of data: object cannot be
 * re-sized"), and gives the memory back when the view is released — or freed, which CPython's
 * reference counting does as soon as the last reference goes (`del m`, a temporary view).
 *
 * We register each view of such an object here. A resize with unreleased views registered asks
 * vm/reachable.ts whether any of them can still be reached; unreachable ones are forgotten (they
 * are garbage in CPython), a reachable one makes the resize fail as in CPython.
 *
 * Views are held weakly, so a loop making temporary views does not keep them all alive. That
 * cannot make runs differ: a view the JS collector has freed is one the walk would not reach.
 */
import type { PyObject } from '../objects/object';
import type { PyMemoryView } from '../objects/memoryview';
import { throwPy, bufferErrorType } from '../runtime/errors';
import { currentThread } from '../vm/current';
import { reachableAmong } from '../vm/reachable';

class Exports {
  readonly views = new Set<WeakRef<PyMemoryView>>();
  /** Prune released and collected views when the set reaches this size (amortised). */
  limit = 64;
}

/** A side table, so the reachability walk never finds the views through their exporter. */
const exportsOf = new WeakMap<PyObject, Exports>();

/** The views still registered and not released. */
function live(e: Exports): Set<PyMemoryView> {
  const out = new Set<PyMemoryView>();
  for (const r of e.views) {
    const v = r.deref();
    if (v === undefined || v.released || v.mbuf.released) e.views.delete(r);
    else out.add(v);
  }
  return out;
}

export function registerExport(obj: PyObject, view: PyMemoryView): void {
  let e = exportsOf.get(obj);
  if (e === undefined) exportsOf.set(obj, (e = new Exports()));
  e.views.add(new WeakRef(view));
  if (e.views.size >= e.limit) e.limit = Math.max(64, 2 * live(e).size);
}

/**
 * _canresize: raise BufferError if a live view exports `obj`. `held` are values the calling
 * native still holds (its arguments), which the heap walk cannot see.
 */
export function checkResizable(obj: PyObject, ...held: unknown[]): void {
  const e = exportsOf.get(obj);
  if (e === undefined || e.views.size === 0) return;
  const views = live(e);
  if (views.size === 0) return;
  if (reachableAmong(currentThread().interp, views as Set<object>, held).size > 0) {
    throwPy(bufferErrorType, 'Existing exports of data: object cannot be re-sized');
  }
  e.views.clear();
}
