/**
 * `_interleave_net`: the simulated web behind `requests` (py/requests). Every URL answers with a
 * page generated from the URL — deterministic, different per URL — after a latency and at a
 * bandwidth derived from the host, the URL and the run's seed. The waiting thread is in I/O with
 * the GIL released (a socket recv), so I/O-bound threads overlap as on a real network.
 *
 * The model (documented in docs/simulated-world.md):
 * - a host whose name ends in .invalid, .test or .example, or contains
 *   "made-up", "nonexistent" or "does-not-exist", does not resolve: ConnectionError after 5 ms;
 * - connect + first byte: 20–200 ms, fixed per (host, seed); transfer at 1–20 MB/s per host;
 * - a page is 2–200 KB of HTML with <title>host</title>; `/status/NNN` answers NNN with an empty
 *   body; a path ending in `.json` or `/json` answers JSON.
 */
import type { PyValue } from '../python/objects/object';
import { None } from '../python/objects/core-types';
import type { PyModule } from '../python/objects/module';
import { PyBytes } from '../python/objects/bytes';
import { PyFloat, newFloat } from '../python/objects/float';
import { newTuple } from '../python/objects/tuple';
import type { Interpreter } from '../python/vm/interpreter-state';
import { MachineRequest, type NativeGen } from '../python/vm/native';
import { func } from '../python/runtime/define';
import { defineAll } from './ioutil';

const UNRESOLVABLE_SUFFIXES = ['.invalid', '.test', '.example'];
const UNRESOLVABLE_WORDS = ['made-up', 'nonexistent', 'does-not-exist'];

/** FNV-1a over a string: the deterministic "randomness" of the simulated web. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function resolves(host: string): boolean {
  const h = host.toLowerCase();
  return h !== '' && !UNRESOLVABLE_SUFFIXES.some((s) => h.endsWith(s)) && !UNRESOLVABLE_WORDS.some((w) => h.includes(w));
}

const FILLER = 'Interleave simulates this page: the network, its latency and its bandwidth are part of the simulated machine. ';

function pageFor(host: string, path: string, size: number): string {
  const head = `<!DOCTYPE html>\n<html><head><title>${host}</title></head>\n<body><h1>${host}</h1>\n<p>${path}</p>\n`;
  const tail = '</body></html>\n';
  let body = '';
  while (head.length + body.length + tail.length < size) body += FILLER;
  return head + body.slice(0, Math.max(0, size - head.length - tail.length)) + tail;
}

export function initSimNet(interp: Interpreter, m: PyModule): void {
  defineAll(m, [
    // fetch(host, path, url, timeout) -> (status, content_type, body, seconds) or
    // ('unresolved' | 'timeout', seconds): the caller (requests) raises the exception.
    func('fetch', 'host, path, url, timeout, /', function* (hostV: PyValue, pathV: PyValue, urlV: PyValue, timeoutV: PyValue): NativeGen {
      const host = String(hostV);
      const path = String(pathV);
      const seed = interp.options.seed;
      const timeout = timeoutV === None ? Infinity : timeoutV instanceof PyFloat ? timeoutV.v : Number(timeoutV);
      if (!resolves(host)) {
        yield new MachineRequest('io', { ns: 5_000_000, result: None });
        return newTuple(['unresolved', newFloat(0.005)]);
      }
      const hh = hash(`${seed}:${host}`);
      const uh = hash(`${seed}:${String(urlV)}`);
      const firstByte = (20 + (hh % 181)) / 1000;
      const bandwidth = (1 + ((hh >>> 8) % 20)) * 1e6;
      const status = /^\/status\/(\d{3})$/.exec(path);
      let code = 200;
      let type = 'text/html; charset=utf-8';
      let text: string;
      if (status) {
        code = Number(status[1]);
        text = '';
      } else if (path.endsWith('.json') || path.endsWith('/json')) {
        type = 'application/json';
        text = JSON.stringify({ url: String(urlV), host, path, simulated: true });
      } else text = pageFor(host, path, 2048 + (uh % 198_000));
      const body = new TextEncoder().encode(text);
      const seconds = firstByte + body.length / bandwidth;
      if (seconds > timeout) {
        yield new MachineRequest('io', { ns: Math.round(timeout * 1e9), result: None });
        return newTuple(['timeout', newFloat(timeout)]);
      }
      yield new MachineRequest('io', { ns: Math.round(seconds * 1e9), result: None });
      return newTuple([code, type, new PyBytes(body), newFloat(seconds)]);
    }),
  ]);
}
