/**
 * Prints a program's trace events, one JSON object per line (for looking at what the machine
 * reports): node scripts/run-ts.mjs scripts/trace-dump.ts FILE.py [kinds,to,skip]
 */
import { readFileSync } from 'node:fs';
import { runProgram, BufferSink } from '../workers/python/run-program';
import type { TraceEvent } from '../workers/machine/trace-events';

const [file, skip = ''] = process.argv.slice(2);
const skipped = new Set(skip.split(',').filter(Boolean));
const events: TraceEvent[] = [];
const out = new BufferSink();
runProgram(readFileSync(file, 'utf8'), out, { trace: { emit: (ev) => events.push(ev) } });
for (const ev of events) if (!skipped.has(ev.k)) console.log(JSON.stringify(ev));
