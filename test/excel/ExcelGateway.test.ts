import { LEDGER_SHEET } from '../../src/core/plan/ledgerStore';
import { ExcelGateway, GatewayError } from '../../src/excel/ExcelGateway';
import { FakeExcel, sheetFromGrid, type FakeWorkbookData } from '../fakes/fakeExcel';
import { hostOf, seedFake } from './helpers';

const MB5 = 5 * 1024 * 1024;
const NOW = () => '2025-06-30T00:00:00.000Z';

function gateway(fake: FakeExcel, extra = {}): ExcelGateway {
  return new ExcelGateway({ host: hostOf(fake), now: NOW, ...extra });
}

function sheet(d: FakeWorkbookData, name: string) {
  return d.sheets.find((s) => s.name === name)!;
}

describe('ExcelGateway on the seed', () => {
  test('scores the seed: one sync to read, one to write; SPEC §6 figures', async () => {
    const fake = await seedFake();
    const r = await gateway(fake).score('mof', 'zh-CN');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.records.map((x) => x.writes > 0)).toEqual([false, true]);
    expect(fake.stats.unsynced).toBe(0);
    expect(r.sheet).toBe('自评表');
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].score).toBeCloseTo(90, 2);
    expect(r.tables[0].normalizedScore).toBeCloseTo(97.83, 2);
    const cells = r.tables[0].findings.map((f) => `${f.code}@${f.cell}`);
    expect(cells).toEqual(expect.arrayContaining(['ACTUAL_MISSING@I33', 'WEIGHT_TOTAL@H16', 'OVER_ACHIEVED@I17', 'COST_FAR_BELOW@I47']));
    const d = fake.toData();
    expect(sheet(d, LEDGER_SHEET).visibility).toBe('VeryHidden');
    expect(sheet(d, '自评表').notes?.I33).toBeTruthy();
    expect(sheet(d, '自评表').cells.I33.fill).toBe('#FFC7CE');
    expect(await gateway(fake).storedProfile()).toBe('mof');
  });

  test('ribbon run (profile null): the stored profile comes from the same read, no extra sync', async () => {
    const fake = await seedFake();
    const g = gateway(fake);
    expect((await g.score('sichuan', 'zh-CN')).ok).toBe(true);
    let before = fake.stats.syncs;
    expect((await g.score('sichuan', 'zh-CN')).ok).toBe(true);
    const explicit = fake.stats.syncs - before;
    before = fake.stats.syncs;
    const r = await g.score(null, 'zh-CN');
    expect(r.ok).toBe(true);
    // a rescore reads the notes' cells in a second round trip: 3 syncs either way
    expect(fake.stats.syncs - before).toBe(explicit);
    // sichuan expects indicator weights of 90, not 100: the stored profile was the one applied
    if (r.ok) expect(r.tables[0].findings.find((f) => f.code === 'WEIGHT_TOTAL')?.message).toContain('90');
    expect(await g.storedProfile()).toBe('sichuan');
  });

  test('profile null on a workbook without a ledger scores with mof', async () => {
    const fake = await seedFake();
    const r = await gateway(fake).score(null, 'zh-CN');
    expect(r.ok && r.tables[0].findings.find((f) => f.code === 'WEIGHT_TOTAL')?.message).toContain('100');
    expect(await gateway(fake).storedProfile()).toBe('mof');
  });

  test('storedProfile reads the ledger sheet, not the active sheet', async () => {
    const fake = await seedFake();
    const g = gateway(fake);
    const before = fake.stats.syncs;
    expect(await g.storedProfile()).toBeNull();
    expect(fake.stats.syncs - before).toBe(1);
    expect((await g.score('mof', 'zh-CN')).ok).toBe(true);
    const mark = fake.stats.records.length;
    expect(await g.storedProfile()).toBe('mof');
    const reads = fake.stats.records.slice(mark);
    expect(reads).toHaveLength(2);
    // the seed sheet alone answers with ~60 KB; the ledger read is a fraction of that
    expect(Math.max(...reads.map((x) => x.responseBytes))).toBeLessThan(20000);
  });

  test('scoring twice leaves the same workbook as scoring once', async () => {
    const fake = await seedFake();
    const g = gateway(fake);
    expect((await g.score('mof', 'zh-CN')).ok).toBe(true);
    const once = fake.toData();
    expect((await g.score('mof', 'zh-CN')).ok).toBe(true);
    expect(fake.toData()).toEqual(once);
  });

  test('clearing restores values, formats, fills and notes exactly', async () => {
    const fake = await seedFake();
    const original = sheet(fake.toData(), '自评表');
    const g = gateway(fake);
    expect((await g.score('sichuan', 'zh-CN')).ok).toBe(true);
    expect(sheet(fake.toData(), '自评表')).not.toEqual(original);
    const c = await g.clear();
    expect(c).toEqual({ ok: true, sheet: '自评表', tables: [] });
    expect(sheet(fake.toData(), '自评表')).toEqual(original);
    // the profile choice stays with the workbook
    expect(await g.storedProfile()).toBe('sichuan');
  });

  test('clear keeps user fills and notes that were there before scoring', async () => {
    const data = (await seedFake()).toData();
    const s = sheet(data, '自评表');
    s.cells.I33 = { ...s.cells.I33, fill: '#00B050' };
    s.notes = { I33: '用户原有批注', D17: '另一条' };
    const fake = new FakeExcel(data);
    const before = sheet(fake.toData(), '自评表');
    const g = gateway(fake);
    expect((await g.score('mof', 'zh-CN')).ok).toBe(true);
    expect(sheet(fake.toData(), '自评表').cells.I33.fill).toBe('#FFC7CE');
    expect((await g.clear()).ok).toBe(true);
    expect(sheet(fake.toData(), '自评表')).toEqual(before);
  });

  test('a protected sheet: clear message naming the sheet, zero writes', async () => {
    const fake = await seedFake();
    fake.setProtected('自评表', true);
    const before = fake.toData();
    const r = await gateway(fake).score('mof', 'zh-CN');
    expect(r).toMatchObject({ ok: false, code: 'SHEET_PROTECTED' });
    expect(!r.ok && r.message).toMatch(/工作表“自评表”受保护/);
    expect(fake.stats.records.every((x) => x.writes === 0)).toBe(true);
    expect(fake.toData()).toEqual(before);
    const en = await gateway(fake).score('mof', 'en-US');
    expect(!en.ok && en.message).toMatch(/Sheet "自评表" is protected/);
  });

  test('cell edit mode: asks the user to leave it; delayForCellEdit (ribbon) waits instead', async () => {
    const fake = await seedFake({ cellEditMode: true });
    const r = await gateway(fake).score('mof', 'zh-CN');
    expect(r).toMatchObject({ ok: false, code: 'CELL_EDIT_MODE' });
    expect(!r.ok && r.message).toMatch(/Enter 或 Esc/);
    const ribbon = await gateway(fake, { delayForCellEdit: true }).score('mof', 'zh-CN');
    expect(ribbon.ok).toBe(true);
    expect(fake.runOptionsLog.at(-1)).toEqual({ delayForCellEdit: true });
  });

  test('below ExcelApi 1.18: no notes written, the 校验提示 column still is', async () => {
    const fake = await seedFake({ apiVersion: '1.17' });
    const r = await gateway(fake).score('mof', 'zh-CN');
    expect(r.ok).toBe(true);
    const s = sheet(fake.toData(), '自评表');
    expect(s.notes).toEqual({});
    const texts = Object.values(s.cells).map((c) => c.value);
    expect(texts).toContain('校验提示');
    expect(texts.some((v) => typeof v === 'string' && v.includes('实际') && v !== '实际完成指标值')).toBe(true);
  });

  test('unknown profile, no table, unsupported host: typed failures', async () => {
    const fake = await seedFake();
    expect(await gateway(fake).score('nope', 'zh-CN')).toMatchObject({ ok: false, code: 'PROFILE_UNKNOWN' });
    const empty = new FakeExcel({ activeSheet: 'E', sheets: [sheetFromGrid('E', [['hello']])] });
    const r = await gateway(empty).score('mof', 'en-US');
    expect(r).toMatchObject({ ok: false, code: 'TABLE_NOT_FOUND' });
    expect(empty.stats.records.every((x) => x.writes === 0)).toBe(true);
    const old = await seedFake({ apiVersion: '1.3' });
    expect(await gateway(old).score('mof', 'zh-CN')).toMatchObject({ ok: false, code: 'API_NOT_SUPPORTED' });
  });

  test('select activates the sheet and selects the cell; a missing sheet rejects with a typed error', async () => {
    const fake = await seedFake();
    await gateway(fake).select('自评表', 'I33');
    expect(fake.selection).toEqual({ sheet: '自评表', address: 'I33' });
    await expect(gateway(fake).select('没有', 'A1')).rejects.toBeInstanceOf(GatewayError);
    await expect(gateway(fake).select('没有', 'A1')).rejects.toMatchObject({ failure: { code: 'NOT_FOUND' } });
  });
});

describe('ExcelGateway on a large generated table', () => {
  test('10k indicator rows: written in several chunks, each request under 5 MB, clearing restores it', async () => {
    const rows: (string | number | null)[][] = [['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '实际完成值']];
    const n = 10000;
    for (let i = 0; i < n; i++) rows.push(['产出指标', '数量指标', `指标${i + 1}`, '≥', 100, '个', 0.01, i % 7 === 0 ? null : 90 + (i % 40)]);
    const fake = new FakeExcel({ activeSheet: 'Big', sheets: [sheetFromGrid('Big', rows)] });
    const original = sheet(fake.toData(), 'Big');
    const g = gateway(fake);
    const r = await g.score('mof', 'zh-CN');
    expect(r.ok).toBe(true);
    const writes = fake.stats.records.filter((x) => x.writes > 0);
    const reads = fake.stats.records.filter((x) => x.writes === 0);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    // reads: the window sync + one per 3.5 MB of the rest; writes: one per 4 MB (estimated) chunk. Nothing refused.
    expect(reads.length).toBeLessThanOrEqual(1 + Math.ceil(sum(reads.map((x) => x.responseBytes)) / (3.5 * 2 ** 20)));
    expect(reads.length).toBeLessThanOrEqual(4);
    expect(writes.length).toBeGreaterThan(1);
    // ~20 MB estimated at a 400-byte envelope per command (number formats written run by run, 10k+ notes and fills):
    // chunks of ≤ 4 MB estimated, each well under 5 MB measured
    expect(writes.length).toBeLessThanOrEqual(6);
    expect(fake.stats.records.every((x) => !x.error && x.requestBytes < MB5 && x.responseBytes < MB5)).toBe(true);
    // the scored sheet no longer fits one 5 MB response: clearing reads it in slices, none refused
    fake.resetStats();
    expect((await g.clear()).ok).toBe(true);
    expect(fake.stats.records.every((x) => !x.error && x.requestBytes < MB5 && x.responseBytes < MB5)).toBe(true);
    // (~5 read syncs, then the restore: values, formats run by run, fills and note deletions in 4 MB chunks)
    expect(fake.stats.syncs).toBeLessThanOrEqual(16);
    // (string comparison: jest's deep equality is slow on 100k cells)
    expect(JSON.stringify(sheet(fake.toData(), 'Big')) === JSON.stringify(original)).toBe(true);
  }, 120000);
});
