import type { WritePlan } from '../../src/core/plan/WritePlan';
import { decodeLedger, LEDGER_SHEET } from '../../src/core/plan/ledgerStore';
import { ApplyError, applyPlan } from '../../src/excel/applyPlan';
import { readSnapshot } from '../../src/excel/readSnapshot';
import { FakeExcel, sheetFromGrid, type FakeWorkbookData } from '../fakes/fakeExcel';
import { capsOf, inExcel } from './helpers';

const MB5 = 5 * 1024 * 1024;

function small(options = {}): FakeExcel {
  return new FakeExcel(
    {
      activeSheet: 'T',
      sheets: [
        sheetFromGrid('T', [['名称', '值', '单位'], ['a', 5, '个']], { fills: { A1: '#D9E1F2' }, notes: { A1: '旧批注', B1: '用户的' } }),
      ],
    },
    options,
  );
}

const plan: WritePlan = {
  sheet: 'T',
  values: [
    {
      row: 0,
      col: 3,
      values: [['完成率', '得分', '校验提示'], [1.8, 3, '=100% 超额完成']],
      formats: [[null, null, null], ['0.00%', '0.00', null]],
    },
  ],
  fills: [
    { row: 1, col: 1, color: '#FFC7CE' },
    { row: 1, col: 2, color: '#FFC7CE' },
    { row: 0, col: 0, color: null },
  ],
  notes: [
    { row: 1, col: 1, text: '错误：实际值缺失' },
    { row: 0, col: 1, text: null },
    { row: 0, col: 0, text: '新批注' },
  ],
  ledger: { sheet: 'T', profile: 'mof', scoredAt: '2025-01-01T00:00:00Z', entries: [{ cell: 'D1', value: null, format: 'General' }] },
};

async function apply(fake: FakeExcel, p: WritePlan, opts = {}) {
  return inExcel(fake, async (ctx) => {
    const caps = capsOf(fake);
    const read = await readSnapshot(ctx, caps);
    fake.resetStats();
    return applyPlan(ctx, p, read, caps, opts);
  });
}

describe('applyPlan', () => {
  test('a small plan is written in exactly one sync, with events off while writing', async () => {
    const fake = small();
    const r = await apply(fake, plan, { profile: 'mof' });
    expect(r).toMatchObject({ ok: true, syncs: 1, chunks: 1 });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.eventsLog).toEqual([false, true]);
    expect(fake.enableEvents).toBe(true);
    const d = fake.toData();
    const t = d.sheets[0];
    expect(t.cells.D1).toEqual({ value: '完成率' });
    expect(t.cells.D2).toEqual({ value: 1.8, format: '0.00%' });
    expect(t.cells.E2).toEqual({ value: 3, format: '0.00' });
    expect(t.cells.F2).toEqual({ value: '=100% 超额完成' }); // kept as text, not a formula
    expect(t.cells.A1).toEqual({ value: '名称' }); // fill cleared
    expect(t.cells.B2).toEqual({ value: 5, fill: '#FFC7CE' });
    expect(t.notes).toEqual({ A1: '新批注', B2: '错误：实际值缺失' });
    const ledgerSheet = d.sheets.find((s) => s.name === LEDGER_SHEET)!;
    expect(ledgerSheet.visibility).toBe('VeryHidden');
    const col = Object.keys(ledgerSheet.cells).map((a) => ledgerSheet.cells[a].value ?? null);
    expect(Object.values(ledgerSheet.cells).every((c) => c.format === '@')).toBe(true);
    expect(decodeLedger(col)).toEqual({ version: 1, profile: 'mof', sheets: [plan.ledger] });
  });

  test('below ExcelApi 1.18 notes are skipped, everything else is written', async () => {
    const fake = small({ apiVersion: '1.17' });
    const r = await apply(fake, plan);
    expect(r.ok).toBe(true);
    const t = fake.toData().sheets[0];
    expect(t.notes).toEqual({ A1: '旧批注', B1: '用户的' });
    expect(t.cells.F2.value).toBe('=100% 超额完成');
  });

  test('a protected sheet: typed failure naming the sheet, no sync, nothing written', async () => {
    const fake = small();
    fake.setProtected('T', true);
    const before = fake.toData();
    const r = await apply(fake, plan);
    expect(r).toMatchObject({ ok: false, code: 'SHEET_PROTECTED' });
    expect(!r.ok && r.message).toContain('“T”');
    expect(fake.stats.syncs).toBe(0);
    expect(fake.toData()).toEqual(before);
  });

  test('protected between read and write: AccessDenied at sync, nothing applied, events restored', async () => {
    const fake = small();
    const err = await inExcel(fake, async (ctx) => {
      const caps = capsOf(fake);
      const read = await readSnapshot(ctx, caps);
      fake.setProtected('T', true);
      return applyPlan(ctx, plan, read, caps).catch((e: unknown) => e);
    });
    expect(err).toBeInstanceOf(ApplyError);
    expect((err as ApplyError).partial).toBe(false);
    expect((err as ApplyError & { cause: { code: string } }).cause.code).toBe('AccessDenied');
    expect(fake.enableEvents).toBe(true);
    expect(fake.toData().sheets).toHaveLength(1);
  });

  test('nothing to change: no sync at all', async () => {
    const fake = small();
    const r = await apply(fake, { sheet: 'T', values: [], fills: [], notes: [], ledger: null });
    expect(r).toMatchObject({ ok: true, syncs: 0 });
    expect(fake.stats.syncs).toBe(0);
  });

  test('a large plan (10k rows) is chunked: several syncs, each request under 5 MB, ledger written first', async () => {
    const n = 10000;
    const grid: (string | number)[][] = [];
    for (let i = 0; i < n; i++) grid.push([`指标${i}`, i]);
    const fake = new FakeExcel({ activeSheet: 'Big', sheets: [sheetFromGrid('Big', grid)] });
    const hint = '实际完成值低于目标值，请在偏差原因分析及改进措施栏说明原因并提出改进措施。'.repeat(3);
    const big: WritePlan = {
      sheet: 'Big',
      values: [{ row: 0, col: 2, values: grid.map((_, i) => [i / n, i % 10, hint]), formats: grid.map(() => ['0.00%', '0.00', null]) }],
      fills: grid.map((_, i) => ({ row: i, col: 1, color: i % 2 ? '#FFC7CE' : '#FFEB9C' })),
      notes: grid.slice(0, 2000).map((_, i) => ({ row: i, col: 1, text: hint })),
      ledger: {
        sheet: 'Big',
        profile: 'mof',
        scoredAt: '',
        entries: grid.map((_, i) => ({ cell: `B${i + 1}`, fill: null, note: null })),
      },
    };
    const r = await apply(fake, big);
    expect(r.ok).toBe(true);
    expect(fake.stats.syncs).toBeGreaterThan(1);
    expect(fake.stats.records.every((x) => x.requestBytes < MB5)).toBe(true);
    expect(fake.stats.maxRequestBytes).toBeLessThan(MB5);
    expect(fake.eventsLog).toEqual([false, true]);
    const d: FakeWorkbookData = fake.toData();
    const sheet = d.sheets[0];
    expect(sheet.cells[`E${n}`].value).toBe(hint);
    expect(sheet.cells[`C${n}`]).toEqual({ value: (n - 1) / n, format: '0.00%' });
    expect(sheet.cells.B2.fill).toBe('#FFC7CE');
    expect(Object.keys(sheet.notes ?? {})).toHaveLength(2000);
    const ledgerSheet = d.sheets.find((s) => s.name === LEDGER_SHEET)!;
    const col = Object.values(ledgerSheet.cells).map((c) => c.value ?? null);
    expect(decodeLedger(col).sheets[0].entries).toHaveLength(n);
    // the first chunk carries the ledger, so a failure half-way can still be cleared
    expect(fake.stats.records[0].writes).toBeGreaterThan(0);
  });
});
