/**
 * Task pane in headless Chromium (/usr/bin/chromium via playwright-core), the production dist/ served on 127.0.0.1 and
 * office.js answered by the browser test's stub (test/browser/officeStub.ts: the fake Excel loaded with the seed).
 * Per fresh page: first contentful paint, time until the 评分 button is visible, and time until the summary card
 * (data-testid="score") is rendered after clicking 评分 — from navigation start and from the click. Median of 7.
 */
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { loadWorkbookData } from '../test/fakes/loadWorkbook';
import { buildOfficeStub, CHROMIUM, OFFICE_JS, serveDir } from '../test/browser/harness';
import { DIST, ensureDist } from './bundles';
import { median, ms, printTable, ROOT } from './util';

const RUNS = 7;

async function buildStub(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(tmpdir(), 'selfeval-bench-stub-'));
  try {
    return await buildOfficeStub(outDir, path.join(ROOT, 'test/browser/webpack.stub.config.js'));
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<unknown> {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`${CHROMIUM} missing: skipped`);
    return { skipped: true };
  }
  ensureDist();
  const [stub, seed] = await Promise.all([buildStub(), loadWorkbookData(path.join(ROOT, 'examples/seed-dept-selfeval-2025.xlsx'))]);
  const officeJs = `window.__SELFEVAL_SEED__ = ${JSON.stringify(seed)};\nwindow.__SELFEVAL_LANG__ = "zh-CN";\n${stub}`;
  const server = await serveDir(DIST);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const runs: { fcp: number; ready: number; card: number; click: number }[] = [];
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 380, height: 1100 }, locale: 'zh-CN', serviceWorkers: 'block' });
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: officeJs });
        return url.startsWith(base) ? route.continue() : route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      await page.goto(`${base}taskpane.html`);
      const button = page.getByRole('button', { name: '评分', exact: true });
      await button.waitFor({ timeout: 30_000 });
      const ready = await page.evaluate(() => performance.now());
      const clickAt = await page.evaluate(() => performance.now());
      await button.click();
      await page.getByTestId('score').waitFor({ timeout: 30_000 });
      // performance.now() in the page counts from navigation start.
      const card = await page.evaluate(() => performance.now());
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
      if (i > 0) runs.push({ fcp, ready, card, click: card - clickAt }); // the first page warms the browser
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
  const figures = {
    firstContentfulPaintMs: median(runs.map((r) => r.fcp)),
    scoreButtonVisibleMs: median(runs.map((r) => r.ready)),
    summaryCardFromNavigationMs: median(runs.map((r) => r.card)),
    summaryCardFromClickMs: median(runs.map((r) => r.click)),
    runs,
  };
  printTable(
    ['task pane (seed, 35 indicators)', 'median ms'],
    [
      ['first contentful paint', ms(figures.firstContentfulPaintMs)],
      ['评分 button visible (interactive)', ms(figures.scoreButtonVisibleMs)],
      ['summary card rendered, from click', ms(figures.summaryCardFromClickMs)],
      ['summary card rendered, from navigation', ms(figures.summaryCardFromNavigationMs)],
    ],
  );
  console.log('(waits poll through playwright, so the figures include up to a few ms of polling; no target set)');
  return figures;
}
