/**
 * The import system: IMPORT_NAME / IMPORT_FROM / IMPORT_STAR and `__import__`.
 *
 * A module comes from sys.modules, a native initialiser (TypeScript), a Python-source module
 * shipped with the runtime, or a `.py` file next to the main script (the in-memory file system,
 * falling back to the host's disk in the CLI). Parents of dotted names are imported first and
 * the child is set as an attribute of its parent, as CPython's importlib does.
 */
import type { PyValue } from '../objects/object';
import { STDLIB_DIR } from './stdlib-path';
import type { PyCode } from '../compiler/code';
import { None, typeOf } from '../objects/core-types';
import { PyModule } from '../objects/module';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyBaseException } from '../objects/exception';
import type { Frame } from './frame';
import type { NativeGen } from './native';
import { ExecRequest } from './requests';
import { currentThread } from './current';
import type { Interpreter } from './interpreter-state';
import { moduleNotFoundErrorType, importErrorType, valueError, typeError, newImportError } from '../runtime/errors';
import { strRepr } from '../numfmt/str-repr';
import { pyGetAttrOpt, pySetAttr } from '../ops/attr';
import { iterToArray } from '../ops/iter';
import { compileWithWarnings } from '../compile-warnings';

/** importlib's `ModuleNotFoundError(f'No module named {name!r}', name=name)`. */
function notFound(name: string): never {
  throw newImportError(moduleNotFoundErrorType, `No module named ${strRepr(name)}`, name, undefined);
}

/** Resolve a relative import against the importing module's package. */
function resolveName(fr: Frame, name: string, level: number): string {
  if (level === 0) return name;
  let pkg = fr.globals.getStr('__package__');
  if (typeof pkg !== 'string') {
    const modName = fr.globals.getStr('__name__');
    const isPkg = fr.globals.getStr('__path__') !== undefined;
    pkg = typeof modName === 'string' ? (isPkg ? modName : modName.split('.').slice(0, -1).join('.')) : '';
  }
  if (pkg === '') {
    throw newImportError(importErrorType, 'attempted relative import with no known parent package', undefined, undefined);
  }
  const parts = (pkg as string).split('.');
  if (level - 1 >= parts.length + (level > parts.length ? 0 : 0) && level > parts.length) valueError('attempted relative import beyond top-level package');
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
}

/** IMPORT_NAME: the top-level package (no fromlist) or the module itself. */
export function* importName(fr: Frame, name: string, fromlist: PyValue, level: number): NativeGen {
  const full = resolveName(fr, name, level);
  const mod = yield* importModule(currentThread().interp, full);
  const hasFromlist = fromlist !== None && !(fromlist instanceof PyTuple && fromlist.items.length === 0);
  if (hasFromlist) {
    // `from pkg import sub`: import submodules named in the fromlist when pkg is a package.
    if (mod.ns.getStr('__path__') !== undefined && fromlist instanceof PyTuple) {
      for (const item of fromlist.items) {
        if (typeof item !== 'string' || item === '*') continue;
        if (mod.ns.getStr(item) !== undefined) continue;
        try {
          yield* importModule(currentThread().interp, `${full}.${item}`);
        } catch (e) {
          // importlib ignores only the submodule itself missing, not a module it imports.
          if (!(e instanceof PyBaseException && e.cls === moduleNotFoundErrorType && e.impName === `${full}.${item}`)) throw e;
        }
      }
    }
    return mod;
  }
  if (level === 0) return currentThread().interp.getModule(full.split('.')[0])!;
  const top = name === '' ? full : full.slice(0, full.length - name.length) + name.split('.')[0];
  return currentThread().interp.getModule(top) ?? mod;
}

/** Import a dotted module name (parents first), returning the leaf module. */
export function* importModule(interp: Interpreter, full: string): NativeGen<PyModule> {
  const existing = interp.modules.getStr(full);
  if (existing !== undefined) {
    if (existing === None) notFound(full);
    return existing as PyModule;
  }
  const dot = full.lastIndexOf('.');
  let parent: PyModule | null = null;
  if (dot >= 0) {
    parent = yield* importModule(interp, full.slice(0, dot));
    const again = interp.modules.getStr(full);
    if (again !== undefined) return again as PyModule;
    if (parent.ns.getStr('__path__') === undefined) {
      throw newImportError(moduleNotFoundErrorType, `No module named ${strRepr(full)}; ${strRepr(parent.name)} is not a package`, full, undefined);
    }
  }
  const mod = yield* loadModule(interp, full);
  if (parent !== null) yield* pySetAttr(parent, full.slice(dot + 1), mod);
  return mod;
}

/** A native module initialised in `interp` and entered in its sys.modules (fork uses it). */
export function loadNativeModule(interp: Interpreter, full: string): PyModule {
  const init = interp.nativeModules.get(full);
  if (init === undefined) throw new Error(`internal: ${full} is not a native module`);
  const mod = newModule(interp, full);
  interp.modules.setStr(full, mod);
  init(interp, mod);
  return mod;
}

function* loadModule(interp: Interpreter, full: string): NativeGen<PyModule> {
  const init = interp.nativeModules.get(full);
  if (init !== undefined) {
    const mod = newModule(interp, full);
    interp.modules.setStr(full, mod);
    try {
      init(interp, mod);
    } catch (e) {
      interp.modules.delStr(full);
      throw e;
    }
    return mod;
  }
  const src = interp.sourceModules.get(full);
  if (src !== undefined) {
    const path = src.filename ?? `${STDLIB_DIR}${full.replace(/\./g, '/')}${src.isPackage ? '/__init__' : ''}.py`;
    return yield* execModule(interp, full, src.source, path, src.isPackage);
  }
  const file = findUserModule(interp, full);
  if (file !== null) return yield* execModule(interp, full, file.source, file.path, file.isPackage);
  return notFound(full);
}

/** Modules whose code is running (importlib's __spec__._initializing). */
const initializing = new WeakSet<PyModule>();

function newModule(interp: Interpreter, name: string): PyModule {
  const mod = new PyModule(name);
  const ns = mod.ns;
  ns.setStr('__name__', name);
  ns.setStr('__doc__', None);
  ns.setStr('__package__', name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '');
  ns.setStr('__loader__', None);
  ns.setStr('__spec__', None);
  void interp;
  return mod;
}

/** Run a module's source in a fresh namespace registered in sys.modules. */
/**
 * Compiled code of the bundled standard library, shared by every run in this JS realm: the
 * sources never change and compiling threading.py alone takes longer than many programs run.
 * Code objects are immutable to Python code; their caches are keyed by type versions.
 */
const stdlibCode = new Map<string, { source: string; code: PyCode }>();

function* compileStdlib(source: string, path: string): NativeGen<PyCode> {
  const hit = stdlibCode.get(path);
  if (hit !== undefined && hit.source === source) return hit.code;
  const code = yield* compileWithWarnings(source, path, 'exec', 'module');
  stdlibCode.set(path, { source, code });
  return code;
}

function* execModule(interp: Interpreter, name: string, source: string, path: string, isPackage: boolean): NativeGen<PyModule> {
  const mod = newModule(interp, name);
  const ns = mod.ns;
  ns.setStr('__file__', path);
  ns.setStr('__builtins__', interp.builtins);
  if (isPackage) {
    ns.setStr('__path__', new PyList([path.slice(0, path.lastIndexOf('/'))]));
    ns.setStr('__package__', name);
  }
  interp.modules.setStr(name, mod);
  initializing.add(mod);
  try {
    const code = path.startsWith(STDLIB_DIR) ? yield* compileStdlib(source, path) : yield* compileWithWarnings(source, path, 'exec', 'module');
    yield new ExecRequest(code, ns, ns, null);
  } catch (e) {
    interp.modules.delStr(name);
    throw e;
  } finally {
    initializing.delete(mod);
  }
  return (interp.modules.getStr(name) as PyModule) ?? mod;
}

/** Look for name.py / name/__init__.py beside the main script (sys.path[0]). */
function findUserModule(interp: Interpreter, full: string): { source: string; path: string; isPackage: boolean } | null {
  const sysPath = interp.modules.getStr('sys') as PyModule | undefined;
  const pathList = sysPath?.ns.getStr('path');
  const dirs = pathList instanceof PyList ? pathList.items.filter((p): p is string => typeof p === 'string') : [''];
  const rel = full.replace(/\./g, '/');
  for (const dir of dirs) {
    if (dir.startsWith('<')) continue;
    const prefix = dir === '' ? '' : dir.endsWith('/') ? dir : dir + '/';
    for (const [candidate, isPackage] of [[`${prefix}${rel}.py`, false], [`${prefix}${rel}/__init__.py`, true]] as [string, boolean][]) {
      const bytes = readFile(interp, candidate);
      if (bytes !== null) return { source: new TextDecoder().decode(bytes), path: candidate, isPackage };
    }
  }
  return null;
}

/** A file's bytes from the virtual file system or the host (relative paths: from the cwd). */
export function readFile(interp: Interpreter, path: string): Uint8Array | null {
  const abs = path.startsWith('/') ? path : `${interp.cwd.replace(/\/$/, '')}/${path}`;
  const b = interp.files.get(abs);
  if (b !== undefined) return b;
  return interp.hostReadFile ? interp.hostReadFile(path) : null;
}

/** IMPORT_FROM (CPython's import_from): an attribute of the module, or a submodule, or ImportError. */
export function* importFrom(mod: PyValue, name: string): NativeGen {
  const v = yield* pyGetAttrOpt(mod, name);
  if (v !== undefined) return v;
  const interp = currentThread().interp;
  // A circular relative import may have put the submodule in sys.modules only.
  const pkgname = yield* pyGetAttrOpt(mod, '__name__');
  if (typeof pkgname === 'string') {
    const sub = interp.modules.getStr(`${pkgname}.${name}`);
    if (sub !== undefined) return sub;
  }
  const pkgnameOrUnknown = typeof pkgname === 'string' ? pkgname : '<unknown module name>';
  const nameForErr = typeof pkgname === 'string' ? pkgname : None;
  const file = mod instanceof PyModule ? mod.ns.getStr('__file__') : undefined;
  if (typeof file !== 'string') {
    throw newImportError(importErrorType, `cannot import name ${strRepr(name)} from ${strRepr(pkgnameOrUnknown)} (unknown location)`, nameForErr, None);
  }
  const msg = initializing.has(mod as PyModule)
    ? `cannot import name ${strRepr(name)} from partially initialized module ${strRepr(pkgnameOrUnknown)} (most likely due to a circular import) (${file})`
    : `cannot import name ${strRepr(name)} from ${strRepr(pkgnameOrUnknown)} (${file})`;
  throw newImportError(importErrorType, msg, nameForErr, file);
}

/** from module import *: __all__, or every public name. */
export function* importStar(fr: Frame, mod: PyValue): NativeGen {
  const target = fr.locals ?? fr.globals;
  const all = mod instanceof PyModule ? mod.ns.getStr('__all__') : undefined;
  let names: PyValue[];
  if (all !== undefined) names = yield* iterToArray(all);
  else if (mod instanceof PyModule) names = mod.ns.keys().filter((k) => typeof k === 'string' && !k.startsWith('_'));
  else typeError(`from-import-* object has no __dict__ and no __all__`);
  for (const n of names!) {
    if (typeof n !== 'string') typeError(`Item in ${mod instanceof PyModule ? mod.name : '?'}.__all__ must be str, not ${typeOf(n).name}`);
    const v = yield* pyGetAttrOpt(mod, n as string);
    if (v !== undefined) target.setStr(n as string, v);
  }
  return None;
}

export { PyDict };
