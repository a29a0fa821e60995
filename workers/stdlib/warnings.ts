/**
 * `warnings`: warn() with CPython 3.11's default filters and actions (default/once/module/always/
 * ignore/error), filterwarnings/simplefilter/resetwarnings, catch_warnings (with record=True),
 * formatwarning/showwarning — printing `main.py:3: UserWarning: msg` plus the source line to
 * sys.stderr, or calling a user-installed warnings.showwarning.
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { None, typeOf, objectType } from '../python/objects/core-types';
import { PyType } from '../python/objects/type';
import type { PyModule } from '../python/objects/module';
import { PyList } from '../python/objects/list';
import { newTuple } from '../python/objects/tuple';
import { PyDict } from '../python/objects/dict';
import { PyBaseException } from '../python/objects/exception';
import { func, getter, method, slot } from '../python/runtime/define';
import { typeError, assertionErrorType, syntaxWarningType, warningType, userWarningType, deprecationWarningType, pendingDeprecationWarningType, importWarningType, resourceWarningType } from '../python/runtime/errors';
import { pyStr, pyRepr } from '../python/ops/strrepr';
import { pyCall } from '../python/ops/call';
import { pyGetAttr } from '../python/ops/attr';
import { currentThread } from '../python/vm/current';
import type { Frame } from '../python/vm/frame';
import type { Interpreter } from '../python/vm/interpreter-state';
import type { NativeGen } from '../python/vm/native';
import { cType, defineAll } from './ioutil';
import { compileRegex } from './re/engine';
import { FLAG_IGNORECASE } from './re/translate';
import { compilePattern } from './re/module';
import { intVal } from '../python/objects/int-sub';

interface Filter {
  action: string;
  message: string | null;
  category: PyType;
  module: string | null;
  lineno: number;
}

interface State {
  filters: Filter[];
  once: Set<string>;
  registries: WeakMap<PyDict, Set<string>>;
  recorder: PyList | null;
  module: PyModule | null;
  nativeShow: PyValue | null;
}

function defaults(): Filter[] {
  return [
    { action: 'default', message: null, category: deprecationWarningType, module: '__main__', lineno: 0 },
    { action: 'ignore', message: null, category: deprecationWarningType, module: null, lineno: 0 },
    { action: 'ignore', message: null, category: pendingDeprecationWarningType, module: null, lineno: 0 },
    { action: 'ignore', message: null, category: importWarningType, module: null, lineno: 0 },
    { action: 'ignore', message: null, category: resourceWarningType, module: null, lineno: 0 },
  ];
}

function state(interp: Interpreter): State {
  return interp.ext('warnings', () => ({ filters: defaults(), once: new Set<string>(), registries: new WeakMap(), recorder: null, module: null, nativeShow: null }));
}

/** Mirror the filters into `warnings.filters` (regexes as compiled patterns, like CPython). */
function publish(st: State): void {
  if (st.module === null) return;
  const items = st.filters.map((f) => newTuple([
    f.action,
    f.message === null ? None : compilePattern(f.message, FLAG_IGNORECASE),
    f.category,
    f.module === null ? None : f.module,
    f.lineno,
  ]));
  st.module.ns.setStr('filters', new PyList(items));
}

const ACTIONS = ['error', 'ignore', 'always', 'default', 'module', 'once'];

function addFilter(st: State, f: Filter, append: boolean): void {
  // CPython checks with an assert statement.
  if (!ACTIONS.includes(f.action)) throw new PyBaseException(assertionErrorType, [`invalid action: '${f.action}'`]);
  st.filters = st.filters.filter((g) => !(g.action === f.action && g.message === f.message && g.category === f.category && g.module === f.module && g.lineno === f.lineno));
  if (append) st.filters.push(f);
  else st.filters.unshift(f);
  publish(st);
}

function matches(pattern: string, text: string, flags: number): boolean {
  return compileRegex(pattern, flags, false).matchAt(text, 0) !== null;
}

export const warningMessageType = cType('warnings.WarningMessage', objectType, { instanceDict: true });
class WarningMessage extends PyObject {
  constructor(readonly message: PyValue, readonly category: PyValue, readonly filename: string, readonly lineno: number, readonly line: PyValue) {
    super(warningMessageType);
  }
}
for (const k of ['message', 'category', 'filename', 'lineno', 'line'] as const) getter(warningMessageType, k, (w: WarningMessage) => w[k]);
getter(warningMessageType, 'file', () => None);
getter(warningMessageType, 'source', () => None);
slot(warningMessageType, '__str__', '', function* (w: WarningMessage): NativeGen {
  const cat = w.category instanceof PyType ? w.category.name : 'None';
  return `{message : ${yield* pyRepr(w.message)}, category : '${cat}', filename : ${yield* pyRepr(w.filename)}, lineno : ${w.lineno}, line : ${yield* pyRepr(w.line)}}`;
});

function sourceLine(interp: Interpreter, filename: string, lineno: number): string | null {
  const lookup = interp.extensions.get('sourceLookup') as ((f: string) => string | null) | undefined;
  const src = lookup?.(filename) ?? null;
  if (src === null) return null;
  const line = src.split(/\r\n|\r|\n/)[lineno - 1];
  return line === undefined ? null : line;
}

export function formatWarning(message: string, category: string, filename: string, lineno: number, line: string | null): string {
  let s = `${filename}:${lineno}: ${category}: ${message}\n`;
  if (line !== null && line.trim() !== '') s += `  ${line.trim()}\n`;
  return s;
}

function* show(st: State, interp: Interpreter, msg: PyBaseException, filename: string, lineno: number, suggestTracemalloc = false): NativeGen<void> {
  const userShow = st.module?.ns.getStr('showwarning');
  if (userShow !== undefined && userShow !== st.nativeShow) {
    yield* pyCall(userShow, [msg, msg.cls, filename, lineno]);
    return;
  }
  const line = sourceLine(interp, filename, lineno);
  if (st.recorder !== null) {
    st.recorder.items.push(new WarningMessage(msg, msg.cls, filename, lineno, None));
    return;
  }
  let text = formatWarning(yield* pyStr(msg), msg.cls.name, filename, lineno, line);
  // _formatwarnmsg_impl: a warning about an object (source=) suggests tracemalloc, which is
  // never tracing here. At shutdown CPython cannot import tracemalloc and says nothing.
  if (suggestTracemalloc) text += `${msg.cls.name}: Enable tracemalloc to get the object allocation traceback\n`;
  const stderr = interp.getModule('sys')!.ns.getStr('stderr');
  if (stderr !== undefined && stderr !== None) yield* pyCall(yield* pyGetAttr(stderr, 'write'), [text]);
}

/** The action of the first filter matching the warning (get_filter). */
function actionFor(st: State, cls: PyType, text: string, module: string, lineno: number): string {
  for (const f of st.filters) {
    if ((f.message === null || matches(f.message, text, FLAG_IGNORECASE)) && cls.isSubtypeOf(f.category)
      && (f.module === null || matches(f.module, module, 0)) && (f.lineno === 0 || f.lineno === lineno)) {
      return f.action;
    }
  }
  return 'default';
}

/**
 * warn_explicit (warnings.warn_explicit, and the compiler's PyErr_WarnExplicitObject): with no
 * module the filename without `.py` is matched against the filters; with no registry every
 * occurrence is shown ("once" still uses the global registry). Returns the warning when the
 * filters make it an error (the caller raises it, or a SyntaxError for the compiler).
 */
function* warnExplicit(
  message: PyValue, category: PyValue, filename: string, lineno: number, module: string | null, registry: PyDict | null,
): NativeGen<PyBaseException | null> {
  const interp = currentThread().interp;
  const st = state(interp);
  let msg: PyBaseException;
  if (message instanceof PyBaseException && message.cls.isSubtypeOf(warningType)) msg = message;
  else {
    const cat = category === None ? userWarningType : category;
    if (!(cat instanceof PyType) || !cat.isSubtypeOf(warningType)) typeError(`category must be a Warning subclass, not '${typeOf(cat).name}'`);
    msg = (yield* pyCall(cat, [message])) as PyBaseException;
  }
  const text = yield* pyStr(msg);
  const mod = module ?? (filename === '' ? '<unknown>' : filename.endsWith('.py') ? filename.slice(0, -3) : filename);
  const action = actionFor(st, msg.cls, text, mod, lineno);
  if (action === 'ignore') return null;
  if (action === 'error') return msg;
  const key = `${text}\u0000${msg.cls.name}`;
  if (action === 'once') {
    if (st.once.has(key)) return null;
    st.once.add(key);
  } else if (registry !== null && (action === 'module' || action === 'default')) {
    let reg = st.registries.get(registry);
    if (reg === undefined) st.registries.set(registry, (reg = new Set()));
    const k = action === 'module' ? `${key}\u0000m` : `${key}\u0000${lineno}`;
    if (reg.has(k)) return null;
    reg.add(k);
  }
  yield* show(st, interp, msg, filename, lineno);
  return null;
}

/** The compiler's SyntaxWarning; true when the filters make it an error (→ SyntaxError). */
export function* warnCompile(message: string, filename: string, lineno: number): NativeGen<boolean> {
  return (yield* warnExplicit(message, syntaxWarningType, filename, lineno, null, null)) !== null;
}

function* warn(message: PyValue, category: PyValue, stacklevel: number, source: PyValue = None): NativeGen<void> {
  const interp = currentThread().interp;
  const st = state(interp);
  let msg: PyBaseException;
  if (message instanceof PyBaseException && message.cls.isSubtypeOf(warningType)) msg = message;
  else {
    let cat = category === None ? userWarningType : category;
    if (!(cat instanceof PyType) || !cat.isSubtypeOf(warningType)) typeError(`category must be a Warning subclass, not '${typeOf(cat).name}'`);
    cat = cat as PyType;
    msg = (yield* pyCall(cat, [message])) as PyBaseException;
  }
  // The frame `stacklevel` levels up from warn()'s caller.
  const frames: Frame[] = [];
  for (let f = currentThread().top; f !== null; f = f.back) if (!f.native) frames.push(f as Frame);
  const fr = frames[Math.max(0, stacklevel - 1)];
  const filename = fr ? fr.code.filename : 'sys';
  const lineno = fr ? fr.lineno : 1;
  // With no Python frame (interpreter shutdown) CPython warns as `sys:1`, in sys's registry.
  const globals = fr ? fr.globals : (interp.getModule('sys')?.ns ?? null);
  const modName = globals?.getStr('__name__');
  const module = typeof modName === 'string' ? modName : '<string>';
  const text = yield* pyStr(msg);
  const action = actionFor(st, msg.cls, text, module, lineno);
  if (action === 'ignore') return;
  if (action === 'error') throw msg;
  const key = `${text}\u0000${msg.cls.name}`;
  if (action === 'once') {
    if (st.once.has(key)) return;
    st.once.add(key);
  } else if (action === 'module' || action === 'default') {
    let reg = globals ? st.registries.get(globals) : undefined;
    if (reg === undefined) {
      reg = new Set();
      if (globals) st.registries.set(globals, reg);
    }
    const k = action === 'module' ? `${key}\u0000m` : `${key}\u0000${lineno}`;
    if (reg.has(k)) return;
    reg.add(k);
  }
  yield* show(st, interp, msg, filename, lineno, source !== None && fr !== undefined);
}

// ---- catch_warnings ---------------------------------------------------------------------------

export const catchWarningsType = cType('warnings.catch_warnings', objectType, { instanceDict: true });
class CatchWarnings extends PyObject {
  record = false;
  action: PyValue = None;
  category: PyValue = warningType;
  saved: Filter[] | null = null;
  savedRecorder: PyList | null = null;
  savedShow: PyValue | undefined = undefined;
}
catchWarningsType.alloc = (cls) => new CatchWarnings(cls);
slot(catchWarningsType, '__init__', '*, record=False, module=None, action=None, category=?, lineno=0, append=False', (c: CatchWarnings, record: PyValue, _m: PyValue, action: PyValue, category: PyValue | undefined) => {
  c.record = record === true;
  c.action = action;
  c.category = category ?? warningType;
  return None;
});
slot(catchWarningsType, '__repr__', '', (c: CatchWarnings) => (c.record ? 'catch_warnings(record=True)' : 'catch_warnings()'));
method(catchWarningsType, '__enter__', '', (c: CatchWarnings) => {
  const interp = currentThread().interp;
  const st = state(interp);
  if (c.saved !== null) throw new PyBaseException(interp.builtins.getStr('RuntimeError') as PyType, [`Cannot enter ${c.record ? 'catch_warnings(record=True)' : 'catch_warnings()'} twice`]);
  c.saved = st.filters.slice();
  c.savedRecorder = st.recorder;
  c.savedShow = st.module?.ns.getStr('showwarning');
  st.once.clear();
  if (c.action !== None) addFilter(st, { action: String(c.action), message: null, category: c.category as PyType, module: null, lineno: 0 }, false);
  if (c.record) {
    st.recorder = new PyList([]);
    if (st.module !== null && st.nativeShow !== null) st.module.ns.setStr('showwarning', st.nativeShow);
    return st.recorder;
  }
  return None;
});
method(catchWarningsType, '__exit__', '*args', (c: CatchWarnings) => {
  const st = state(currentThread().interp);
  if (c.saved !== null) st.filters = c.saved;
  st.recorder = c.savedRecorder;
  if (st.module !== null && c.savedShow !== undefined) st.module.ns.setStr('showwarning', c.savedShow);
  c.saved = null;
  publish(st);
  return None;
});

export function initWarnings(interp: Interpreter, m: PyModule): void {
  const st = state(interp);
  st.module = m;
  m.ns.setStr('catch_warnings', catchWarningsType);
  m.ns.setStr('WarningMessage', warningMessageType);
  const intArg = (x: PyValue) => { const i = intVal(x); return typeof i === 'number' ? i : typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`); };
  const checkCat = (c: PyValue) => {
    if (!(c instanceof PyType) || !c.isSubtypeOf(warningType)) typeError('category must be a Warning subclass');
    return c as PyType;
  };
  defineAll(m, [
    func('warn', 'message, category=None, stacklevel=1, source=None', function* (message: PyValue, category: PyValue, stacklevel: PyValue, source: PyValue): NativeGen {
      yield* warn(message, category, intArg(stacklevel), source);
      return None;
    }),
    func('warn_explicit', 'message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None', function* (message: PyValue, category: PyValue, filename: PyValue, lineno: PyValue, module: PyValue, registry: PyValue): NativeGen {
      const err = yield* warnExplicit(message, category, yield* pyStr(filename), intArg(lineno),
        module === None ? null : yield* pyStr(module), registry instanceof PyDict ? registry : null);
      if (err !== null) throw err;
      return None;
    }),
    func('filterwarnings', "action, message='', category=?, module='', lineno=0, append=False", (action: PyValue, message: PyValue, category: PyValue | undefined, module: PyValue, lineno: PyValue, append: PyValue) => {
      if (typeof action !== 'string') typeError('action must be a string');
      if (typeof message !== 'string') typeError('message must be a string');
      if (typeof module !== 'string') typeError('module must be a string');
      addFilter(st, { action: action as string, message: message === '' ? null : (message as string), category: checkCat(category ?? warningType), module: module === '' ? null : (module as string), lineno: intArg(lineno) }, append === true);
      return None;
    }),
    func('simplefilter', 'action, category=?, lineno=0, append=False', (action: PyValue, category: PyValue | undefined, lineno: PyValue, append: PyValue) => {
      addFilter(st, { action: String(action), message: null, category: checkCat(category ?? warningType), module: null, lineno: intArg(lineno) }, append === true);
      return None;
    }),
    func('resetwarnings', '', () => {
      st.filters = [];
      publish(st);
      return None;
    }),
    func('formatwarning', 'message, category, filename, lineno, line=None', function* (message: PyValue, category: PyValue, filename: PyValue, lineno: PyValue, line: PyValue): NativeGen {
      const name = category instanceof PyType ? category.name : yield* pyStr(category);
      const text = line === None ? sourceLine(interp, String(filename), intArg(lineno)) : String(line);
      return formatWarning(yield* pyStr(message), name, yield* pyStr(filename), intArg(lineno), text);
    }),
  ]);
  const show = func('showwarning', 'message, category, filename, lineno, file=None, line=None', function* (message: PyValue, category: PyValue, filename: PyValue, lineno: PyValue, file: PyValue, line: PyValue): NativeGen {
    const name = category instanceof PyType ? category.name : yield* pyStr(category);
    const text = line === None ? sourceLine(interp, String(filename), intArg(lineno)) : String(line);
    const out = formatWarning(yield* pyStr(message), name, yield* pyStr(filename), intArg(lineno), text);
    const target = file === None ? interp.getModule('sys')!.ns.getStr('stderr')! : file;
    yield* pyCall(yield* pyGetAttr(target, 'write'), [out]);
    return None;
  });
  show.module = 'warnings';
  m.ns.setStr('showwarning', show);
  st.nativeShow = show;
  publish(st);
}
