/**
 * A small directory tree every simulated machine has under /home/sample — documents, photos,
 * a project's sources, music — so programs that walk a file system (the course's md5-over-files
 * example: os.walk('/home/')) have something real to read. Its files are the same on every run
 * (generated from a fixed generator, not the seed) and start "cold": the first read of each
 * waits for the disk (io/stream.ts charges DISK_READ_NS), later reads come from the page cache.
 * docs/simulated-world.md lists it.
 */
export const SAMPLE_ROOT = '/home/sample';

/** A random read from an SSD, the first time a file's data is needed: ~0.1 ms. */
export const DISK_READ_NS = 100_000;

interface Spec {
  dir: string;
  count: number;
  name: (i: number) => string;
  size: (r: () => number) => number;
  text: boolean;
}

const WORDS = ['the', 'thread', 'process', 'queue', 'lock', 'data', 'file', 'pool', 'task', 'result', 'value', 'event', 'python', 'time', 'core', 'wait'];

const SPECS: Spec[] = [
  { dir: 'docs', count: 24, name: (i) => `notes-${String(i + 1).padStart(2, '0')}.txt`, size: (r) => 300 + Math.floor(r() * 3000), text: true },
  { dir: 'docs/reports', count: 12, name: (i) => `report-2024-${String(i + 1).padStart(2, '0')}.md`, size: (r) => 1000 + Math.floor(r() * 8000), text: true },
  { dir: 'photos/2023', count: 30, name: (i) => `IMG_${String(1001 + i)}.jpg`, size: (r) => 8000 + Math.floor(r() * 24000), text: false },
  { dir: 'photos/2024', count: 30, name: (i) => `IMG_${String(2001 + i)}.jpg`, size: (r) => 8000 + Math.floor(r() * 24000), text: false },
  { dir: 'projects/webapp/src', count: 18, name: (i) => `module_${String.fromCharCode(97 + i)}.py`, size: (r) => 400 + Math.floor(r() * 4000), text: true },
  { dir: 'projects/webapp/tests', count: 10, name: (i) => `test_${String.fromCharCode(97 + i)}.py`, size: (r) => 300 + Math.floor(r() * 2000), text: true },
  { dir: 'music', count: 16, name: (i) => `track${String(i + 1).padStart(2, '0')}.mp3`, size: (r) => 20000 + Math.floor(r() * 40000), text: false },
];

/** xorshift32: fixed, so the tree is the same on every machine and every run. */
function generator(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/** Every file of the tree: absolute path → contents. */
export function sampleFiles(): Map<string, Uint8Array> {
  const r = generator(0x5eed_f11e);
  const out = new Map<string, Uint8Array>();
  for (const spec of SPECS) {
    for (let i = 0; i < spec.count; i++) {
      const n = spec.size(r);
      const b = new Uint8Array(n);
      if (spec.text) {
        let at = 0;
        const enc = new TextEncoder();
        while (at < n) {
          const w = enc.encode(WORDS[Math.floor(r() * WORDS.length)] + (r() < 0.1 ? '\n' : ' '));
          b.set(w.subarray(0, n - at), at);
          at += w.length;
        }
      } else {
        for (let j = 0; j < n; j++) b[j] = Math.floor(r() * 256);
      }
      out.set(`${SAMPLE_ROOT}/${spec.dir}/${spec.name(i)}`, b);
    }
  }
  return out;
}
