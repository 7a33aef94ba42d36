/**
 * `selfeval score` in-process (src/cli/main.ts run) over real .xlsx files: the scored copy read back, the input left
 * byte-identical, rescoring idempotent, exit codes, --json, --lang, folders.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { run } from '../../src/cli/main';
import type { Report } from '../../src/core/report/Report';
import { LEDGER_SHEET, decodeLedger } from '../../src/core/plan/ledgerStore';
import { readBack, tempDir, valueAt, formatOf, xlsxFromGrid, xlsxFromSheets } from '../helpers/xlsx';
import { SEED_XLSX } from '../fixtures/realTables';
import { gridA, ok } from '../fixtures/grids';

interface Out {
  code: number;
  stdout: string;
  stderr: string;
}
async function cli(...argv: string[]): Promise<Out> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { out: (s) => (stdout += s + '\n'), err: (s) => (stderr += s + '\n') });
  return { code, stdout, stderr };
}
const sha = (f: string): string => createHash('sha256').update(readFileSync(f)).digest('hex');

const { dir, cleanup } = tempDir();
afterAll(cleanup);
let seed: string;
beforeAll(() => {
  seed = path.join(dir, 'seed.xlsx');
  copyFileSync(SEED_XLSX, seed);
});

describe('the scored seed read back', () => {
  let scored: string;
  let before: string;
  let res: Out;
  beforeAll(async () => {
    before = sha(seed);
    res = await cli('score', seed);
    scored = path.join(dir, 'seed.scored.xlsx');
  });

  it('exits 0, prints the summary line and one line per error and warning', () => {
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('自评表!B16:I51 — 总分 90.00/92 · 折算分 97.83 · 等级 优 · 错误 2 · 警告 3 · 提示 0');
    for (const c of ['H16', 'I17', 'I18', 'I33', 'I47']) expect(res.stdout).toMatch(new RegExp(`^  ${c}\\s`, 'm'));
    expect(res.stderr).toBe('');
  });

  it('leaves the input byte-identical and writes <name>.scored.xlsx', () => {
    expect(sha(seed)).toBe(before);
    expect(existsSync(scored)).toBe(true);
  });

  it('holds the output columns, summary, fills and notes; the user cells unchanged', async () => {
    const wb = await readBack(scored);
    const s = wb['自评表'].snapshot;
    expect(['J16', 'K16', 'L16'].map((a) => valueAt(s, a))).toEqual(['完成率', '得分', '校验提示']);
    expect(valueAt(s, 'J17')).toBe(1.8);
    expect(formatOf(s, 'J17')).toBe('0.00%');
    expect(valueAt(s, 'K47')).toBe(5);
    expect(valueAt(s, 'J52')).toBe('总分 90.00/92');
    expect(s.fills).toEqual({ H16: '#FFC7CE', I33: '#FFC7CE', I17: '#FFEB9C', I18: '#FFEB9C', I47: '#FFEB9C' });
    expect(Object.keys(s.notes ?? {}).sort()).toEqual(['H16', 'I17', 'I18', 'I33', 'I47']);
    expect(s.notes!.I47).toContain('车辆购置成本');
    const orig = (await readBack(seed))['自评表'].snapshot;
    for (let r = 0; r < orig.values.length; r++) {
      for (let c = 0; c <= 8; c++) expect(s.values[r]?.[c] ?? null).toEqual(orig.values[r]?.[c] ?? null);
    }
    expect(s.merges).toEqual(orig.merges);
  });

  it('keeps the ledger in a very hidden sheet', async () => {
    const wb = await readBack(scored);
    expect(wb[LEDGER_SHEET].state).toBe('veryHidden');
    const ledger = decodeLedger(wb[LEDGER_SHEET].snapshot.values.map((r) => r[0] ?? null));
    expect(ledger.profile).toBe('mof');
    expect(ledger.sheets.map((x) => x.sheet)).toEqual(['自评表']);
    expect(ledger.sheets[0].entries.some((e) => e.cell === 'I33' && e.fill === null)).toBe(true);
  });

  it('scoring the scored workbook again gives the same workbook (every sheet, fills, notes, ledger)', async () => {
    const again = path.join(dir, 'again.xlsx');
    expect((await cli('score', scored, '--out', again)).code).toBe(0);
    const a = await readBack(scored);
    const b = await readBack(again);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a)) {
      expect(b[name].state).toBe(a[name].state);
      expect(b[name].snapshot).toEqual(a[name].snapshot);
    }
  });

  it('rescoring with another language replaces the previous text, leaving no stale cells', async () => {
    const en = path.join(dir, 'en.xlsx');
    expect((await cli('score', scored, '--out', en, '--lang', 'en')).code).toBe(0);
    const s = (await readBack(en))['自评表'].snapshot;
    expect(['J16', 'K16', 'L16'].map((a) => valueAt(s, a))).toEqual(['Attainment', 'Score', 'Checks']);
    expect(valueAt(s, 'M16')).toBeNull();
    expect(s.fills).toEqual({ H16: '#FFC7CE', I33: '#FFC7CE', I17: '#FFEB9C', I18: '#FFEB9C', I47: '#FFEB9C' });
  });
});

describe('exit codes', () => {
  it('--strict exits 1 when an error finding exists', async () => {
    const r = await cli('score', seed, '--out', path.join(dir, 'strict.xlsx'), '--strict');
    expect(r.code).toBe(1);
    expect(existsSync(path.join(dir, 'strict.xlsx'))).toBe(true);
  });

  it('--strict exits 0 on a clean table', async () => {
    const rows = [ok('a', 50), ok('b', 50)];
    const f = await xlsxFromGrid(dir, 'clean.xlsx', '自评表', gridA(rows));
    expect((await cli('score', f, '--strict')).code).toBe(0);
  });

  it('exits 2 on a file that is not a workbook, with one line on stderr and no output file', async () => {
    const f = path.join(dir, 'notes.xlsx');
    writeFileSync(f, 'just text');
    const json = path.join(dir, 'bad.json');
    const r = await cli('score', f, '--json', json);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('FILE_NOT_WORKBOOK');
    expect(existsSync(path.join(dir, 'notes.scored.xlsx'))).toBe(false);
    const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
    expect(report).toMatchObject({ tables: [], error: { code: 'FILE_NOT_WORKBOOK' } });
  });

  it('exits 2 on a workbook with no table, and writes nothing', async () => {
    const f = await xlsxFromGrid(dir, 'memo.xlsx', '说明', [['部门名称', '某局'], ['资金总额', 100]]);
    const r = await cli('score', f, '--json', '-');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('TABLE_NOT_FOUND');
    expect(existsSync(path.join(dir, 'memo.scored.xlsx'))).toBe(false);
    expect(JSON.parse(r.stdout)).toMatchObject({ tables: [], error: { code: 'TABLE_NOT_FOUND' } });
  });

  it('the worst status of several inputs wins', async () => {
    const f = path.join(dir, 'bad2.xlsx');
    writeFileSync(f, 'x');
    const r = await cli('score', seed, f, '--out', path.join(dir, 'multi'));
    expect(r.code).toBe(2);
    expect(existsSync(path.join(dir, 'multi', 'seed.scored.xlsx'))).toBe(true);
  });
});

describe('--json', () => {
  it('writes the SPEC §5 report for one input', async () => {
    const json = path.join(dir, 'seed.json');
    await cli('score', seed, '--out', path.join(dir, 'j.xlsx'), '--json', json);
    const r = JSON.parse(readFileSync(json, 'utf8')) as Report;
    expect(Object.keys(r).sort()).toEqual(['error', 'file', 'profile', 'tables']);
    expect(r).toMatchObject({ file: seed, profile: 'mof', error: null });
    const t = r.tables[0];
    expect(Object.keys(t).sort()).toEqual(
      ['budget', 'findings', 'grade', 'headerRow', 'indicators', 'maxScore', 'normalizedScore', 'range', 'score', 'sheet', 'subtotals', 'weightTotal'].sort(),
    );
    expect(t).toMatchObject({ sheet: '自评表', headerRow: 16, range: 'B16:I51', score: 90, maxScore: 92, normalizedScore: 97.83, grade: '优', budget: null });
    expect(t.indicators).toHaveLength(35);
    expect(Object.keys(t.indicators[0]).sort()).toEqual(
      ['actual', 'attainment', 'level1', 'level2', 'name', 'operator', 'row', 'score', 'status', 'target', 'unit', 'weight'].sort(),
    );
    expect(t.indicators[0]).toMatchObject({ row: 17, level1: '产出指标', level2: '数量指标', name: '保障公务接待批次', operator: 'GE', target: 5, actual: 9, unit: '次', weight: 3, attainment: 1.8, score: 3, status: 'met' });
    for (const f of t.findings) expect(Object.keys(f).sort()).toEqual(['cell', 'code', 'message', 'severity', 'sheet']);
  });

  it('gives an array for several inputs', async () => {
    const r = await cli('score', seed, seed, '--out', path.join(dir, 'arr'), '--json', '-');
    const text = r.stdout.slice(r.stdout.indexOf('\n[') + 1);
    const reports = JSON.parse(text) as Report[];
    expect(Array.isArray(reports)).toBe(true);
    expect(reports).toHaveLength(2);
  });
});

describe('--lang, --profile, folders', () => {
  it('--lang en prints English labels and messages', async () => {
    const r = await cli('score', seed, '--out', path.join(dir, 'en2.xlsx'), '--lang', 'en');
    expect(r.stdout).toContain('Total 90.00/92');
    expect(r.stdout).toContain('Grade 优');
    expect(r.stdout).not.toMatch(/[权重实际完成值]{3}/);
  });

  it('--profile with a user JSON file', async () => {
    const p = path.join(dir, 'rules.json');
    writeFileSync(p, JSON.stringify({ extends: 'mof', expectedWeightTotal: 92, overAchievedThreshold: 3 }));
    const json = path.join(dir, 'p.json');
    const r = await cli('score', seed, '--out', path.join(dir, 'p.xlsx'), '--profile', p, '--json', json);
    expect(r.code).toBe(0);
    const rep = JSON.parse(readFileSync(json, 'utf8')) as Report;
    expect(rep.profile).toBe('custom');
    expect(rep.tables[0].findings.filter((f) => f.severity !== 'info').map((f) => f.code).sort()).toEqual(['ACTUAL_MISSING', 'COST_FAR_BELOW']);
  });

  it('without --profile, the profile stored in the workbook is used; --profile overrides it', async () => {
    const first = path.join(dir, 'stored-sichuan.xlsx');
    expect((await cli('score', seed, '--out', first, '--profile', 'sichuan')).code).toBe(0);
    const again = await cli('score', first, '--out', path.join(dir, 'stored-again.xlsx'), '--json', '-');
    const rep = JSON.parse(again.stdout.slice(again.stdout.indexOf('\n{') + 1)) as Report;
    expect(rep.profile).toBe('sichuan');
    const forced = await cli('score', first, '--out', path.join(dir, 'stored-forced.xlsx'), '--profile', 'mof', '--json', '-');
    expect((JSON.parse(forced.stdout.slice(forced.stdout.indexOf('\n{') + 1)) as Report).profile).toBe('mof');
  });

  it('a folder is searched recursively; scored copies and lock files are skipped', async () => {
    const d = path.join(dir, 'folder');
    mkdirSync(path.join(d, 'sub'), { recursive: true });
    copyFileSync(seed, path.join(d, 'a.xlsx'));
    copyFileSync(seed, path.join(d, 'sub', 'b.xlsx'));
    copyFileSync(seed, path.join(d, 'a.scored.xlsx'));
    writeFileSync(path.join(d, '~$a.xlsx'), 'lock');
    const r = await cli('score', d, '--json', '-');
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.stdout.slice(r.stdout.indexOf('\n[') + 1)) as Report[];
    expect(reports.map((x) => path.relative(d, x.file)).sort()).toEqual(['a.xlsx', path.join('sub', 'b.xlsx')]);
    expect(existsSync(path.join(d, 'sub', 'b.scored.xlsx'))).toBe(true);
  });

  it('a workbook with two tables on two sheets and a stacked sheet reports every table', async () => {
    const f = await xlsxFromSheets(dir, 'two.xlsx', [
      { name: '项目一', rows: gridA([ok('a', 100)]) },
      { name: '项目二', rows: [...gridA([ok('b', 100)]), [], [null, '项目名称', '第二个项目'], ...gridA([ok('c', 60), ok('d', 40)]).slice(2)] },
    ]);
    const r = await cli('score', f, '--json', '-');
    const rep = JSON.parse(r.stdout.slice(r.stdout.indexOf('\n{') + 1)) as Report;
    expect(rep.tables.map((t) => `${t.sheet}!${t.range}`)).toEqual(['项目一!B3:K4', '项目二!B3:K4', '项目二!B7:K9']);
  });
});
