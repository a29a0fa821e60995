/**
 * BaseException's methods and the extra behaviour of specific exception types (KeyError's str,
 * OSError's errno/strerror/filename, StopIteration.value, SystemExit.code, SyntaxError fields,
 * ImportError.name, NameError.name, AttributeError.name/obj).
 */
import type { PyValue } from '../objects/object';
import { None, typeOf, memberDescriptorType, tracebackType } from '../objects/core-types';
import { PyBaseException, type TracebackEntry } from '../objects/exception';
import { frameObject } from '../vm/frame-object';
import { cpythonLayout } from '../compiler/cpython-layout';
import { CALL } from '../compiler/opcodes';
import type { Frame } from '../vm/frame';
import { PyType } from '../objects/type';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/list';
import { BuiltinKind, PyBuiltin, PyGetSet } from '../objects/builtin';
import { slot, method, getter } from '../runtime/define';
import {
  baseExceptionType, keyErrorType, osErrorType, stopIterationType, systemExitType, syntaxErrorType,
  importErrorType, nameErrorType, attributeErrorType, unicodeDecodeErrorType, unicodeEncodeErrorType,
  fileNotFoundErrorType, fileExistsErrorType, permissionErrorType, isADirectoryErrorType,
  notADirectoryErrorType, timeoutErrorType, typeError, builtinExceptionTypes,
} from '../runtime/errors';
import { pyStr, pyRepr } from '../ops/strrepr';
import { pySetAttr } from '../ops/attr';
import { attrNameArg } from './str-args';
import { iterToArray } from '../ops/iter';
import type { KwArgs } from '../vm/native';
import { PyTraceback } from '../vm/vm-hooks';

const newExc = new PyBuiltin('__new__', (args: PyValue[]) => {
  const cls = args[0] as PyType;
  const e = new PyBaseException(cls, args.slice(1));
  if (cls.isSubtypeOf(systemExitType) || cls.isSubtypeOf(stopIterationType)) e.slotValue = null;
  if (cls.instancesHaveDict || cls.isHeap) {
    e.dict = new PyDict();
    e.dict.ownerType = cls;
  }
  return e;
}, BuiltinKind.StaticMethod, baseExceptionType);
(baseExceptionType.dict as PyDict).setStr('__new__', newExc);

slot(baseExceptionType, '__init__', '*args, **kwargs', (e: PyBaseException, args: PyValue[], kw: KwArgs | null) => {
  if (kw !== null && kw.size > 0 && !e.cls.isHeap) typeError(`${e.cls.name}() takes no keyword arguments`);
  e.args = args;
  return None;
});
slot(baseExceptionType, '__str__', '', function* (e: PyBaseException) {
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return yield* pyStr(e.args[0]);
  return yield* pyStr(new PyTuple(e.args));
});
slot(baseExceptionType, '__repr__', '', function* (e: PyBaseException) {
  // _PyType_Name: a C type's tp_name without its module ('decimal.InvalidOperation').
  const name = e.cls.name.slice(e.cls.name.lastIndexOf('.') + 1);
  if (e.args.length === 1) return `${name}(${yield* pyRepr(e.args[0])})`;
  const r = yield* pyRepr(new PyTuple(e.args));
  return e.args.length === 0 ? `${name}()` : `${name}${r}`;
});
getter(baseExceptionType, 'args', (e: PyBaseException) => newTuple(e.args), (e: PyBaseException, v) => {
  if (v === undefined) typeError('args may not be deleted');
  e.args = v instanceof PyTuple ? v.items : [v!];
});
getter(baseExceptionType, '__traceback__', (e: PyBaseException) => (e.traceback === null ? None : new PyTraceback(e.traceback)), (e: PyBaseException, v) => {
  if (v === None || v === undefined) e.traceback = null;
  else if (v instanceof PyTraceback) e.traceback = v.entry;
  else typeError('__traceback__ must be a traceback or None');
});
getter(baseExceptionType, '__cause__', (e: PyBaseException) => e.cause ?? None, (e: PyBaseException, v) => {
  if (v !== None && v !== undefined && !(v instanceof PyBaseException)) typeError('exception cause must be None or derive from BaseException');
  e.cause = v === None || v === undefined ? null : (v as PyBaseException);
  e.suppressContext = true;
});
getter(baseExceptionType, '__context__', (e: PyBaseException) => e.context ?? None, (e: PyBaseException, v) => {
  if (v !== None && v !== undefined && !(v instanceof PyBaseException)) typeError('exception context must be None or derive from BaseException');
  e.context = v === None || v === undefined ? null : (v as PyBaseException);
});
getter(baseExceptionType, '__suppress_context__', (e: PyBaseException) => e.suppressContext, (e: PyBaseException, v) => {
  e.suppressContext = v === true;
});
getter(baseExceptionType, '__dict__', (e: PyBaseException) => e.dict ?? (e.dict = new PyDict()));
method(baseExceptionType, 'with_traceback', 'tb, /', (e: PyBaseException, tb: PyValue) => {
  e.traceback = tb instanceof PyTraceback ? tb.entry : null;
  return e;
}, 'O');
method(baseExceptionType, '__setstate__', 'state, /', function* (e: PyBaseException, state: PyValue) {
  // CPython's BaseException_setstate: each item of a dict state becomes an attribute.
  if (state !== None) {
    if (!(state instanceof PyDict)) typeError('state is not a dictionary');
    const d = state as PyDict;
    for (const k of d.keys()) yield* pySetAttr(e, attrNameArg(k), (yield* d.get(k))!);
  }
  return None;
}, 'O');
method(baseExceptionType, 'add_note', 'note, /', (e: PyBaseException, note: PyValue) => {
  if (typeof note !== 'string') typeError(`note must be a str, not '${typeOf(note).name}'`);
  const d = e.dict ?? (e.dict = new PyDict());
  let notes = d.getStr('__notes__');
  if (notes === undefined) d.setStr('__notes__', (notes = new PyList([])));
  if (!(notes instanceof PyList)) typeError('Cannot add note: __notes__ is not a list');
  (notes as PyList).items.push(note);
  return None;
}, 'O');

// KeyError shows the repr of a single key.
slot(keyErrorType, '__str__', '', function* (e: PyBaseException) {
  if (e.args.length === 1) return yield* pyRepr(e.args[0]);
  if (e.args.length === 0) return '';
  return yield* pyStr(new PyTuple(e.args));
});

// StopIteration.value, SystemExit.code: writable members their __init__ sets from the args (an
// overriding __init__ that does not call it leaves them None).
const valueFromArgs = (e: PyBaseException) => (e.args.length > 0 ? e.args[0] : None);
const codeFromArgs = (e: PyBaseException) => (e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : newTuple(e.args));
for (const [t, name, fromArgs] of [[stopIterationType, 'value', valueFromArgs], [systemExitType, 'code', codeFromArgs]] as const) {
  slot(t, '__init__', '*args, **kwargs', (e: PyBaseException, args: PyValue[], kw: KwArgs | null) => {
    if (kw !== null && kw.size > 0 && !e.cls.isHeap) typeError(`${e.cls.name}() takes no keyword arguments`);
    e.args = args;
    e.slotValue = fromArgs(e);
    return None;
  });
  getter(t, name, (e: PyBaseException) => (e.slotValue === undefined ? fromArgs(e) : e.slotValue ?? None), (e: PyBaseException, v) => {
    e.slotValue = v === undefined ? null : v;
  });
}

// OSError(errno, strerror[, filename]) and its str.
const errnoSubclass: Record<number, PyType> = {
  2: fileNotFoundErrorType, 17: fileExistsErrorType, 13: permissionErrorType, 1: permissionErrorType,
  21: isADirectoryErrorType, 20: notADirectoryErrorType, 110: timeoutErrorType,
};
slot(osErrorType, '__init__', '*args', (e: PyBaseException, args: PyValue[]) => {
  e.args = args;
  const d = e.dict ?? (e.dict = new PyDict());
  if (args.length >= 2 && args.length <= 5) {
    d.setStr('errno', args[0]);
    d.setStr('strerror', args[1]);
    d.setStr('filename', args.length >= 3 ? args[2] : None);
    d.setStr('filename2', args.length >= 5 ? args[4] : None);
    if (args.length >= 3) e.args = args.slice(0, 2);
  } else {
    d.setStr('errno', None);
    d.setStr('strerror', None);
    d.setStr('filename', None);
    d.setStr('filename2', None);
  }
  return None;
});
(osErrorType.dict as PyDict).setStr('__new__', new PyBuiltin('__new__', (args: PyValue[]) => {
  let cls = args[0] as PyType;
  if (cls === osErrorType && args.length >= 3 && typeof args[1] === 'number' && errnoSubclass[args[1]]) cls = errnoSubclass[args[1]];
  const e = new PyBaseException(cls, args.slice(1));
  e.dict = new PyDict();
  return e;
}, BuiltinKind.StaticMethod, osErrorType));
slot(osErrorType, '__str__', '', function* (e: PyBaseException) {
  const d = e.dict;
  const errno = d?.getStr('errno');
  const strerror = d?.getStr('strerror');
  const filename = d?.getStr('filename');
  if (filename !== undefined && filename !== None) {
    // os.rename and friends: "[Errno 2] No such file or directory: 'a' -> 'b'"
    const filename2 = d?.getStr('filename2');
    const tail = filename2 !== undefined && filename2 !== None ? ` -> ${yield* pyRepr(filename2)}` : '';
    return `[Errno ${yield* pyStr(errno ?? None)}] ${yield* pyStr(strerror ?? None)}: ${yield* pyRepr(filename)}${tail}`;
  }
  if (errno !== undefined && errno !== None && strerror !== undefined && strerror !== None) {
    return `[Errno ${yield* pyStr(errno)}] ${yield* pyStr(strerror)}`;
  }
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return yield* pyStr(e.args[0]);
  return yield* pyStr(new PyTuple(e.args));
});

// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))
slot(syntaxErrorType, '__init__', '*args', function* (e: PyBaseException, args: PyValue[]) {
  e.args = args;
  const d = e.dict ?? (e.dict = new PyDict());
  d.setStr('msg', args.length > 0 ? args[0] : None);
  const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
  const info = args.length > 1 ? yield* iterToArray(args[1]) : [];
  names.forEach((n, i) => d.setStr(n, i < info.length ? info[i] : None));
  d.setStr('print_file_and_line', None);
  return None;
});
slot(syntaxErrorType, '__str__', '', function* (e: PyBaseException) {
  const d = e.dict;
  const msg = yield* pyStr(d?.getStr('msg') ?? (e.args[0] ?? None));
  const filename = d?.getStr('filename');
  const lineno = d?.getStr('lineno');
  const file = typeof filename === 'string' ? filename.split('/').pop()! : null;
  if (file !== null && typeof lineno === 'number') return `${msg} (${file}, line ${lineno})`;
  if (file !== null) return `${msg} (${file})`;
  if (typeof lineno === 'number') return `${msg} (line ${lineno})`;
  return msg;
});

// ImportError(*args, name=None, path=None): msg (the sole argument), name and path are members,
// not __dict__ entries (CPython's ImportError_init / ImportError_members).
slot(importErrorType, '__init__', '*args, **kwargs', (e: PyBaseException, args: PyValue[], kw: KwArgs | null) => {
  e.args = args;
  let name: PyValue | undefined;
  let path: PyValue | undefined;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'name') name = v;
      else if (k === 'path') path = v;
      else typeError(`'${k}' is an invalid keyword argument for ImportError()`);
    }
  }
  e.impName = name;
  e.impPath = path;
  e.impMsg = args.length === 1 ? args[0] : undefined;
  return None;
});
slot(importErrorType, '__str__', '', function* (e: PyBaseException) {
  if (typeof e.impMsg === 'string') return e.impMsg;
  if (e.args.length === 0) return '';
  return yield* pyStr(e.args.length === 1 ? e.args[0] : new PyTuple(e.args));
});
for (const [member, field] of [['msg', 'impMsg'], ['name', 'impName'], ['path', 'impPath']] as const) {
  const g = new PyGetSet(member, importErrorType, (e: PyValue) => (e as PyBaseException)[field] ?? None, (e: PyValue, v: PyValue | undefined) => {
    (e as PyBaseException)[field] = v;
  }, memberDescriptorType);
  (importErrorType.dict as PyDict).setStr(member, g);
}

// NameError(*args, name=None) and AttributeError(*args, name=None, obj=None): keyword-only.
for (const [t, allowed] of [[nameErrorType, ['name']], [attributeErrorType, ['name', 'obj']]] as const) {
  slot(t, '__init__', '*args, **kwargs', (e: PyBaseException, args: PyValue[], kw: KwArgs | null) => {
    if (kw !== null) {
      for (const k of kw.keys()) {
        if (!(allowed as readonly string[]).includes(k)) typeError(`'${k}' is an invalid keyword argument for ${t.name}()`);
      }
      const name = kw.get('name');
      if (name !== undefined) e.attrName = typeof name === 'string' ? name : undefined;
      const obj = kw.get('obj');
      if (obj !== undefined) e.attrObj = obj;
    }
    e.args = args;
    return None;
  });
}
// NameError.name, AttributeError.name/obj (used by "Did you mean" suggestions).
getter(nameErrorType, 'name', (e: PyBaseException) => e.attrName ?? None, (e: PyBaseException, v) => {
  e.attrName = typeof v === 'string' ? v : undefined;
});
getter(attributeErrorType, 'name', (e: PyBaseException) => e.attrName ?? None, (e: PyBaseException, v) => {
  e.attrName = typeof v === 'string' ? v : undefined;
});
getter(attributeErrorType, 'obj', (e: PyBaseException) => e.attrObj ?? None, (e: PyBaseException, v) => {
  e.attrObj = v;
});

// UnicodeDecodeError(encoding, object, start, end, reason)
for (const t of [unicodeDecodeErrorType, unicodeEncodeErrorType]) {
  slot(t, '__init__', '*args', (e: PyBaseException, args: PyValue[]) => {
    e.args = args;
    const d = e.dict ?? (e.dict = new PyDict());
    ['encoding', 'object', 'start', 'end', 'reason'].forEach((n, i) => d.setStr(n, i < args.length ? args[i] : None));
    return None;
  });
  slot(t, '__str__', '', function* (e: PyBaseException) {
    const d = e.dict;
    if (!d || e.args.length < 5) return e.args.length === 1 ? yield* pyStr(e.args[0]) : '';
    const enc = d.getStr('encoding');
    const obj = d.getStr('object');
    const start = d.getStr('start') as number;
    const end = d.getStr('end') as number;
    const reason = d.getStr('reason');
    if (t === unicodeDecodeErrorType) {
      const bytes = (obj as { b?: Uint8Array }).b ?? new Uint8Array();
      if (end === start + 1) {
        return `'${enc as string}' codec can't decode byte 0x${bytes[start].toString(16).padStart(2, '0')} in position ${start}: ${reason as string}`;
      }
      return `'${enc as string}' codec can't decode bytes in position ${start}-${end - 1}: ${reason as string}`;
    }
    const s = obj as string;
    if (end === start + 1) {
      const cp = Array.from(s)[start].codePointAt(0)!; // start counts code points
      const esc = cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
      return `'${enc as string}' codec can't encode character '${esc}' in position ${start}: ${reason as string}`;
    }
    return `'${enc as string}' codec can't encode characters in position ${start}-${end - 1}: ${reason as string}`;
  });
}

/** Exception types whose instances should have a __dict__ (all, like CPython). */
for (const t of builtinExceptionTypes().values()) t.instancesHaveDict = true;

// Traceback objects: tb_next, tb_frame, tb_lineno, tb_lasti (one view per entry, so identity holds).
const tbViews = new WeakMap<TracebackEntry, PyTraceback>();
function tbView(entry: TracebackEntry | null): PyValue {
  if (entry === null) return None;
  let v = tbViews.get(entry);
  if (v === undefined) {
    v = new PyTraceback(entry);
    tbViews.set(entry, v);
  }
  return v;
}
getter(tracebackType, 'tb_next', (tb: PyTraceback) => tbView(tb.entry.next));
getter(tracebackType, 'tb_frame', (tb: PyTraceback) => frameObject(tb.entry.frame as Frame));
getter(tracebackType, 'tb_lineno', (tb: PyTraceback) => tb.entry.code.lineOf(tb.entry.instr));
getter(tracebackType, 'tb_lasti', (tb: PyTraceback) => {
  // CPython's byte offset; a frame that called a Python function stopped after CALL's 4 caches.
  const e = tb.entry;
  const off = cpythonLayout(e.code).opOffset[e.instr];
  return e.next !== null && e.code.instrs[e.instr * 2] === CALL ? off + 8 : off;
});
