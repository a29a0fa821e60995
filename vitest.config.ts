// Unit, conformance and property tests run in Node (no DOM): the worker code is plain TypeScript.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['workers/**/*.test.ts', 'cli/**/*.test.ts', 'conformance/**/*.test.ts', 'app/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
