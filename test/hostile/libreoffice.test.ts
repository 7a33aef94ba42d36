/**
 * Round trip through LibreOffice (issue 4, item 4): the seed scored by the CLI, converted by headless LibreOffice
 * (`soffice --headless --convert-to xlsx`, its own throw-away user profile), must load without error, and its values,
 * fills, notes and number formats must read back (through exceljs and the xlsx adapter) as selfeval wrote them; the
 * ledger must survive, so that rescoring the converted workbook changes nothing.
 * Skipped, with a message, where soffice is not installed (.ci/run installs libreoffice-calc-nogui).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import type { Report } from '../../src/core/report/Report';
import type { SheetSnapshot } from '../../src/core/snapshot/SheetSnapshot';
import { LEDGER_SHEET } from '../../src/core/plan/ledgerStore';
import { readLedger } from '../../src/xlsx/workbookFile';
import { snapshotFromWorksheet } from '../../src/xlsx/snapshotFromWorksheet';
import { SEED_XLSX } from '../fixtures/realTables';
import { tempDir } from '../helpers/xlsx';

function findSoffice(): string | null {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice']) if (existsSync(p)) return p;
  const r = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}
const SOFFICE = findSoffice();
if (!SOFFICE) {
  // eslint-disable-next-line no-console
  console.warn('libreoffice.test.ts SKIPPED: soffice not found (apt-get install -y libreoffice-calc-nogui; .ci/run does it)');
}
const describeLo = SOFFICE ? describe : describe.skip;

// CI installs LibreOffice (.ci/run): there, a missing soffice is a failure, not a skip.
if (!SOFFICE && process.env.CI) {
  test('LibreOffice is installed in CI', () => {
    throw new Error('soffice not found although CI is set: .ci/run should have installed libreoffice-calc-nogui');
  });
}

jest.setTimeout(180_000);
const { dir, cleanup } = tempDir('selfeval-lo-');
afterAll(cleanup);

async function cli(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
}

/** soffice --convert-to xlsx into outDir, with its own user installation; returns the converted file. */
function convert(file: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const profile = path.join(dir, 'lo-profile');
  const r = spawnSync(SOFFICE!, ['--headless', '--norestore', '--nologo', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx', '--outdir', outDir, file], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, HOME: dir },
  });
  const out = path.join(outDir, path.basename(file));
  if (r.status !== 0 || !existsSync(out)) throw new Error(`soffice failed (status ${r.status}): ${r.stderr}\n${r.stdout}`);
  return out;
}

async function sheets(file: string): Promise<{ wb: ExcelJS.Workbook; snap: SheetSnapshot }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { wb, snap: snapshotFromWorksheet(wb.worksheets.find((w) => w.name !== LEDGER_SHEET)!) };
}

/** Non-empty values by A1 (LibreOffice splits mixed-script text into rich-text runs; the adapter joins them). */
function valuesOf(s: SheetSnapshot): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  s.values.forEach((row, r) => row.forEach((v, c) => {
    if (v !== null && v !== '') out[`${String.fromCharCode(65 + c)}${r + 1}`] = v;
  }));
  return out;
}

describeLo('LibreOffice round trip of a scored workbook', () => {
  let scored: string;
  let converted: string;
  let report: Report;

  beforeAll(async () => {
    const input = path.join(dir, 'seed.xlsx');
    copyFileSync(SEED_XLSX, input);
    const r = await cli(['score', input, '--json', '-']);
    expect(r.code).toBe(0);
    report = JSON.parse(r.out[r.out.length - 1]) as Report;
    scored = path.join(dir, 'seed.scored.xlsx');
    converted = convert(scored, path.join(dir, 'lo'));
  });

  test('LibreOffice loads and re-saves it without error', () => {
    expect(readdirSync(path.join(dir, 'lo'))).toEqual(['seed.scored.xlsx']);
  });

  test('values read back as written (output columns, summary line, own cells)', async () => {
    const a = await sheets(scored);
    const b = await sheets(converted);
    expect(valuesOf(b.snap)).toEqual(valuesOf(a.snap));
  });

  test('fills and notes read back as written', async () => {
    const a = await sheets(scored);
    const b = await sheets(converted);
    expect(Object.keys(a.snap.fills ?? {}).length).toBeGreaterThan(0);
    expect(b.snap.fills).toEqual(a.snap.fills);
    expect(Object.keys(a.snap.notes ?? {}).length).toBe(5);
    expect(b.snap.notes).toEqual(a.snap.notes);
  });

  test('number formats selfeval wrote (0.00% for 完成率) survive', async () => {
    const a = await sheets(scored);
    const b = await sheets(converted);
    const pct: string[] = [];
    a.snap.formats.forEach((row, r) => row.forEach((f, c) => {
      if (f === '0.00%') pct.push(`${r},${c}`);
    }));
    expect(pct.length).toBeGreaterThanOrEqual(17); // one per quantitative indicator of the seed
    for (const rc of pct) {
      const [r, c] = rc.split(',').map(Number);
      expect(b.snap.formats[r][c]).toBe('0.00%');
    }
  });

  test('the ledger survives (hidden sheet) and rescoring the converted workbook changes nothing', async () => {
    const a = await sheets(scored);
    const b = await sheets(converted);
    expect(readLedger(b.wb)).toEqual(readLedger(a.wb));
    // LibreOffice keeps the ledger sheet hidden but downgrades veryHidden to hidden (a user can unhide it there).
    expect(['hidden', 'veryHidden']).toContain(b.wb.getWorksheet(LEDGER_SHEET)!.state);
    const out = path.join(dir, 'rescored.xlsx');
    const r = await cli(['score', converted, '--out', out, '--json', '-']);
    expect(r.code).toBe(0);
    const again = JSON.parse(r.out[r.out.length - 1]) as Report;
    expect(again.tables).toEqual(report.tables);
    const c = await sheets(out);
    expect(valuesOf(c.snap)).toEqual(valuesOf(a.snap));
    expect(c.snap.fills).toEqual(a.snap.fills);
    expect(c.snap.notes).toEqual(a.snap.notes);
  });
});
