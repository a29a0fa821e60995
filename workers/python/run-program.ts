/**
 * Running a whole program the way `python3 FILE.py` does: compile (SyntaxError → message and
 * exit status 1), execute the module as __main__, report an uncaught exception with CPython's
 * traceback (exit status 1) or honour SystemExit. Used by the CLI, the tests and the worker.
 */
import { type PyValue } from './objects/object';
import { None, typeOf } from './objects/core-types';
import { PyModule } from './objects/module';
import { PyBaseException } from './objects/exception';
import { PyDict } from './objects/dict';
import { createInterpreter } from './runtime/init';
import type { Interpreter, InterpreterOptions, OutputSink } from './vm/interpreter-state';
import { NativeFrame, Deliver } from './vm/frame';
import { runThread, RunResult } from './vm/run';
import { ThreadStatus } from './vm/thread';
import { compileSource } from './compile';
import { issueCompileWarnings } from './compile-warnings';
import type { CompileWarning } from './compiler/syntax-warnings';
import { formatException } from './vm/traceback-print';
import { systemExitType, keyboardInterruptType } from './runtime/errors';
import { pyGetAttrOpt } from './ops/attr';
import { pyCall } from './ops/call';
import { tracebackObject } from './vm/vm-hooks';
import { intVal } from './objects/int-sub';
import { pyStr } from './ops/strrepr';
import type { NativeGen } from './vm/native';
import { resetObjectIds } from './objects/object';
import { finalizeGate, finalizeAtExit } from './vm/gen-finalize';
import { ExecRequest } from './vm/requests';
import type { PyCode } from './compiler/code';
import { Machine, MachineStop } from '../machine/machine';
import type { SimThread } from '../machine/sim-thread';
import { DEFAULT_SETTINGS, type MachineSettings } from '../machine/settings';
import type { TraceSink } from '../machine/trace-events';
import { runExitFuncs } from '../stdlib/atexit';
import { flushStdStreams } from '../stdlib/streams';
import { STDLIB_DIR } from './vm/stdlib-path';
import { forkChild, inheritDescriptors } from '../machine/fork';
import { setProcessIds } from '../stdlib/os/process';
import { shareFileSystem, readBytes } from '../stdlib/io/vfs';

export interface ProgramOptions extends Partial<InterpreterOptions> {
  /** The file name CPython would show in tracebacks (`main.py`, or an absolute path in the CLI). */
  filename?: string;
  /** Extra files of the in-memory file system (path → text). */
  files?: Record<string, string>;
  /** Reads files that are not in memory (the CLI passes a disk reader). */
  hostReadFile?: (path: string) => Uint8Array | null;
  /** Instructions per run slice (the loop checks limits between slices). */
  sliceInstructions?: number;
  /** The starting working directory (the CLI passes the host's; the browser keeps /home/user). */
  cwd?: string;
  /** The simulated machine's settings (cores, switch interval, CPython behaviour, seed). */
  machine?: Partial<MachineSettings>;
  /** Where trace events go (null: no trace). */
  trace?: TraceSink | null;
}

export interface ProgramResult {
  exitCode: number;
  /** Instructions executed and virtual nanoseconds consumed. */
  instructions: number;
  virtualNs: number;
  /** Set when the run was stopped by a limit rather than by the program. */
  limitError: string | null;
  /** Set when every thread blocked for good (the `Deadlock:` report). */
  deadlock: string | null;
  /** The machine that ran it (statistics; null when the program did not compile). */
  machine: Machine | null;
}

/** Collects output into strings (tests) or forwards it (CLI). */
export class BufferSink implements OutputSink {
  stdout = '';
  stderr = '';
  write(stream: 'stdout' | 'stderr', text: string): void {
    if (stream === 'stdout') this.stdout += text;
    else this.stderr += text;
  }
}

/**
 * A program compiled and set up on its simulated machine, not yet run: runProgram runs it
 * through; the step API (machine/stepper.ts) advances it a thread at a time.
 */
export interface ProgramSession {
  readonly interp: Interpreter;
  readonly machine: Machine;
  readonly mainThread: SimThread;
  readonly out: OutputSink;
  /** The exit status the main thread settles on (SystemExit, an uncaught exception). */
  readonly outcome: { exitCode: number };
}

export function runProgram(source: string, out: OutputSink, opts: ProgramOptions = {}): ProgramResult {
  const session = startProgram(source, out, opts);
  if (!('mainThread' in session)) return session;
  let stop: MachineStop | null = null;
  try {
    session.machine.runUntil(() => session.mainThread.state === 'done');
  } catch (e) {
    if (!(e instanceof MachineStop)) throw e;
    stop = e;
  }
  return finishProgram(session, stop);
}

/** Compile and set up a program; a SyntaxError ends it at once (its result is returned). */
export function startProgram(source: string, out: OutputSink, opts: ProgramOptions = {}): ProgramSession | ProgramResult {
  resetObjectIds();
  finalizeGate.live = 0;
  const filename = opts.filename ?? 'main.py';
  // os.cpu_count() is the simulated machine's core count.
  const interp = createInterpreter(out, { argv: [filename], cpuCount: opts.machine?.cores ?? DEFAULT_SETTINGS.cores, ...opts });
  if (opts.hostReadFile) interp.hostReadFile = opts.hostReadFile;
  if (opts.cwd !== undefined) interp.cwd = opts.cwd;
  for (const [path, text] of Object.entries(opts.files ?? {})) interp.files.set(path.startsWith('/') ? path : `${interp.cwd}/${path}`, new TextEncoder().encode(text));
  const sources = new Map<string, string>([[filename, source]]);
  const lookup = (f: string) => sources.get(f) ?? readSource(interp, f);
  // The traceback module and the file system (the main script is a file in the cwd) read sources too.
  interp.extensions.set('sourceLookup', lookup);
  const main = new PyModule('__main__');
  const g = main.ns;
  g.setStr('__name__', '__main__');
  g.setStr('__doc__', None);
  g.setStr('__package__', None);
  g.setStr('__loader__', None);
  g.setStr('__spec__', None);
  g.setStr('__annotations__', new PyDict());
  g.setStr('__builtins__', interp.modules.getStr('builtins')!);
  g.setStr('__file__', filename);
  g.delStr('__annotations__');
  interp.modules.setStr('__main__', main);

  let code;
  const warnings: CompileWarning[] = [];
  try {
    try {
      code = compileSource(source, filename, 'exec', 'script', undefined, warnings);
    } finally {
      // The compiler's SyntaxWarnings are printed as it goes: before any SyntaxError.
      if (warnings.length > 0) {
        const asError = runNative(interp, issueCompileWarnings(warnings, source, filename, 'script'));
        if (asError !== null) throw asError;
      }
    }
  } catch (e) {
    if (e instanceof PyBaseException) {
      const text = runNative(interp, formatException(e, lookup));
      out.write('stderr', text);
      return { exitCode: 1, instructions: 0, virtualNs: 0, limitError: null, deadlock: null, machine: null };
    }
    throw e;
  }
  const machine = new Machine(interp, opts.machine ?? {}, opts.trace ?? null);
  const th = interp.newThread('MainThread');
  const outcome = { exitCode: 0 };
  const nf = new NativeFrame(mainThreadBody(interp, code, g, lookup, outcome) as NativeGen, null);
  nf.deliver = Deliver.Push;
  th.top = nf;
  const mainThread = machine.addMainThread(th);
  machine.forkProcess = (st, t, childTop) => forkChild(machine, st, t, childTop, childMainBody);
  machine.spawnPython = (st, t, src, args, fds) => spawnPython(machine, st, t, src, args, fds);
  return { interp, machine, mainThread, out, outcome };
}

/**
 * The program has stopped — its main thread is done, or the machine stopped it (`stop`: os._exit,
 * a deadlock, a limit): interpreter exit, reports, and the result.
 */
export function finishProgram(session: ProgramSession, stop: MachineStop | null): ProgramResult {
  const { interp, machine, out, outcome } = session;
  const th = session.mainThread.th;
  let limitError: string | null = null;
  let deadlock: string | null = null;
  // flush_std_files — except after os._exit, which loses whatever is still buffered.
  if (stop?.kind !== 'exit') flushStdStreams(interp);
  if (stop !== null) {
    if (stop.kind === 'exit') {
      machine.killRemaining();
      machine.end(stop.exitCode & 0xff, 'os._exit');
      return { exitCode: stop.exitCode & 0xff, instructions: interp.instructions, virtualNs: machine.now, limitError, deadlock, machine };
    }
    if (stop.kind === 'deadlock') deadlock = stop.message;
    else limitError = stop.message;
  }
  // Interpreter exit: daemon threads (and, after a deadlock or limit, every thread) stop here.
  machine.killRemaining();
  const result: ProgramResult = { exitCode: outcome.exitCode, instructions: interp.instructions, virtualNs: machine.now, limitError, deadlock, machine };
  if (limitError !== null) {
    out.write('stderr', `InterleaveLimitError: ${limitError}\n`);
    result.exitCode = 2;
    machine.end(2, limitError);
    return result;
  }
  if (deadlock !== null) {
    out.write('stderr', deadlock + '\n');
    result.exitCode = 1;
    machine.end(1, deadlock);
    return result;
  }
  // Interpreter shutdown: close generators still suspended in try/finally or with blocks.
  if (interp.finalizable.size > 0) {
    runNative(interp, finalizeAtExit(th), Math.max(0, interp.options.maxInstructions - interp.instructions) + 1);
    flushStdStreams(interp);
  }
  machine.end(result.exitCode, '');
  return result;
}

/**
 * The main thread: run the module as __main__, report an uncaught exception at once (CPython
 * prints it before waiting for other threads), then Py_FinalizeEx's steps that run Python code:
 * threading._shutdown() joins the non-daemon threads, then the atexit callbacks.
 */
function* mainThreadBody(interp: Interpreter, code: PyCode, g: PyDict, lookup: (f: string) => string | null, outcome: { exitCode: number }): NativeGen<number> {
  let failed: PyBaseException | null = null;
  try {
    yield new ExecRequest(code, g, g, null);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    failed = e;
  }
  // flush_io(): once __main__ has finished, before the exception is printed and threads joined.
  flushStdStreams(interp);
  yield* mainThreadTail(interp, failed, lookup, outcome);
  return outcome.exitCode;
}

/** Start-up of a new `python3` (the interpreter, site, encodings): measured ~15 ms for `python3 -c pass`. */
const PYTHON_STARTUP_NS = 15_000_000;

/**
 * `python3 -c CODE ARGS…` started by thread `st` at time t (multiprocessing's spawn start method):
 * a fresh interpreter in a new process that inherits descriptors `passFds`; its main thread runs
 * CODE as __main__ ('<string>' in tracebacks) and the process exits with its status.
 */
export function spawnPython(machine: Machine, st: SimThread, t: number, source: string, args: string[], passFds: number[]): number {
  const parent = st.proc.interp;
  const interp = createInterpreter(parent.out, { ...parent.options, argv: ['-c', ...args] });
  shareFileSystem(parent, interp);
  interp.cwd = parent.cwd;
  interp.hostReadFile = parent.hostReadFile;
  const lookup = parent.extensions.get('sourceLookup') as (f: string) => string | null;
  interp.extensions.set('sourceLookup', lookup);
  inheritDescriptors(parent, interp, passFds);
  const pid = machine.allocatePid();
  const proc = machine.addProcess(pid, st.proc.pid, interp, `pid ${pid}`, t);
  setProcessIds(interp, { pid, ppid: st.proc.pid });
  const main = new PyModule('__main__');
  main.ns.setStr('__name__', '__main__');
  main.ns.setStr('__doc__', None);
  main.ns.setStr('__package__', None);
  main.ns.setStr('__loader__', None);
  main.ns.setStr('__spec__', None);
  main.ns.setStr('__builtins__', interp.modules.getStr('builtins')!);
  interp.modules.setStr('__main__', main);
  const code = compileSource(source, '<string>', 'exec', 'script');
  const th = interp.newThread('MainThread');
  th.cost = PYTHON_STARTUP_NS;
  th.clockOffset = t;
  const body = (function* (): NativeGen<number> {
    const status = yield* mainThreadBody(interp, code, main.ns, lookup, { exitCode: 0 });
    flushStdStreams(interp);
    return status;
  })();
  const nf = new NativeFrame(body as NativeGen, null);
  nf.deliver = Deliver.Push;
  th.top = nf;
  machine.addMainThread(th, proc).startup = { start: t, label: 'python3 start-up (spawn)' };
  return pid;
}

/** A forked child's main thread goes on from here (os.fork resumes in its copy of the frames). */
const FORK_RESUME = Symbol('fork-resume');

/**
 * The body of a forked child's main thread, started and suspended where the parent's waits for
 * __main__ to finish: when the copied frames return, it finishes the interpreter as the parent
 * would (the uncaught exception, thread joins, atexit, flushing) and returns the exit status.
 */
export function childMainBody(interp: Interpreter): NativeGen {
  const gen = (function* (): NativeGen<number> {
    let failed: PyBaseException | null = null;
    try {
      yield FORK_RESUME as never;
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      failed = e;
    }
    flushStdStreams(interp);
    const lookup = interp.extensions.get('sourceLookup') as (f: string) => string | null;
    const outcome = { exitCode: 0 };
    yield* mainThreadTail(interp, failed, lookup, outcome);
    flushStdStreams(interp);
    return outcome.exitCode;
  })();
  gen.next();
  return gen as NativeGen;
}

/** Py_RunMain after __main__: report an uncaught exception, join threads (threading._shutdown), atexit. */
function* mainThreadTail(interp: Interpreter, failed: PyBaseException | null, lookup: (f: string) => string | null, outcome: { exitCode: number }): NativeGen<void> {
  if (failed !== null) {
    const machine = interp.machine as Machine;
    const objects = machine.objects;
    objects?.beginCapture(machine.current());
    outcome.exitCode = yield* handleUncaught(interp, failed, interp.out, lookup);
    objects?.endCapture(machine.current());
  }
  const threading = interp.getModule('threading');
  const shutdown = threading?.ns.getStr('_shutdown');
  if (shutdown !== undefined) {
    try {
      yield* pyCall(shutdown, []);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      interp.out.write('stderr', `Exception ignored on threading shutdown:\n${yield* formatException(e, lookup)}`);
    }
  }
  if (interp.getModule('atexit') !== undefined) yield* runExitFuncs(interp);
}

function readSource(interp: Interpreter, f: string): string | null {
  if (f.startsWith(STDLIB_DIR)) {
    // The bundled standard library (threading.py …), not whatever the host has at that path.
    const name = f.slice(STDLIB_DIR.length).replace(/\.py$/, '').replace(/\/__init__$/, '').replace(/\//g, '.');
    const src = interp.sourceModules.get(name);
    if (src !== undefined) return src.source;
  }
  const abs = f.startsWith('/') ? f : `${interp.cwd.replace(/\/$/, '')}/${f}`;
  // The file system's view (the main script by its absolute path too, as a spawned child names it).
  const b = readBytes(interp, abs) ?? (interp.hostReadFile ? interp.hostReadFile(f) : null);
  return b ? new TextDecoder().decode(b) : null;
}

/** sys.exit() semantics and the default excepthook; returns the exit status. */
function* handleUncaught(interp: Interpreter, exc: PyBaseException, out: OutputSink, lookup: (f: string) => string | null): NativeGen<number> {
  if (exc.cls.isSubtypeOf(systemExitType)) {
    // _Py_HandleSystemExit: the `code` attribute; an int exits with it (as a C long, then the
    // low 8 bits), None with 0, anything else is printed and exits with 1.
    const code = yield* exitCodeOf(exc);
    if (code === None) return 0;
    const iv = intVal(code);
    if (iv !== null) {
      const big = BigInt(iv);
      if (big < -(2n ** 63n) || big >= 2n ** 63n) return 255;
      return Number(BigInt.asUintN(8, big));
    }
    out.write('stderr', (yield* strGen(code)) + '\n');
    return 1;
  }
  // _PyErr_PrintEx: sys.excepthook(type, value, tb) prints it (the default one, or the user's).
  const hook = interp.getModule('sys')?.ns.getStr('excepthook');
  if (hook === undefined) {
    out.write('stderr', 'sys.excepthook is missing\n' + (yield* formatException(exc, lookup)));
  } else {
    const failed = yield* callHook(hook, exc);
    if (failed !== null) {
      if (failed.cls.isSubtypeOf(systemExitType)) return yield* handleUncaught(interp, failed, out, lookup);
      out.write('stderr', 'Error in sys.excepthook:\n' + (yield* formatException(failed, lookup))
        + '\nOriginal exception was:\n' + (yield* formatException(exc, lookup)));
    }
  }
  // CPython re-raises SIGINT on itself after an unhandled KeyboardInterrupt: status -2 as
  // subprocess reports it (130 in a shell).
  if (exc.cls.isSubtypeOf(keyboardInterruptType)) return -2;
  return 1;
}

/** Call sys.excepthook; returns the exception it raised, or null. */
function* callHook(hook: PyValue, exc: PyBaseException): NativeGen<PyBaseException | null> {
  try {
    yield* pyCall(hook, [exc.cls, exc, tracebackObject(exc)]);
    return null;
  } catch (e) {
    if (e instanceof PyBaseException) return e;
    throw e;
  }
}

function* exitCodeOf(exc: PyBaseException): NativeGen<PyValue> {
  const v = yield* pyGetAttrOpt(exc, 'code');
  if (v !== undefined) return v;
  return exc.args.length === 0 ? None : exc.args.length === 1 ? exc.args[0] : exc;
}

function* strGen(v: PyValue): NativeGen<string> {
  return yield* pyStr(v);
}

/** Run a native generator to completion on a fresh thread (it may call Python code). */
export function runNative<T>(interp: Interpreter, gen: NativeGen<T>, maxInstructions = 10_000_000_000): T {
  const th = interp.newThread('excepthook');
  const nf = new NativeFrame(gen as NativeGen, null);
  nf.deliver = Deliver.Push;
  th.top = nf;
  const slice = Math.max(1, Math.min(10_000_000, maxInstructions));
  for (let used = 0; used < maxInstructions; used += slice) {
    const r = runThread(th, slice);
    if (r === RunResult.Done) break;
  }
  if (th.status !== ThreadStatus.Finished) return '<formatting did not finish>' as unknown as T;
  if (th.uncaught !== null) return `Error in formatting: ${typeOf(th.uncaught).name}\n` as unknown as T;
  return th.result as T;
}
