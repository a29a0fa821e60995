/**
 * Interpreter: the state one Python "process" shares across its threads — builtins, sys.modules,
 * the module loaders, standard streams, the in-memory file system, limits and options.
 * (CPython's PyInterpreterState.) Nothing here reads the clock or Math.random.
 */
import type { PyGenerator } from '../objects/generator';
import type { PyValue } from '../objects/object';
import { PyDict } from '../objects/dict';
import type { PyModule } from '../objects/module';
import { PyThreadState } from './thread';

/** Where printed text goes: the CLI writes it out, the worker records it in the trace. */
export interface OutputSink {
  write(stream: 'stdout' | 'stderr', text: string): void;
}

export interface InterpreterOptions {
  /** Seed for everything "random" the runtime itself needs (os.urandom, unseeded random). */
  seed: number;
  argv: string[];
  /** Recursion limit (sys.getrecursionlimit()). */
  recursionLimit: number;
  /** Hard cap on executed instructions; exceeding it ends the run with a limit error. */
  maxInstructions: number;
  /** Environment variables visible to os.environ. */
  environ: Record<string, string>;
  /** Virtual wall-clock time at start, in nanoseconds since the epoch (time.time()). */
  epochNs: bigint;
  /** CPUs the simulated machine reports (os.cpu_count(), multiprocessing.cpu_count()). */
  cpuCount: number;
  /**
   * Is stdout a terminal? As in CPython: a terminal's stdout is line-buffered (each line is a
   * write to the fd), a pipe's or file's is block-buffered (8 KiB). The app's console is a
   * terminal; the CLI follows its own stdout; tests default to a pipe, as the CPython outputs
   * they compare against were captured through one.
   */
  stdoutIsTty: boolean;
}

export const DEFAULT_OPTIONS: InterpreterOptions = {
  seed: 0,
  argv: ['main.py'],
  recursionLimit: 1000,
  maxInstructions: 5_000_000_000,
  environ: {},
  epochNs: 1_700_000_000_000_000_000n,
  cpuCount: 2,
  stdoutIsTty: false,
};

/** A module implemented natively: builds the module object on first import. */
export type NativeModuleInit = (interp: Interpreter, mod: PyModule) => void;

export class Interpreter {
  readonly builtins = new PyDict();
  /** sys.modules */
  readonly modules = new PyDict();
  /** Native module initialisers by dotted name. */
  readonly nativeModules = new Map<string, NativeModuleInit>();
  /** Python-source modules shipped with the runtime, by dotted name → source text. */
  /** `filename`: what tracebacks call it when not its path in the library ('<frozen runpy>'). */
  readonly sourceModules = new Map<string, { source: string; isPackage: boolean; filename?: string }>();
  readonly options: InterpreterOptions;
  recursionLimit: number;
  readonly threads: PyThreadState[] = [];
  private nextThreadId = 1;
  /** Total instructions executed by all threads (for the runaway limit). */
  instructions = 0;
  /** Virtual time in nanoseconds (sequential programs: the sum of their costs). */
  clockNs = 0;
  /** Module-wide data natives hang on the interpreter (e.g. the random generator). */
  readonly extensions = new Map<string, unknown>();
  /** Suspended generators whose closing would run code (vm/gen-finalize.ts). */
  readonly finalizable = new Set<PyGenerator>();
  /** Files of the in-memory file system (path → contents). */
  files = new Map<string, Uint8Array>();
  /** Directories of the in-memory file system. */
  dirs = new Set<string>(['/', '/tmp', '/home', '/home/user']);
  /** The program's working directory: its own (empty) directory, like CPython's temp dir in the corpus. */
  cwd = '/home/user';
  /** Host fallback for reading files not in memory (the CLI reads the real disk). */
  hostReadFile: ((path: string) => Uint8Array | null) | null = null;

  constructor(
    public out: OutputSink,
    options: Partial<InterpreterOptions> = {},
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.recursionLimit = this.options.recursionLimit;
  }

  /**
   * Virtual time now, in nanoseconds since the program started: the running thread's clock
   * (its CPU time plus the time it spent waiting, kept by the simulated machine).
   */
  nowNs(): number {
    const t = this.currentThreadRef;
    return t === null ? this.clockNs : t.cost + t.clockOffset;
  }

  /** The simulated machine running this interpreter's threads (workers/machine/machine.ts). */
  machine: unknown = null;

  /** Set by the run loop: the thread executing now. */
  currentThreadRef: PyThreadState | null = null;

  newThread(name: string): PyThreadState {
    const t = new PyThreadState(this, this.nextThreadId++, name);
    t.clockOffset = this.nowNs();
    this.threads.push(t);
    return t;
  }

  ext<T>(key: string, make: () => T): T {
    let v = this.extensions.get(key) as T | undefined;
    if (v === undefined) {
      v = make();
      this.extensions.set(key, v);
    }
    return v;
  }

  getModule(name: string): PyModule | undefined {
    return this.modules.getStr(name) as PyModule | undefined;
  }

  setBuiltin(name: string, v: PyValue): void {
    this.builtins.setStr(name, v);
  }
}
