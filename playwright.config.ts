// End-to-end tests in real Chromium (Debian's /usr/bin/chromium: Playwright cannot download
// browsers here) against the production build served by `vite preview`.
import { defineConfig, devices } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  workers: 1,
  // PW_REPORTER=list,json (scripts/test-all.mjs) → several reporters; json writes PLAYWRIGHT_JSON_OUTPUT_NAME.
  reporter: (process.env.PW_REPORTER ?? 'list').split(',').map((name) => [name] as [string]),
  use: {
    ...devices['Desktop Chrome'],
    baseURL: 'http://127.0.0.1:4173',
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'npx vite build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
