/**
 * The `interleave` command line: `interleave run FILE.py [--seed N]` runs a program like
 * `python3 FILE.py` (same stdout, stderr and exit status).
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runProgram } from '../workers/python/run-program';

const USAGE = `usage: interleave run [--seed N] [--max-instructions N] FILE.py [ARG ...]
       interleave --help`;

interface CliArgs {
  command: string;
  file: string;
  seed: number;
  maxInstructions: number | undefined;
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
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--seed') seed = Number(rest[++i]);
    else if (a === '--max-instructions') maxInstructions = Number(rest[++i]);
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
  return { command, file, seed, maxInstructions, scriptArgs };
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
  const result = runProgram(source, sink, {
    filename,
    seed: args.seed,
    argv: [filename, ...args.scriptArgs],
    cwd: process.cwd(),
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
  return result.exitCode;
}

const status = main();
if (status === -2) {
  // An unhandled KeyboardInterrupt: like CPython, die of SIGINT once the output is written.
  process.stdout.write('', () => process.stderr.write('', () => process.kill(process.pid, 'SIGINT')));
} else process.exitCode = status;
