/**
 * The `interleave` command line: `interleave run FILE.py [--seed N]` runs a program like
 * `python3 FILE.py` (same stdout, stderr and exit status).
 */
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runProgram } from '../workers/python/run-program';
import { runStats } from '../workers/machine/machine-stats';
import { TraceRecorder } from '../workers/machine/trace-recorder';
import { readRecorder } from '../workers/machine/trace-reader';
import { toChromeTrace, formatChromeTrace } from '../workers/machine/trace-chrome';
import { PYTHON_BEHAVIOURS, type MachineSettings, type PythonBehaviour } from '../workers/machine/settings';

const USAGE = `usage: interleave run [options] FILE.py [ARG ...]
       interleave --help
options:
  --seed N                the seed of every choice the simulated OS makes (default 0)
  --cores N               simulated CPU cores (default 4)
  --switch-interval S     the GIL switch interval in seconds (default 0.005)
  --python 3.9|3.11|3.13t CPython behaviour: where the eval breaker is checked; 3.13t has no GIL
  --policy random|fifo    how the OS picks the next GIL holder / lock waiter (default random)
  --max-instructions N    stop runaway programs after N instructions
  --trace-out FILE.json   write the run as Chrome Trace Event JSON (opens in Perfetto)
  --stats-out FILE.json   write run statistics (virtual time, CPU per thread, GIL switches)`;

interface CliArgs {
  command: string;
  file: string;
  seed: number;
  maxInstructions: number | undefined;
  machine: Partial<MachineSettings>;
  traceOut: string | null;
  statsOut: string | null;
  /** sys.argv[1:], as with `python3 FILE.py ARG ...` */
  scriptArgs: string[];
}

function parseArgs(argv: string[]): CliArgs | string {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') return USAGE;
  const [command, ...rest] = argv;
  if (command !== 'run') return `interleave: unknown command '${command}'\n${USAGE}`;
  let file = '';
  let seed = 0;
  let maxInstructions: number | undefined;
  let scriptArgs: string[] = [];
  const machine: Partial<MachineSettings> = {};
  let traceOut: string | null = null;
  let statsOut: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--seed') seed = Number(rest[++i]);
    else if (a === '--max-instructions') maxInstructions = Number(rest[++i]);
    else if (a === '--cores') {
      machine.cores = Number(rest[++i]);
      if (!Number.isInteger(machine.cores) || machine.cores < 1 || machine.cores > 256) return 'interleave: --cores needs a whole number from 1 to 256';
    } else if (a === '--switch-interval') {
      const s = Number(rest[++i]);
      if (!(s > 0) || s > 10) return 'interleave: --switch-interval needs seconds between 0 and 10 (e.g. 0.005)';
      machine.switchIntervalNs = Math.round(s * 1e9);
    } else if (a === '--python') {
      const v = rest[++i] as PythonBehaviour;
      if (!PYTHON_BEHAVIOURS.includes(v)) return `interleave: --python must be one of ${PYTHON_BEHAVIOURS.join(', ')}`;
      machine.behaviour = v;
    } else if (a === '--policy') {
      const v = rest[++i];
      if (v !== 'random' && v !== 'fifo') return 'interleave: --policy must be random or fifo';
      machine.policy = v;
    } else if (a === '--trace-out') traceOut = rest[++i] ?? '';
    else if (a === '--stats-out') statsOut = rest[++i] ?? '';
    else if (a.startsWith('-')) return `interleave: unknown option '${a}'\n${USAGE}`;
    else {
      // Like python3: the first plain argument is the script, the rest are its sys.argv.
      file = a;
      scriptArgs = rest.slice(i + 1);
      break;
    }
  }
  if (file === '') return `interleave: missing FILE.py\n${USAGE}`;
  if (!Number.isFinite(seed)) return 'interleave: --seed needs a number';
  machine.seed = seed;
  return { command, file, seed, maxInstructions, machine, traceOut, statsOut, scriptArgs };
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    const isHelp = args === USAGE;
    (isHelp ? process.stdout : process.stderr).write(args + '\n');
    return isHelp ? 0 : 2;
  }
  if (!existsSync(args.file)) {
    process.stderr.write(`python3: can't open file '${resolve(args.file)}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const source = readFileSync(args.file, 'utf8');
  // CPython shows the script's absolute path in tracebacks.
  const filename = resolve(args.file);
  let out = '';
  let err = '';
  const flush = () => {
    if (out) process.stdout.write(out);
    if (err) process.stderr.write(err);
    out = '';
    err = '';
  };
  const sink = {
    write(stream: 'stdout' | 'stderr', text: string) {
      if (stream === 'stdout') out += text;
      else err += text;
      if (out.length + err.length > 1 << 16) flush();
    },
  };
  const recorder = args.traceOut ? new TraceRecorder() : null;
  const result = runProgram(source, sink, {
    trace: recorder,
    filename,
    seed: args.seed,
    argv: [filename, ...args.scriptArgs],
    cwd: process.cwd(),
    // As CPython: line-buffered stdout on a terminal, block-buffered into a pipe or file.
    stdoutIsTty: process.stdout.isTTY === true,
    machine: args.machine,
    ...(args.maxInstructions !== undefined ? { maxInstructions: args.maxInstructions } : {}),
    hostReadFile: (p: string) => {
      const abs = p.startsWith('/') ? p : resolve(p);
      try {
        return existsSync(abs) ? new Uint8Array(readFileSync(abs)) : null;
      } catch {
        return null;
      }
    },
  });
  flush();
  if (args.traceOut && recorder !== null) writeFileSync(args.traceOut, formatChromeTrace(toChromeTrace(readRecorder(recorder), { title: args.file })));
  if (args.statsOut && result.machine !== null) writeFileSync(args.statsOut, JSON.stringify(runStats(result.machine), null, 2) + '\n');
  return result.exitCode;
}

const status = main();
if (status === -2) {
  // An unhandled KeyboardInterrupt: like CPython, die of SIGINT once the output is written.
  process.stdout.write('', () => process.stderr.write('', () => process.kill(process.pid, 'SIGINT')));
} else process.exitCode = status;
