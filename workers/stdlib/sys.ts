/** The `sys` module. */
import { onHeapClone } from '../python/vm/heap-clone';
import { PyObject, type PyValue } from '../python/objects/object';
import { None, typeOf, tupleType, builtinType, objectType, frozensetType, memberDescriptorType, NotImplemented } from '../python/objects/core-types';
import { PyModule } from '../python/objects/module';
import type { PyType } from '../python/objects/type';
import { PyList } from '../python/objects/list';
import { PyDict } from '../python/objects/dict';
import { PySet } from '../python/objects/set';
import { PyTuple, newTuple } from '../python/objects/tuple';
import { PyBaseException } from '../python/objects/exception';
import { PyBuiltin, BuiltinKind, PyGetSet } from '../python/objects/builtin';
import type { Interpreter } from '../python/vm/interpreter-state';
import type { KwArgs, NativeGen } from '../python/vm/native';
import { func, defineIn, method, slot } from '../python/runtime/define';
import { sig } from '../python/runtime/args';
import { typeError, valueError, attributeError, runtimeError, recursionErrorType, systemExitType, throwPy } from '../python/runtime/errors';
import type { PyThreadState } from '../python/vm/thread';
import { currentThread, currentFrame } from '../python/vm/current';
import { frameObject, pythonFrameFrom } from '../python/vm/frame-object';
import { topmostException } from '../python/vm/frames';
import { pyRepr } from '../python/ops/strrepr';
import { pyIndex } from '../python/ops/subscript';
import { callMethod, pyCall } from '../python/ops/call';
import { pyGetAttr } from '../python/ops/attr';
import { richCompare } from '../python/ops/compare';
import { iterToArray } from '../python/ops/iter';
import { formatException } from '../python/vm/traceback-print';
import { StdStream } from './streams';
import { newFloat, PyFloat } from '../python/objects/float';
import { PyTraceback } from '../python/vm/vm-hooks';
import { INT_MAX_STR_DIGITS, getIntMaxStrDigits, setIntMaxStrDigits } from '../python/numfmt/int-to-str';

/** Drive a native generator that never yields a request (hashing strs, ints). */
function runSync<T>(g: NativeGen<T>): T {
  const r = g.next();
  if (!r.done) throw new Error('internal: sys init needed Python code');
  return r.value as T;
}

export interface StructSeqOptions {
  /** How many fields are tuple items (the rest are attributes only, like struct_time.tm_zone). */
  nSequence?: number;
  /** Python code may not create instances ("cannot create 'sys.flags' instances"). */
  noNew?: boolean;
}

/** Values of a struct sequence's fields beyond its tuple items (CPython keeps them hidden). */
const extraFields = new WeakMap<PyTuple, PyValue[]>();
onHeapClone((src, dst, clone) => {
  const f = extraFields.get(src as PyTuple);
  if (f !== undefined) extraFields.set(dst as PyTuple, clone(f));
});

/**
 * A struct sequence type (CPython's PyStructSequence: sys.version_info, sys.float_info,
 * os.stat_result…): a tuple subclass whose first `nSequence` fields are its items, with read-only
 * member descriptors for the fields, n_fields / n_sequence_fields / n_unnamed_fields,
 * __match_args__, __new__(sequence, dict=None), __reduce__ and the `module.name(field=…)` repr.
 */
export function structSeqType(name: string, module: string, fields: string[], opts: StructSeqOptions = {}) {
  const nSeq = opts.nSequence ?? fields.length;
  const t = builtinType(name, tupleType, { module });
  t.layout = tupleType;
  // CPython's tp_name is "module.name" except for a few ("asyncgen_hooks"): module '' then.
  const tpName = module ? `${module}.${name}` : name;
  // A C type's tp_name is "module.name" (used in messages and descriptor reprs); __name__ is name.
  t.name = tpName;
  t.qualname = name;
  const dict = t.dict as PyDict;
  fields.forEach((f, i) => {
    const get = i < nSeq
      ? (s: PyValue) => (s as PyTuple).items[i]
      : (s: PyValue) => extraFields.get(s as PyTuple)?.[i - nSeq] ?? None;
    dict.setStr(f, new PyGetSet(f, t, get, () => attributeError('readonly attribute'), memberDescriptorType));
  });
  dict.setStr('n_sequence_fields', nSeq);
  dict.setStr('n_fields', fields.length);
  dict.setStr('n_unnamed_fields', 0);
  dict.setStr('__match_args__', newTuple(fields.slice(0, nSeq)));
  method(t, '__repr__', '', function* (s: PyTuple) {
    const parts: string[] = [];
    for (let i = 0; i < nSeq; i++) parts.push(`${fields[i]}=${yield* pyRepr(s.items[i])}`);
    return `${tpName}(${parts.join(', ')})`;
  });
  method(t, '__reduce__', '', (s: PyTuple) => {
    const d = new PyDict();
    const extra = extraFields.get(s);
    for (let i = nSeq; i < fields.length; i++) d.setStr(fields[i], extra?.[i - nSeq] ?? None);
    return newTuple([s.cls, newTuple([newTuple(s.items.slice()), d])]);
  });
  const structseqNew = new PyBuiltin('__new__', function* (args: PyValue[], kw: KwArgs | null) {
    const cls = args[0] as PyType;
    if (opts.noNew) typeError(`cannot create '${tpName}' instances`);
    const [seq, d] = structseqNewSig.bind(args, kw, 1);
    if (!(seq instanceof PyTuple || seq instanceof PyList) && typeOf(seq).lookup('__getitem__') === undefined) {
      typeError('constructor requires a sequence');
    }
    const items = yield* iterToArray(seq);
    if (d !== None && !(d instanceof PyDict)) typeError(`${tpName}() takes a dict as second arg, if any`);
    const n = items.length;
    const max = fields.length;
    if (n < nSeq) {
      typeError(nSeq === max ? `${tpName}() takes a ${nSeq}-sequence (${n}-sequence given)` : `${tpName}() takes an at least ${nSeq}-sequence (${n}-sequence given)`);
    }
    if (n > max) {
      typeError(nSeq === max ? `${tpName}() takes a ${nSeq}-sequence (${n}-sequence given)` : `${tpName}() takes an at most ${max}-sequence (${n}-sequence given)`);
    }
    const r = new PyTuple(items.slice(0, nSeq), cls);
    if (max > nSeq) {
      const extra: PyValue[] = [];
      for (let i = nSeq; i < max; i++) {
        if (i < n) extra.push(items[i]);
        else extra.push(d instanceof PyDict ? (d.getStr(fields[i]) ?? None) : None);
      }
      extraFields.set(r, extra);
    }
    return r;
  }, BuiltinKind.StaticMethod, t);
  dict.setStr('__new__', structseqNew);
  return t;
}
const structseqNewSig = sig('structseq', 'sequence, dict=None');

/** A struct sequence value (items beyond the type's sequence fields become its hidden fields). */
export function structSeq(t: PyType, values: PyValue[]): PyTuple {
  const nSeq = (t.dict as PyDict).getStr('n_sequence_fields') as number;
  const r = new PyTuple(values.slice(0, nSeq), t);
  if (values.length > nSeq) extraFields.set(r, values.slice(nSeq));
  return r;
}

const versionInfoType = structSeqType('version_info', 'sys', ['major', 'minor', 'micro', 'releaselevel', 'serial'], { noNew: true });
const floatInfoType = structSeqType('float_info', 'sys', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
const intInfoType = structSeqType('int_info', 'sys', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
const hashInfoType = structSeqType('hash_info', 'sys', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);
const threadInfoType = structSeqType('thread_info', 'sys', ['name', 'lock', 'version']);
const flagsType = structSeqType('flags', 'sys', [
  'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment',
  'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
  'safe_path', 'int_max_str_digits',
], { noNew: true });

// ---- types.SimpleNamespace (the type of sys.implementation) ----

export const simpleNamespaceType = builtinType('SimpleNamespace', objectType, { module: 'types', instanceDict: true });
simpleNamespaceType.alloc = (cls: PyType) => {
  const o = new PyObject(cls);
  o.dict = new PyDict();
  return o;
};
slot(simpleNamespaceType, '__init__', '*args, **kwargs', (self: PyObject, args: PyValue[], kw: KwArgs | null) => {
  if (args.length > 0) typeError('no positional arguments expected');
  if (kw !== null) for (const [k, v] of kw) self.dict!.setStr(k, v);
  return None;
});
const nsReprActive = new Set<PyObject>();
slot(simpleNamespaceType, '__repr__', '', function* (self: PyObject) {
  const name = self.cls === simpleNamespaceType ? 'namespace' : self.cls.name;
  if (nsReprActive.has(self)) return `${name}(...)`;
  nsReprActive.add(self);
  try {
    const parts: string[] = [];
    for (const k of self.dict!.keys()) {
      if (typeof k === 'string') parts.push(`${k}=${yield* pyRepr(self.dict!.getStr(k)!)}`);
    }
    return `${name}(${parts.join(', ')})`;
  } finally {
    nsReprActive.delete(self);
  }
});
slot(simpleNamespaceType, '__eq__', 'other, /', function* (self: PyObject, o: PyValue) {
  if (!(o instanceof PyObject && o.cls.isSubtypeOf(simpleNamespaceType))) return NotImplemented;
  return yield* richCompare(self.dict!, o.dict!, 2);
});
slot(simpleNamespaceType, '__ne__', 'other, /', function* (self: PyObject, o: PyValue) {
  if (!(o instanceof PyObject && o.cls.isSubtypeOf(simpleNamespaceType))) return NotImplemented;
  return yield* richCompare(self.dict!, o.dict!, 3);
});
(simpleNamespaceType.dict as PyDict).setStr('__hash__', None);
method(simpleNamespaceType, '__reduce__', '', (self: PyObject) => {
  const d = new PyDict();
  self.dict!.copyInto(d);
  return newTuple([self.cls, newTuple([]), d]);
});

function newNamespace(entries: [string, PyValue][]): PyObject {
  const o = new PyObject(simpleNamespaceType);
  o.dict = new PyDict();
  for (const [k, v] of entries) o.dict.setStr(k, v);
  return o;
}

/** CPython 3.11's sys.stdlib_module_names (Python/stdlib_module_names.h). */
const STDLIB_MODULE_NAMES = (
  '__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs _codecs_cn _codecs_hk ' +
  '_codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _compat_pickle _compression ' +
  '_contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib ' +
  '_frozen_importlib_external _functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 ' +
  '_msi _multibytecodec _multiprocessing _opcode _operator _osx_support _overlapped _pickle _posixshmem ' +
  '_posixsubprocess _py_abc _pydecimal _pyio _queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal ' +
  '_sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _symtable _thread ' +
  '_threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo ' +
  'abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect ' +
  'builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall ' +
  'concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm ' +
  'decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput ' +
  'fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac ' +
  'html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache ' +
  'locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc ' +
  'nis nntplib nt ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools ' +
  'pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc ' +
  'pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select ' +
  'selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile ' +
  'sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig ' +
  'syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize ' +
  'tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid venv ' +
  'warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo'
).split(' ');

const COPYRIGHT = 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.';

const asyncgenHooksType = structSeqType('asyncgen_hooks', '', ['firstiter', 'finalizer'], { noNew: true });

export function initSys(interp: Interpreter, m: PyModule): void {
  const ns = m.ns;
  const set = (k: string, v: PyValue) => ns.setStr(k, v);
  const stdout = new StdStream('stdout', interp.options.stdoutIsTty);
  const stderr = new StdStream('stderr', true);
  const stdin = new StdStream('stdin', false);
  interp.extensions.set('stdStreams', [stdout, stderr]);
  set('stdout', stdout);
  set('stderr', stderr);
  set('stdin', stdin);
  set('__stdout__', stdout);
  set('__stderr__', stderr);
  set('__stdin__', stdin);
  set('argv', new PyList(interp.options.argv.slice()));
  const mainDir = interp.options.argv[0].includes('/') ? interp.options.argv[0].slice(0, interp.options.argv[0].lastIndexOf('/')) : '';
  set('path', new PyList([mainDir]));
  set('modules', interp.modules);
  set('maxsize', 9223372036854775807n);
  set('maxunicode', 0x10ffff);
  set('byteorder', 'little');
  set('platform', 'linux');
  set('version', '3.11.7 (main, Interleave) [TypeScript]');
  set('hexversion', 0x30b07f0);
  set('api_version', 1013);
  const versionInfo = structSeq(versionInfoType, [3, 11, 7, 'final', 0]);
  set('version_info', versionInfo);
  set('implementation', newNamespace([
    ['name', 'cpython'], ['cache_tag', 'cpython-311'], ['version', versionInfo], ['hexversion', 0x30b07f0],
    ['_multiarch', 'x86_64-linux-gnu'],
  ]));
  set('executable', '/usr/bin/python3');
  set('_base_executable', '/usr/bin/python3');
  set('prefix', '/usr');
  set('base_prefix', '/usr');
  set('exec_prefix', '/usr');
  set('base_exec_prefix', '/usr');
  set('platlibdir', 'lib');
  set('pycache_prefix', None);
  set('abiflags', '');
  set('copyright', COPYRIGHT);
  set('dont_write_bytecode', true);
  set('builtin_module_names', newTuple(['builtins', 'sys', 'time', 'math', 'itertools', 'gc']));
  const stdlibNames = new PySet(frozensetType);
  for (const n of STDLIB_MODULE_NAMES) runSync(stdlibNames.add(n));
  set('stdlib_module_names', stdlibNames);
  // 64-bit Linux CPython 3.11's values.
  set('float_info', structSeq(floatInfoType, [newFloat(Number.MAX_VALUE), 1024, 308, newFloat(2.2250738585072014e-308), -1021, -307, 15, 53, newFloat(Number.EPSILON), 2, 1]));
  set('int_info', structSeq(intInfoType, [30, 4, 4300, 640]));
  set('hash_info', structSeq(hashInfoType, [64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
  set('thread_info', structSeq(threadInfoType, ['pthread', 'semaphore', 'NPTL 2.36']));
  // hash_randomization=0: str/bytes hashes here are those of PYTHONHASHSEED=0.
  set('flags', structSeq(flagsType, [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, false, 0, 0, false, -1]));
  set('float_repr_style', 'short');
  set('warnoptions', new PyList([]));
  set('_xoptions', new PyDict());
  set('orig_argv', new PyList(['/usr/bin/python3', ...interp.options.argv]));
  set('meta_path', new PyList([]));
  set('path_hooks', new PyList([]));
  set('path_importer_cache', new PyDict());
  set('__package__', '');
  if (ns.getStr('__loader__') === undefined) set('__loader__', None);
  if (ns.getStr('__spec__') === undefined) set('__spec__', None);
  // The GIL's interval lives on the simulated machine (workers/machine/machine.ts).
  const machineRef = () => interp.machine as { switchInterval: number } | null;
  let fallbackUs = 5000;
  const switchIntervalUs = () => {
    const m = machineRef();
    return m === null ? fallbackUs : Math.floor(m.switchInterval / 1000);
  };
  const setSwitchIntervalUs = (us: number) => {
    const m = machineRef();
    if (m === null) fallbackUs = us;
    else m.switchInterval = Math.max(1, us) * 1000;
  };
  setIntMaxStrDigits(INT_MAX_STR_DIGITS);

  const fns = [
    func('exit', 'status=None, /', (status: PyValue) => {
      throw new PyBaseException(systemExitType, status === None ? [] : [status]);
    }),
    func('getrecursionlimit', '', () => interp.recursionLimit),
    // Per thread, as in CPython. firstiter is called on an async generator's first use
    // (vm/generators.ts); the finalizer never is: no garbage collector finalizes one.
    func('get_asyncgen_hooks', '', () => {
      const h = currentThread().asyncgenHooks ?? [None, None];
      return new PyTuple(h.slice(), asyncgenHooksType);
    }),
    func('set_asyncgen_hooks', 'firstiter=?, finalizer=?', (firstiter: PyValue | undefined, finalizer: PyValue | undefined) => {
      const th = currentThread();
      const h: [PyValue, PyValue] = th.asyncgenHooks === null ? [None, None] : [th.asyncgenHooks[0], th.asyncgenHooks[1]];
      for (const [i, v, what] of [[0, firstiter, 'firstiter'], [1, finalizer, 'finalizer']] as [number, PyValue | undefined, string][]) {
        if (v === undefined) continue;
        if (v !== None && typeOf(v).lookup('__call__') === undefined) typeError(`callable ${what} expected, got ${typeOf(v).name}`);
        h[i] = v;
      }
      th.asyncgenHooks = h;
      return None;
    }),
    func('setrecursionlimit', 'limit, /', function* (limit: PyValue) {
      if (typeof limit !== 'number' && typeof limit !== 'bigint') typeError("'" + typeOf(limit).name + "' object cannot be interpreted as an integer");
      const n = Number(yield* pyIndex(limit));
      if (n < 1) valueError('recursion limit must be greater or equal than 1');
      const depth = currentThread().depth;
      if (n <= depth) throwPy(recursionErrorType, `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
      interp.recursionLimit = Math.min(n, 100_000);
      return None;
    }),
    // CPython keeps the interval in whole microseconds (0.1 reads back as 0.09999999999999999).
    func('getswitchinterval', '', () => newFloat(1e-6 * switchIntervalUs())),
    func('setswitchinterval', 'interval, /', (v: PyValue) => {
      let x: number;
      if (v instanceof PyFloat) x = v.v;
      else if (typeof v === 'number' || typeof v === 'bigint') x = Number(v);
      else return typeError(`must be real number, not ${typeOf(v).name}`);
      if (!(x > 0)) valueError('switch interval must be strictly positive');
      setSwitchIntervalUs(Math.floor(1e6 * x));
      return None;
    }),
    func('get_int_max_str_digits', '', () => getIntMaxStrDigits()),
    func('set_int_max_str_digits', 'maxdigits', function* (n: PyValue) {
      const v = Number(yield* pyIndex(n));
      if (v !== 0 && v < 640) valueError('maxdigits must be 0 or larger than 640');
      setIntMaxStrDigits(Math.min(v, 0x7fffffff));
      return None;
    }),
    func('getdefaultencoding', '', () => 'utf-8'),
    func('getfilesystemencoding', '', () => 'utf-8'),
    func('getsizeof', 'object, default=?, /', function* (o: PyValue) {
      const f = typeOf(o).lookup('__sizeof__');
      if (f === undefined) return 16;
      return (yield* callMethod(f, o, [])) as number;
    }),
    func('intern', 'string, /', (s: PyValue) => {
      if (typeof s !== 'string') typeError(`intern() argument must be str, not ${typeOf(s).name}`);
      return s;
    }),
    func('exc_info', '', () => {
      const e = topmostException(currentThread());
      if (e === null) return newTuple([None, None, None]);
      return newTuple([e.cls, e, e.traceback === null ? None : new PyTraceback(e.traceback)]);
    }),
    func('exception', '', () => topmostException(currentThread()) ?? None),
    func('_getframe', 'depth=0, /', function* (depth: PyValue) {
      let n = Number(yield* pyIndex(depth));
      let f = currentFrame();
      while (n > 0 && f !== null) {
        f = pythonFrameFrom(f.back);
        n--;
      }
      if (f === null) valueError('call stack is not deep enough');
      return frameObject(f!);
    }),
    // Each live thread's topmost Python frame, keyed by ident (the caller's own frame for itself).
    func('_current_frames', '', function* () {
      const m = interp.machine as { threads: { ident: number; state: string; th: PyThreadState }[] } | null;
      const out = new PyDict();
      const me = currentThread();
      for (const st of m?.threads ?? []) {
        if (st.state === 'done') continue;
        const f = st.th === me ? currentFrame() : pythonFrameFrom(st.th.top);
        if (f !== null) yield* out.set(st.ident, frameObject(f));
      }
      return out;
    }),
    // No audit hooks can be installed here (no sys.addaudithook), so audit() does nothing,
    // as CPython's does (not even checking its arguments) when no hook is installed.
    func('audit', 'event, /, *args', () => None),
    func('settrace', 'function, /', () => None),
    func('gettrace', '', () => None),
    func('setprofile', 'function, /', () => None),
    func('getprofile', '', () => None),
    func('getfilesystemencodeerrors', '', () => 'surrogateescape'),
    func('is_finalizing', '', () => false),
    func('call_tracing', 'func, args, /', function* (f: PyValue, args: PyValue) {
      if (!(args instanceof PyTuple)) typeError(`call_tracing() argument 2 must be tuple, not ${typeOf(args).name}`);
      return yield* pyCall(f, (args as PyTuple).items.slice());
    }),
  ];
  for (const f of fns) defineIn(ns, f, 'sys');
  // sys.displayhook / sys.excepthook and the originals they are restored from.
  const displayhook = defineIn(ns, func('displayhook', 'object, /', function* (v: PyValue) {
    if (v === None) return None;
    interp.builtins.setStr('_', None);
    const out = ns.getStr('stdout');
    if (out === undefined || out === None) runtimeError('lost sys.stdout');
    const write = yield* pyGetAttr(out!, 'write');
    yield* pyCall(write, [yield* pyRepr(v)]);
    yield* pyCall(write, ['\n']);
    interp.builtins.setStr('_', v);
    return None;
  }), 'sys');
  const excepthook = defineIn(ns, func('excepthook', 'exctype, value, traceback, /', function* (_t: PyValue, v: PyValue) {
    const err = ns.getStr('stderr');
    if (err === undefined || err === None) return None;
    let text: string;
    if (v instanceof PyBaseException) {
      const lookup = interp.extensions.get('sourceLookup') as ((f: string) => string | null) | undefined;
      text = yield* formatException(v, lookup ?? (() => null));
    } else text = `TypeError: print_exception(): Exception expected for value, ${typeOf(v).name} found\n`;
    yield* pyCall(yield* pyGetAttr(err!, 'write'), [text]);
    return None;
  }), 'sys');
  set('__displayhook__', displayhook);
  set('__excepthook__', excepthook);
  // sys.unraisablehook: the default writes "err_msg: repr(object)" and the traceback to stderr.
  const unraisablehook = defineIn(ns, func('unraisablehook', 'unraisable, /', function* (u: PyValue) {
    if (!(u instanceof PyTuple) || u.cls !== unraisableHookArgsType) typeError('sys.unraisablehook argument type must be UnraisableHookArgs');
    const [, value, , errMsg, obj] = (u as PyTuple).items;
    const err = ns.getStr('stderr');
    if (err === undefined || err === None) return None;
    let text = obj === None ? `${errMsg === None ? 'Exception ignored in' : errMsg}\n` : `${errMsg === None ? 'Exception ignored in' : errMsg}: ${yield* pyRepr(obj)}\n`;
    if (value instanceof PyBaseException) {
      const lookup = interp.extensions.get('sourceLookup') as ((f: string) => string | null) | undefined;
      text += yield* formatException(value, lookup ?? (() => null));
    }
    yield* pyCall(yield* pyGetAttr(err!, 'write'), [text]);
    return None;
  }), 'sys');
  set('__unraisablehook__', unraisablehook);
}

export const unraisableHookArgsType = structSeqType('UnraisableHookArgs', '', ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object']);

/**
 * PyErr_WriteUnraisable: report an exception nobody can catch (in a thread started by
 * start_new_thread, an atexit callback, …) through sys.unraisablehook; if the hook is missing or
 * fails itself, CPython's fallback writes the report directly.
 */
export function* writeUnraisable(interp: Interpreter, exc: PyBaseException, errMsg: string, obj: PyValue): NativeGen<void> {
  const tb = exc.traceback === null ? None : new PyTraceback(exc.traceback);
  const args = new PyTuple([exc.cls, exc, tb, errMsg, obj], unraisableHookArgsType);
  const hook = interp.getModule('sys')?.ns.getStr('unraisablehook');
  if (hook !== undefined && hook !== None) {
    try {
      yield* pyCall(hook, [args]);
      return;
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
    }
  }
  const lookup = interp.extensions.get('sourceLookup') as ((f: string) => string | null) | undefined;
  interp.out.write('stderr', `${errMsg}: ${yield* pyRepr(obj)}\n` + (yield* formatException(exc, lookup ?? (() => null))));
}
