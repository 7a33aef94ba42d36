import { encodeLedger, emptyLedger, LEDGER_SHEET } from '../../src/core/plan/ledgerStore';
import { readSnapshot } from '../../src/excel/readSnapshot';
import { cellA1, FakeExcel, sheetFromGrid, type FakeWorkbookData } from '../fakes/fakeExcel';
import { capsOf, inExcel, seedFake } from './helpers';

describe('readSnapshot', () => {
  test('reads the seed in exactly one sync: values, formats, merges, protection, ledger', async () => {
    const fake = await seedFake();
    const read = await inExcel(fake, (ctx) => readSnapshot(ctx, capsOf(fake)));
    expect(fake.stats.syncs).toBe(1);
    expect(read.syncs).toBe(1);
    const s = read.snapshot;
    expect(s.name).toBe('自评表');
    expect([s.top, s.left]).toEqual([0, 0]);
    expect(s.values).toHaveLength(51);
    expect(s.values[15].slice(1, 9)).toEqual(['一级指标', '二级指标', '三级指标', '绩效指标性质', '绩效指标值', '绩效度量单位', '权重', '实际完成指标值']);
    // merged non-top cells (B18 in B17:B32, A17 in A16:A51) are null
    expect(s.values[17][1]).toBeNull();
    expect(s.values[16][0]).toBeNull();
    expect(s.values[16][1]).toBe('产出指标');
    // percent weights: fractions with a % format
    expect(s.values[16][7]).toBe(0.03);
    expect(s.formats[16][7]).toBe('0%');
    expect(s.formats[16][5]).toBe('General');
    expect(s.merges).toContainEqual({ top: 16, left: 1, bottom: 31, right: 1 });
    expect(s.merges).toHaveLength(38);
    expect(s.protected).toBe(false);
    expect(s.fills).toEqual({});
    expect(s.notes).toEqual({});
    expect(read.ledgerSheet).toEqual({ exists: false, column: [] });
    expect(read.ledger).toEqual(emptyLedger());
    expect(read.enableEvents).toBe(true);
    expect(fake.stats.records[0].writes).toBe(0);
  });

  test('used range offset, fills beside the table, notes (second sync), and the ledger sheet', async () => {
    const ledger = { version: 1 as const, profile: 'sichuan', sheets: [] };
    const cells: FakeWorkbookData['sheets'][number]['cells'] = {};
    encodeLedger(ledger).forEach((c, i) => (cells[cellA1(i, 0)] = { value: c, format: '@' }));
    const fake = new FakeExcel({
      activeSheet: 'T',
      sheets: [
        sheetFromGrid('T', [['x', 1], ['y', 2]], { top: 2, left: 1, fills: { C3: '#FFEB9C', F4: '#FFC7CE' }, notes: { B3: '用户批注' } }),
        { name: LEDGER_SHEET, visibility: 'VeryHidden', cells },
      ],
    });
    const read = await inExcel(fake, (ctx) => readSnapshot(ctx, capsOf(fake)));
    expect(read.syncs).toBe(2);
    expect([read.snapshot.top, read.snapshot.left]).toEqual([2, 1]);
    expect(read.snapshot.values).toEqual([['x', 1], ['y', 2]]);
    expect(read.snapshot.fills).toEqual({ C3: '#FFEB9C', F4: '#FFC7CE' });
    expect(read.snapshot.notes).toEqual({ B3: '用户批注' });
    expect(read.ledger.profile).toBe('sichuan');
    expect(read.ledgerSheet.exists).toBe(true);
  });

  test('below ExcelApi 1.18 / 1.13 / 1.9: no notes, no merges, no fills — still one sync', async () => {
    const fake = await seedFake({ apiVersion: '1.8' });
    const read = await inExcel(fake, (ctx) => readSnapshot(ctx, capsOf(fake)));
    expect(fake.stats.syncs).toBe(1);
    expect(read.snapshot.notes).toBeUndefined();
    expect(read.snapshot.fills).toBeUndefined();
    expect(read.snapshot.merges).toEqual([]);
    expect(read.snapshot.values[17][1]).toBeNull();
  });

  test('hosts that fail methods on null objects: the ledger is looked up first, then read', async () => {
    for (const withLedger of [false, true]) {
      const data = (await seedFake()).toData();
      if (withLedger) {
        const cells: FakeWorkbookData['sheets'][number]['cells'] = {};
        encodeLedger({ version: 1, profile: 'mof', sheets: [] }).forEach((c, i) => (cells[cellA1(i, 0)] = { value: c, format: '@' }));
        data.sheets.push({ name: LEDGER_SHEET, visibility: 'VeryHidden', cells });
      }
      const fake = new FakeExcel(data, { nullChaining: 'fail' });
      const read = await inExcel(fake, (ctx) => readSnapshot(ctx, capsOf(fake)));
      expect(read.ledger.profile).toBe(withLedger ? 'mof' : null);
      expect(read.snapshot.values).toHaveLength(51);
    }
  });

  test('an empty sheet reads as one empty cell', async () => {
    const fake = new FakeExcel({ activeSheet: 'E', sheets: [{ name: 'E', cells: {} }] });
    const read = await inExcel(fake, (ctx) => readSnapshot(ctx, capsOf(fake)));
    expect(read.snapshot.values).toEqual([[null]]);
  });

  test('a sheet too large for one 5 MB response is read in row slices sized from measured bytes, never refused, fills included', async () => {
    const rows: (string | number)[][] = [];
    for (let i = 0; i < 4000; i++) rows.push([`指标${i}`, '≥', 100, '个', 0.01, 100 + i, '说明文字'.repeat(120)]);
    const fake = new FakeExcel({
      activeSheet: 'Big',
      sheets: [sheetFromGrid('Big', rows, { fills: { B3999: '#FFC7CE', J4002: '#FFEB9C' }, formats: { E4000: '0%' } })],
    });
    const read = await inExcel(fake, (ctx) => readSnapshot(ctx, capsOf(fake)));
    // ~9.5 MB of response: the window (first 500 rows) + ⌈rest / 3.5 MB⌉ slices, none refused.
    const total = fake.stats.records.reduce((n, r) => n + r.responseBytes, 0);
    expect(total).toBeGreaterThan(5 * 1024 * 1024);
    expect(fake.stats.records.every((r) => !r.error && r.responseBytes < 5 * 1024 * 1024)).toBe(true);
    expect(read.syncs).toBeLessThanOrEqual(1 + Math.ceil(total / (3.5 * 1024 * 1024)));
    expect(read.snapshot.values).toHaveLength(4000);
    expect(read.snapshot.values[3999][6]).toBe('说明文字'.repeat(120));
    expect(read.snapshot.formats[3999][4]).toBe('0%');
    expect(read.snapshot.fills).toEqual({ B3999: '#FFC7CE', J4002: '#FFEB9C' });
  });

  test('a sheet of up to 500 rows reads in one sync; a longer one starts from the window without re-reading it', async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`指标${i}`, i]);
    const small = new FakeExcel({ activeSheet: 'S', sheets: [sheetFromGrid('S', rows(500), { fills: { B500: '#FFC7CE' } })] });
    const a = await inExcel(small, (ctx) => readSnapshot(ctx, capsOf(small)));
    expect(a.syncs).toBe(1);
    expect(a.snapshot.values).toHaveLength(500);
    expect(a.snapshot.fills).toEqual({ B500: '#FFC7CE' });
    const longer = new FakeExcel({ activeSheet: 'L', sheets: [sheetFromGrid('L', rows(501), { fills: { B501: '#FFC7CE', A2: '#FFEB9C' } })] });
    const b = await inExcel(longer, (ctx) => readSnapshot(ctx, capsOf(longer)));
    expect(b.syncs).toBe(2);
    expect(b.snapshot.values[500]).toEqual(['指标500', 500]);
    expect(b.snapshot.values[499]).toEqual(['指标499', 499]);
    expect(b.snapshot.fills).toEqual({ A2: '#FFEB9C', B501: '#FFC7CE' });
  });

  test('a table starting below the window, or wider than it, is read in slices after one metadata sync', async () => {
    const below = new FakeExcel({ activeSheet: 'D', sheets: [sheetFromGrid('D', [['a', 1], ['b', 2]], { top: 600 })] });
    const a = await inExcel(below, (ctx) => readSnapshot(ctx, capsOf(below)));
    expect(a.syncs).toBe(2);
    expect(a.snapshot.top).toBe(600);
    expect(a.snapshot.values).toEqual([['a', 1], ['b', 2]]);
    const wide = new FakeExcel({ activeSheet: 'W', sheets: [sheetFromGrid('W', [Array.from({ length: 45 }, (_, i) => i + 1)])] });
    const b = await inExcel(wide, (ctx) => readSnapshot(ctx, capsOf(wide)));
    expect(b.syncs).toBe(2);
    expect(b.snapshot.values[0]).toHaveLength(45);
    expect(b.snapshot.values[0][44]).toBe(45);
  });
});
