/** SPEC §4 write plan: output columns, labels, summary line, fills, notes, own 得分 cells. */
import { scoreSheet, type WritePlan } from '../../src/core';
import { mof } from '../../src/core/profiles';
import type { SheetSnapshot } from '../../src/core/snapshot/SheetSnapshot';
import { sheetFromGrid } from '../helpers/grid';
import { plannedCells } from '../helpers/plan';
import { gridA, ok, sheetA } from '../fixtures/grids';
import { seedSnapshot } from '../fixtures/seed';

function plan(s: SheetSnapshot, locale: 'zh-CN' | 'en-US' = 'zh-CN'): WritePlan {
  const out = scoreSheet(s, { profile: mof, locale });
  if (!out.ok) throw new Error(out.error.message);
  return out.plan;
}

describe('write plan on the seed', () => {
  let cells: ReturnType<typeof plannedCells>;
  let p: WritePlan;
  beforeAll(async () => {
    p = plan(await seedSnapshot());
    cells = plannedCells(p);
  });

  it('output columns J:L (first empty right of B:I) with 完成率 / 得分 / 校验提示 on the header row', () => {
    expect(cells.values.get('J16')).toBe('完成率');
    expect(cells.values.get('K16')).toBe('得分');
    expect(cells.values.get('L16')).toBe('校验提示');
    expect([...cells.values.keys()].every((a) => /^[JKL]\d+$/.test(a))).toBe(true);
  });

  it('attainment as a fraction with a percent format, score with 2 decimals', () => {
    expect(cells.values.get('J17')).toBe(1.8);
    expect(cells.formats.get('J17')).toMatch(/%$/);
    expect(cells.values.get('K17')).toBe(3);
    expect(cells.formats.get('K17')).toBe('0.00');
    expect(cells.values.get('K33')).toBe(0);
    expect(cells.values.has('J33')).toBe(false); // unscored: no attainment
  });

  it('the summary line under the output columns: 总分/满分, 折算分, 等级, counts', () => {
    expect(cells.values.get('J52')).toBe('总分 90.00/92');
    expect(String(cells.values.get('K52'))).toContain('折算分 97.83');
    expect(String(cells.values.get('K52'))).toContain('等级 优');
    expect(cells.values.get('L52')).toBe('错误 2 · 警告 3');
  });

  it('error cells #FFC7CE, warning cells #FFEB9C, each with a note; nothing else filled', () => {
    expect(Object.fromEntries(cells.fills)).toEqual({ H16: '#FFC7CE', I33: '#FFC7CE', I17: '#FFEB9C', I18: '#FFEB9C', I47: '#FFEB9C' });
    expect([...cells.notes.keys()].sort()).toEqual(['H16', 'I17', 'I18', 'I33', 'I47']);
    expect(cells.notes.get('I33')).toMatch(/^【错误】/);
    expect(cells.notes.get('I17')).toMatch(/^【警告】/);
  });

  it('校验提示 of a row lists its findings', () => {
    expect(String(cells.values.get('L33'))).toMatch(/^【错误】/);
    expect(cells.values.has('L19')).toBe(false);
  });

  it('the ledger records every written cell with what was there before', () => {
    const ledger = p.ledger!;
    expect(ledger.sheet).toBe('自评表');
    const byCell = new Map(ledger.entries.map((e) => [e.cell, e]));
    expect(byCell.get('H16')).toEqual({ cell: 'H16', fill: null, note: null });
    expect(byCell.get('J17')).toEqual({ cell: 'J17', value: null, format: 'General' });
    for (const a of [...cells.values.keys(), ...cells.fills.keys(), ...cells.notes.keys()]) expect(byCell.has(a)).toBe(true);
  });

  it('en-US labels', async () => {
    const c = plannedCells(plan(await seedSnapshot(), 'en-US'));
    expect([c.values.get('J16'), c.values.get('K16'), c.values.get('L16')]).toEqual(['Attainment', 'Score', 'Checks']);
  });
});

describe('output column placement', () => {
  it('skips a column holding anything in the table rows or summary row', () => {
    const g = gridA([ok('a', 50), ok('b', 50)]);
    g[4][11] = '备注'; // L5, beside the table (B:K) → L is not free
    const c = plannedCells(plan(sheetFromGrid('S', g)));
    expect(c.values.get('M3')).toBe('完成率');
    expect(c.values.get('N3')).toBe('校验提示');
    expect(c.values.has('L3')).toBe(false);
  });

  it('skips a column crossed by a merged cell and one with text in the summary row', () => {
    const rows = [ok('a', 50), ok('b', 50)].map((r) => r.slice(0, 8));
    const header = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '实际完成值'];
    const g = gridA(rows, header);
    g[5] = [null, null, null, null, null, null, null, null, null, null, null, '签字：']; // L6 = summary row
    const s = sheetFromGrid('S', g, { merges: ['J1:J4'] });
    const c = plannedCells(plan(s));
    // J merged (rows 1-4 overlap the header), L has text in the summary row → K? needs 3 consecutive free: M, N, O
    expect(c.values.get('M3')).toBe('完成率');
    expect(c.values.get('N3')).toBe('得分');
    expect(c.values.get('O3')).toBe('校验提示');
    expect(c.values.get('M6')).toMatch(/^总分 /);
  });

  it("with its own 得分 column: two output columns, and the table's empty 得分 cells get the score", () => {
    const s = sheetA([
      ['产出指标', '数量指标', 'a', '≥', 300, '人次', 50, 240, null, '原因'],
      ['产出指标', '数量指标', 'b', '≥', 300, '人次', 50, 300, 50, null],
    ]);
    const c = plannedCells(plan(s));
    expect(c.values.get('L3')).toBe('完成率');
    expect(c.values.get('M3')).toBe('校验提示');
    expect(c.values.has('N3')).toBe(false);
    expect(c.values.get('J4')).toBe(40); // own empty 得分 filled
    expect(c.values.has('J5')).toBe(false); // never overwrite what the user typed
    expect(String(c.values.get('L6'))).toMatch(/^总分 90\.00\/100 · 折算分 90\.00 · 等级 优$/);
  });

  it('never plans a value into a non-empty cell', async () => {
    const s = await seedSnapshot();
    const p = plan(s);
    for (const b of p.values) {
      b.values.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null) return;
          const cur = s.values[b.row + i]?.[b.col + j] ?? null;
          expect(cur).toBeNull();
        }),
      );
    }
  });
});
