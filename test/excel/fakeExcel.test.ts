import { FakeExcel, FakeOfficeError, sheetFromGrid } from '../fakes/fakeExcel';
import { seedFake } from './helpers';

function tiny(options = {}): FakeExcel {
  return new FakeExcel(
    {
      activeSheet: 'S',
      sheets: [
        sheetFromGrid('S', [['a', 'b'], [1, 0.03]], { formats: { B2: '0%' }, merges: ['A3:B4'], fills: { A1: '#ffc7ce' }, notes: { B1: 'hi' } }),
        { name: 'Other', cells: {} },
      ],
    },
    options,
  );
}

describe('fake Excel', () => {
  test('reading a property before load + sync throws PropertyNotLoaded', async () => {
    const fake = tiny();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange('A1:B2');
      expect(() => r.values).toThrow(/not available/);
      r.load('values');
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([['a', 'b'], [1, 0.03]]);
      expect(() => r.numberFormat).toThrow(FakeOfficeError);
      expect(() => r.isNullObject).not.toThrow();
    });
  });

  test('counts syncs and records request / response sizes', async () => {
    const fake = tiny();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [['x']];
      await ctx.sync();
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange('A1').load('values');
      await ctx.sync();
      expect(r.values).toEqual([['x']]);
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.records[0].writes).toBe(1);
    expect(fake.stats.records[0].requestBytes).toBeGreaterThan(0);
    expect(fake.stats.records[1].responseBytes).toBeGreaterThan(0);
  });

  test('merged non-top-left cells read as empty; percent cells are fractions with a % format', async () => {
    const fake = await seedFake();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange('B17:H18').load('values,numberFormat');
      await ctx.sync();
      expect(r.values[0][0]).toBe('产出指标');
      expect(r.values[1][0]).toBe(''); // B18 lies in the merge B17:B32
      expect(r.values[0][6]).toBe(0.03);
      expect(r.numberFormat[0][6]).toBe('0%');
    });
  });

  test('a write to a protected sheet fails the whole batch with AccessDenied', async () => {
    const fake = tiny();
    fake.setProtected('S', true);
    const before = fake.toData();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Other').getRange('A1').values = [['ok']];
        ctx.workbook.worksheets.getItem('S').getRange('C1').values = [['no']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.toData()).toEqual(before);
  });

  test('APIs above the host version fail at sync with ApiNotFound; isSetSupported answers per version', async () => {
    const fake = tiny({ apiVersion: '1.12' });
    expect(fake.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.13')).toBe(false);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getActiveWorksheet().getRange('A1:B4').getMergedAreasOrNullObject().load('address');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('null objects: isNullObject after sync, methods on them give null objects', async () => {
    const fake = tiny();
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItemOrNullObject('nope').load('name');
      const u = s.getUsedRange(true).load('values');
      const m = ctx.workbook.worksheets.getActiveWorksheet().getRange('A1:B2').getMergedAreasOrNullObject().load('address');
      await ctx.sync();
      expect(s.isNullObject).toBe(true);
      expect(u.isNullObject).toBe(true);
      expect(m.isNullObject).toBe(true);
      expect(() => s.name).toThrow();
    });
  });

  test('fills, notes, number formats, visibility and used range', async () => {
    const fake = tiny();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      const props = ws.getRange('A1:B1').getCellProperties({ format: { fill: { color: true, pattern: true } } });
      const notes = ws.notes.load('items/content');
      const count = ws.notes.getCount();
      const used = ws.getUsedRange(true).load('address');
      await ctx.sync();
      expect(props.value![0][0].format!.fill).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
      expect(props.value![0][1].format!.fill).toEqual({ color: '#FFFFFF', pattern: 'None' });
      expect(notes.items.map((n) => n.content)).toEqual(['hi']);
      expect(count.value).toBe(1);
      expect(used.address).toBe('S!A1:B2');
      ws.getRange('A1').format.fill.clear();
      ws.notes.getItem('B1').delete();
      ws.notes.add(ws.getRange('A2'), 'new');
      const added = ctx.workbook.worksheets.add('L');
      added.visibility = 'VeryHidden';
      await ctx.sync();
    });
    const d = fake.toData();
    expect(d.sheets[0].cells.A1).toEqual({ value: 'a' });
    expect(d.sheets[0].notes).toEqual({ A2: 'new' });
    expect(d.sheets[2]).toMatchObject({ name: 'L', visibility: 'VeryHidden' });
  });

  test('typed text is parsed unless text-formatted or quote-prefixed', async () => {
    const fake = tiny();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Other');
      ws.getRange('A1:C1').values = [['12', "'12", '=1+1']];
      const t = ws.getRange('A2');
      t.numberFormat = [['@']];
      t.values = [['=x']];
      await ctx.sync();
    });
    const cells = fake.toData().sheets[1].cells;
    expect(cells.A1.value).toBe(12);
    expect(cells.B1.value).toBe('12');
    expect(cells.C1.formula).toBe('=1+1');
    expect(cells.A2).toEqual({ value: '=x', format: '@' });
  });

  test('cell edit mode fails a sync unless delayForCellEdit; oversize requests are refused', async () => {
    const fake = tiny({ cellEditMode: true });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Other').getRange('A1').values = [['x']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    await fake.run({ delayForCellEdit: true }, async (ctx) => {
      ctx.workbook.worksheets.getItem('Other').getRange('A1').values = [['x']];
      await ctx.sync();
    });
    const small = tiny({ payloadLimit: 1000 });
    await expect(
      small.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Other').getRange('A1').values = [['x'.repeat(2000)]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });
});
