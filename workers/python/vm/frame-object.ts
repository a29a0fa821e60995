/**
 * Frame objects (`frame`): the Python-visible view of a Frame, as returned by gen.gi_frame,
 * coro.cr_frame, agen.ag_frame and sys._getframe(). One view per Frame, so `g.gi_frame is
 * g.gi_frame`. f_locals of a function frame is a snapshot dict refreshed on each access
 * (CPython 3.11's PyFrame_FastToLocals); module and class frames return their namespace.
 */
import { PyObject, type PyValue } from '../objects/object';
import { frameType, None } from '../objects/core-types';
import { PyDict } from '../objects/dict';
import { PyCell } from '../objects/function';
import { PyBuiltin, BuiltinKind, PyProperty } from '../objects/builtin';
import { PyGenerator, GenState } from '../objects/generator';
import { FAST_CELL, FAST_FREE } from '../compiler/code';
import { method, getter } from '../runtime/define';
import { fakeAddress, pyRepr } from '../ops/strrepr';
import type { AnyFrame, Frame } from './frame';
import { currentThread } from './current';
import { genClose } from './generators';
import { runtimeError } from '../runtime/errors';

export class PyFrameObject extends PyObject {
  /** The snapshot returned by f_locals for optimized frames (the same dict each time). */
  localsDict: PyDict | null = null;
  constructor(readonly frame: Frame) {
    super(frameType);
  }
}

const views = new WeakMap<Frame, PyFrameObject>();

/** The frame object for `f` (created on first use; the frame is then never recycled). */
export function frameObject(f: Frame): PyFrameObject {
  let v = views.get(f);
  if (v === undefined) {
    f.pinned = true;
    v = new PyFrameObject(f);
    views.set(f, v);
  }
  return v;
}

/** The nearest Python frame at or below `f` in a frame chain (native frames are C frames). */
export function pythonFrameFrom(f: AnyFrame | null): Frame | null {
  while (f !== null && f.native) f = f.back;
  return f as Frame | null;
}

/** The fast locals, cells and free variables of an optimized frame that hold a value. */
export function fastLocalsInto(f: Frame, d: PyDict): PyDict {
  const names = f.code.localsplusNames;
  const kinds = f.code.localsplusKinds;
  for (let i = 0; i < names.length; i++) {
    let v = f.stack[i];
    if (kinds[i] & (FAST_CELL | FAST_FREE)) v = v instanceof PyCell ? (v.v as PyValue) : (undefined as unknown as PyValue);
    if (v !== undefined) d.setStr(names[i], v);
    else if (d.getStr(names[i]) !== undefined) d.delStr(names[i]);
  }
  return d;
}

function frameLocalsView(fo: PyFrameObject): PyDict {
  const f = fo.frame;
  if (f.locals !== null) return f.locals;
  return fastLocalsInto(f, (fo.localsDict ??= new PyDict()));
}

function frameLineno(f: Frame): number {
  const n = f.lineno;
  return n > 0 ? n : f.code.firstlineno;
}

/** f_back: the calling Python frame while the frame runs (a suspended generator has none). */
function frameBack(f: Frame): PyValue {
  if (f.gen !== null && f.gen.state !== GenState.Running) return None;
  const b = pythonFrameFrom(f.back);
  return b === null ? None : frameObject(b);
}

getter(frameType, 'f_code', (fo: PyFrameObject) => fo.frame.code);
// f_lineno / f_lasti of the frame that reads them: the VM records the current instruction only
// on its slow paths, and a property (unlike a getset) is always read through one.
for (const [name, get] of [['f_lineno', frameLineno], ['f_lasti', (f: Frame) => f.lasti * 2]] as const) {
  const fget = new PyBuiltin(name, (args: PyValue[]) => get((args[0] as PyFrameObject).frame), BuiltinKind.Function, null);
  (frameType.dict as PyDict).setStr(name, new PyProperty(fget, None, None, None));
}
getter(frameType, 'f_globals', (fo: PyFrameObject) => fo.frame.globals);
getter(frameType, 'f_builtins', (fo: PyFrameObject) => fo.frame.builtins);
getter(frameType, 'f_locals', (fo: PyFrameObject) => frameLocalsView(fo));
getter(frameType, 'f_back', (fo: PyFrameObject) => frameBack(fo.frame));
getter(frameType, 'f_trace', () => None);
getter(frameType, 'f_trace_lines', () => true);
getter(frameType, 'f_trace_opcodes', () => false);
method(frameType, '__repr__', '', function* (fo: PyFrameObject) {
  const f = fo.frame;
  return `<frame at ${fakeAddress(fo)}, file ${yield* pyRepr(f.code.filename)}, line ${frameLineno(f)}, code ${f.code.name}>`;
});
// frame_clear: a suspended generator's frame closes the generator; an executing frame refuses.
method(frameType, 'clear', '', function* (fo: PyFrameObject) {
  const f = fo.frame;
  const g = f.gen;
  if (g instanceof PyGenerator && g.state !== GenState.Running) {
    yield* genClose(g);
    return None;
  }
  for (let x = pythonFrameFrom(currentThread().top); x !== null; x = pythonFrameFrom(x.back)) {
    if (x === f) runtimeError('cannot clear an executing frame');
  }
  fo.localsDict = null;
  return None;
});
