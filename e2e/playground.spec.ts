/** The playground loads cleanly, runs Python in the worker, and Stop ends a runaway program. */
import { test, expect, type Page } from '@playwright/test';

function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()}`));
  return problems;
}

/** Replace the editor's text the way a user does (select all, type). Lines need no indentation. */
async function replaceCode(page: Page, code: string) {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(code);
}

test('loads without errors, runs the default program, and makes no external requests', async ({ page }) => {
  const problems = collectProblems(page);
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) external.push(r.url());
  });
  await page.goto('/');
  await expect(page.locator('.monaco-editor')).toBeVisible();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'idle');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('console')).toContainText('count(3) = 3000000');
  await expect(page.getByTestId('console')).toContainText('counter.count = 10');
  await expect(page.getByTestId('run-status')).toContainText('Exited with status 0');
  expect(problems).toEqual([]);
  expect(external).toEqual([]);
});

test('shows a CPython traceback, and Stop ends an infinite loop', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.monaco-editor')).toBeVisible();
  await replaceCode(page, 'f = lambda x: 1 / x\nprint(f(0))');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('console')).toContainText('ZeroDivisionError: division by zero');
  await expect(page.getByTestId('console')).toContainText('Traceback (most recent call last):');

  await replaceCode(page, 'while True: pass');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  await page.getByTestId('stop').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'stopped');
  // A new worker takes over: the next run works.
  await replaceCode(page, 'print("alive")');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('console')).toContainText('alive', { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/playground.png' });
});
