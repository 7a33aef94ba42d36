/**
 * The production build (dist/, from `npx webpack --mode production`; `npm test` builds it first) served on 127.0.0.1
 * and opened in headless Chromium, office.js answered by a stub backed by the fake Excel loaded with the seed workbook.
 * No request may leave the machine.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FakeWorkbookData } from '../fakes/fakeExcel';
import { loadWorkbookData } from '../fakes/loadWorkbook';
import type { StubHandle } from './officeStub';
import { buildOfficeStub, CHROMIUM, OFFICE_JS, serveDir } from './harness';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'test-output');
const STUB_DIR = path.join(OUT, 'office-stub');
const SEED = path.join(ROOT, 'examples/seed-dept-selfeval-2025.xlsx');

jest.setTimeout(120_000);

/** src of every <script> of an HTML page of dist/ (the minifier drops attribute quotes). */
function scriptSrcs(page: string): string[] {
  const html = fs.readFileSync(path.join(DIST, page), 'utf8');
  return Array.from(html.matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g), (m) => m[1] ?? m[2] ?? m[3]);
}
/** The local scripts of a page, as files. */
const scriptsOf = (page: string): string[] =>
  scriptSrcs(page)
    .filter((src) => !/^https?:/.test(src))
    .map((src) => path.join(DIST, src.replace(/^\//, '')));
const gzipBytes = (files: string[]): number => files.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length, 0);

let server: http.Server;
let base: string;
let browser: Browser;
let stubScript: string;
let seed: FakeWorkbookData;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    throw new Error('dist/ is missing: run `npx webpack --mode production` first (npm test does).');
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  [stubScript, seed] = await Promise.all([buildOfficeStub(STUB_DIR), loadWorkbookData(SEED)]);
  server = await serveDir(DIST);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
});

interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the machine (aborted). */
  outside: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/** A fresh page whose office.js is the stub (or `officeJs` verbatim), with every other outside request blocked. */
async function open(file: string, opts: { lang?: string; officeJs?: string; protect?: boolean } = {}): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 380, height: 1100 }, locale: 'zh-CN', serviceWorkers: 'block' });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      const body =
        opts.officeJs ??
        `window.__SELFEVAL_SEED__ = ${JSON.stringify(seed)};\nwindow.__SELFEVAL_LANG__ = ${JSON.stringify(opts.lang ?? 'zh-CN')};\n` +
        `window.__SELFEVAL_PROTECT__ = ${opts.protect === true};\n${stubScript}`;
      await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body });
    } else if (url.startsWith(base)) {
      await route.continue();
    } else {
      outside.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(base + file);
  return { context, page, outside, errors };
}

const stub = (page: Page): Promise<{ selection: { sheet: string; address: string } | null; active: string }> =>
  page.evaluate(() => {
    const h = (window as unknown as { __selfevalStub: StubHandle }).__selfevalStub;
    return { selection: h.fake.selection, active: h.fake.activeSheet };
  });

const sheetData = (page: Page, name: string): Promise<unknown> =>
  page.evaluate((n) => {
    const h = (window as unknown as { __selfevalStub: StubHandle }).__selfevalStub;
    const s = h.fake.toData().sheets.find((x) => x.name === n);
    return s ? { cells: s.cells, notes: s.notes ?? {} } : null;
  }, name);

describe('task pane in Chromium against the fake Excel', () => {
  it('评分 shows 90.00 / 92 and 优, lists the missing actual value, and clicking it selects I33', async () => {
    const { context, page, outside, errors } = await open('taskpane.html');
    try {
      await page.getByRole('button', { name: '评分', exact: true }).click();
      const score = page.getByTestId('score');
      await score.filter({ hasText: '90.00 / 92' }).waitFor({ timeout: 30_000 });
      expect((await score.textContent())?.trim()).toBe('90.00 / 92');
      expect((await page.getByTestId('grade').textContent())?.trim()).toBe('优');
      expect((await page.getByTestId('normalized').textContent())?.trim()).toBe('97.83');
      expect(await page.getByRole('button', { name: '重新评分' }).isVisible()).toBe(true);

      // The errors group lists the missing actual value at I33 (and the weight total at H16).
      const errorsGroup = page.getByRole('group', { name: /^错误 \d+$/ });
      const missing = errorsGroup.getByRole('button', { name: /^I33\b/ });
      expect(await missing.count()).toBe(1);
      expect(await missing.getAttribute('data-code')).toBe('ACTUAL_MISSING');
      expect(await errorsGroup.getByRole('button', { name: /^H16\b/ }).count()).toBe(1);
      expect(await page.getByRole('group', { name: /^警告 3$/ }).count()).toBe(1);

      await page.screenshot({ path: path.join(OUT, 'taskpane.png'), fullPage: true });

      await missing.click();
      await page.waitForFunction(
        () => (window as unknown as { __selfevalStub: StubHandle }).__selfevalStub.fake.selection?.address === 'I33',
        undefined,
        { timeout: 10_000 },
      );
      const st = await stub(page);
      expect(st.selection).toEqual({ sheet: seed.activeSheet, address: 'I33' });

      await page.getByRole('button', { name: 'English' }).click();
      expect(await page.getByRole('heading', { name: 'Performance self-evaluation' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Score again' }).isVisible()).toBe(true);

      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('清除结果 restores the sheet exactly and says so', async () => {
    const { context, page, outside, errors } = await open('taskpane.html');
    try {
      const before = await sheetData(page, seed.activeSheet);
      await page.getByRole('button', { name: '评分', exact: true }).click();
      await page.getByTestId('score').waitFor({ timeout: 30_000 });
      expect(await sheetData(page, seed.activeSheet)).not.toEqual(before);
      await page.getByRole('button', { name: '清除结果' }).click();
      await page.getByText('已清除评分结果，工作表已恢复。').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('score').count()).toBe(0);
      expect(await sheetData(page, seed.activeSheet)).toEqual(before);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a protected sheet: the gateway message in a MessageBar, nothing written, no result card', async () => {
    const { context, page, outside, errors } = await open('taskpane.html', { protect: true });
    try {
      const before = await sheetData(page, seed.activeSheet);
      await page.getByRole('button', { name: '评分', exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 30_000 });
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain('操作失败');
      expect(text).toContain(`工作表“${seed.activeSheet}”受保护`);
      expect(await page.getByTestId('score').count()).toBe(0);
      expect(await sheetData(page, seed.activeSheet)).toEqual(before);
      await page.getByRole('button', { name: '关闭' }).click();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('English Office: the pane starts in en-US and finding messages come in English', async () => {
    const { context, page, outside, errors } = await open('taskpane.html', { lang: 'en-US' });
    try {
      await page.getByRole('button', { name: 'Score', exact: true }).click();
      await page.getByTestId('score').filter({ hasText: '90.00 / 92' }).waitFor({ timeout: 30_000 });
      const missing = page.getByRole('group', { name: /^Errors 2$/ }).getByRole('button', { name: /^I33\b/ });
      expect(await missing.textContent()).toMatch(/^I33Actual value missing: "保障政府门户网站正常访问"/);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a clear zh-CN / en-US message when office.js never initialises', async () => {
    const { context, page, outside } = await open('taskpane.html', { officeJs: '/* office.js failed to load */' });
    try {
      await page.getByRole('alert').waitFor({ timeout: 15_000 });
      const text = (await page.getByRole('alert').textContent()) ?? '';
      expect(text).toContain('Office 尚未加载完成');
      expect(text).toContain('Office has not finished loading');
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('commands.html registers scoreSheet and clearResults; both complete and change the sheet as expected', async () => {
    const { context, page, outside, errors } = await open('commands.html');
    try {
      await page.waitForFunction(() => {
        const h = (window as unknown as { __selfevalStub?: StubHandle }).__selfevalStub;
        return !!h && 'scoreSheet' in h.actions && 'clearResults' in h.actions;
      });
      const before = await sheetData(page, seed.activeSheet);
      const runAction = (name: string): Promise<number> =>
        page.evaluate(async (n) => {
          const h = (window as unknown as { __selfevalStub: StubHandle }).__selfevalStub;
          let completed = 0;
          await h.actions[n]({ completed: () => void completed++ });
          return completed;
        }, name);
      expect(await runAction('scoreSheet')).toBe(1);
      const scored = JSON.stringify(await sheetData(page, seed.activeSheet));
      expect(scored).toContain('97.83');
      expect(await runAction('clearResults')).toBe(1);
      expect(await sheetData(page, seed.activeSheet)).toEqual(before);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('ribbon error dialog', () => {
  it('commands.html?notice=… shows the message and a close button, and registers no commands', async () => {
    const q = new URLSearchParams({ notice: '工作表“自评表”受保护。', title: '操作失败', lang: 'zh-CN' });
    const { context, page, outside, errors } = await open(`commands.html?${q.toString()}`);
    try {
      await page.getByRole('heading', { name: '操作失败' }).waitFor({ timeout: 10_000 });
      expect(await page.getByText('工作表“自评表”受保护。').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: '关闭' }).isVisible()).toBe(true);
      const actions = await page.evaluate(() => Object.keys((window as unknown as { __selfevalStub: StubHandle }).__selfevalStub.actions));
      expect(actions).toEqual([]);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('production bundles', () => {
  it('task pane initial JS ≤ 250 KB gzip, commands ≤ 60 KB gzip, and the commands bundle has no React', () => {
    const taskpane = scriptsOf('taskpane.html');
    const commands = scriptsOf('commands.html');
    expect(taskpane.length).toBeGreaterThan(0);
    expect(commands).toHaveLength(1);
    const sizes = { taskpane: gzipBytes(taskpane), commands: gzipBytes(commands) };
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, 'bundle-sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
    expect(sizes.taskpane).toBeLessThanOrEqual(250 * 1024);
    expect(sizes.commands).toBeLessThanOrEqual(60 * 1024);
    const commandsJs = commands.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    expect(commandsJs).not.toMatch(/react\.(transitional\.)?element|__reactFiber|@fluentui/);
  });

  it('pages load office.js from the Microsoft CDN under a CSP allowing only self and that origin for scripts', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = fs.readFileSync(path.join(DIST, page), 'utf8');
      expect(scriptSrcs(page)[0]).toBe(OFFICE_JS);
      const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(/script-src ([^;]+)/.exec(csp)?.[1].trim()).toBe("'self' https://appsforoffice.microsoft.com");
    }
  });
});
