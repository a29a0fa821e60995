#!/usr/bin/env node
// The one test command (`npm test`): typecheck, Vitest (unit + property + conformance), then
// Playwright in real Chromium. Each suite writes a JSON report; this script sums them and ends
// with the single line CI reads: `N passed, N failed`.
//
// Why JSON reports and not exit codes: a crashed suite (no report) must count as a failure, and
// a suite that ran 0 tests must be visible, so we count tests, not processes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test-results', 'reports');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const only = process.argv.slice(2); // e.g. `npm test -- unit` runs one suite
const want = (name) => only.length === 0 || only.includes(name);

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const started = process.hrtime.bigint();
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`=== ${label} finished in ${secs.toFixed(1)} s (exit ${res.status ?? res.signal})`);
  return res.status === 0;
}

function readJson(path) {
  try { return JSON.parse(readFileSync(path, 'utf8')); } catch { return null; }
}

const suites = [];

if (want('typecheck')) {
  // The typecheck counts as one test: it passes or it does not.
  const ok = run('typecheck', 'npx', ['tsc', '-p', '.', '--noEmit']);
  suites.push({ name: 'typecheck', passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

if (want('unit')) {
  const report = join(out, 'vitest.json');
  const ok = run('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  const json = readJson(report);
  if (json) {
    const failed = json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1);
    suites.push({ name: 'vitest', passed: json.numPassedTests, failed });
  } else {
    suites.push({ name: 'vitest', passed: 0, failed: 1, note: 'no report (suite crashed)' });
  }
}

if (want('e2e')) {
  const report = join(out, 'playwright.json');
  const ok = run('playwright', 'npx', ['playwright', 'test'], {
    PW_REPORTER: 'list,json',
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    CI: process.env.CI ?? '1',
  });
  const json = existsSync(report) ? readJson(report) : null;
  if (json && json.stats) {
    const passed = json.stats.expected + (json.stats.flaky ?? 0);
    const failed = json.stats.unexpected + (ok || json.stats.unexpected > 0 ? 0 : 1);
    suites.push({ name: 'playwright', passed, failed });
  } else {
    suites.push({ name: 'playwright', passed: 0, failed: 1, note: 'no report (suite crashed)' });
  }
}

console.log('\n=== summary');
for (const s of suites) console.log(`${s.name}: ${s.passed} passed, ${s.failed} failed${s.note ? ` (${s.note})` : ''}`);
const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
