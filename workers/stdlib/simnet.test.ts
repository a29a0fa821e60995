/**
 * The simulated web (simnet.ts + py/requests): deterministic pages and timings per seed, hosts
 * that do not resolve, and downloads that overlap in threads because waiting releases the GIL.
 */
import { describe, expect, it } from 'vitest';
import { runProgram, BufferSink } from '../python/run-program';

function run(source: string, seed = 0) {
  const out = new BufferSink();
  const r = runProgram(source, out, { seed });
  return { out: out.stdout, err: out.stderr, exit: r.exitCode };
}

const DOWNLOADS = `
import requests, time
from concurrent.futures import ThreadPoolExecutor
urls = ['http://www.qunar.com', 'http://www.douban.com', 'http://www.github.com', 'http://www.ctrip.com']
t0 = time.perf_counter()
sizes = [len(requests.get(u).content) for u in urls]
serial = time.perf_counter() - t0
t0 = time.perf_counter()
with ThreadPoolExecutor(4) as ex:
    threaded_sizes = list(ex.map(lambda u: len(requests.get(u).content), urls))
threaded = time.perf_counter() - t0
longest = max(requests.get(u).elapsed.total_seconds() for u in urls)
print(sizes == threaded_sizes, sizes)
print(f'{serial:.4f} {threaded:.4f} {longest:.4f}')
`;

describe('the simulated web', () => {
  it('overlaps downloads in threads: the GIL is released while a thread waits for a response', () => {
    const [, times] = run(DOWNLOADS).out.trim().split('\n');
    const [serial, threaded, longest] = times.split(' ').map(Number);
    expect(threaded).toBeLessThan(serial * 0.6);
    expect(threaded).toBeGreaterThanOrEqual(longest);
    expect(threaded).toBeLessThan(longest + 0.01);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(run(DOWNLOADS, 1).out).toBe(run(DOWNLOADS, 1).out);
    expect(run(DOWNLOADS, 1).out).not.toBe(run(DOWNLOADS, 2).out);
  });

  it('serves titled pages, JSON and status codes, and fails made-up hosts', () => {
    const r = run(`
import re, requests
print(re.findall(r'<title>(.*?)</title>', requests.get('http://www.v2ex.com/').text))
print(requests.get('https://api.site.org/data.json').json()['host'])
r = requests.get('https://site.org/status/503')
print(r.status_code, r.reason, r.ok, r.content)
try:
    requests.get('http://some-made-up-domain.com/')
except requests.exceptions.ConnectionError as e:
    print('ConnectionError', 'some-made-up-domain.com' in str(e))
try:
    requests.get('http://www.slow.org/', timeout=0.001)
except requests.Timeout as e:
    print(type(e).__name__)
`);
    expect(r.err).toBe('');
    expect(r.out).toBe("['www.v2ex.com']\napi.site.org\n503 Service Unavailable False b''\nConnectionError True\nReadTimeout\n");
  });
});
