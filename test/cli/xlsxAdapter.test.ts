/** The exceljs adapter: snapshot, plan application and ledger, including what the user had on empty cells. */
import ExcelJS from 'exceljs';
import * as path from 'node:path';
import { clearSheet, scoreSheet } from '../../src/core';
import { mof } from '../../src/core/profiles';
import { sheetLedger } from '../../src/core/plan/ledgerStore';
import { applyPlanToWorksheet } from '../../src/xlsx/applyPlanToWorksheet';
import { scoreWorkbook } from '../../src/xlsx/scoreWorkbook';
import { snapshotFromWorksheet } from '../../src/xlsx/snapshotFromWorksheet';
import { readLedger, writeLedger } from '../../src/xlsx/workbookFile';
import { tempDir, xlsxFromGrid } from '../helpers/xlsx';
import { gridA } from '../fixtures/grids';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('xlsx adapter', () => {
  // I4 (actual) is empty but the user had filled it yellow with a note; F5 holds a %-formatted 0.9.
  const rows = gridA([
    ['产出指标', '数量指标', '培训人次', '≥', 300, '人次', 50, null],
    ['满意度指标', '满意度指标', '服务对象满意度', '≥', 0.9, '%', 50, 0.95],
  ]);
  let file: string;
  beforeAll(async () => {
    file = await xlsxFromGrid(dir, 'user.xlsx', '自评表', rows, {
      fills: { I4: '#FFFF00' },
      notes: { I4: '待补充' },
      formats: { F5: '0%', I5: '0%' },
      merges: ['A3:A5'],
    });
  });

  it('reads fills, notes and formats of empty cells, percent cells and merges', async () => {
    const s = snapshotFromWorksheet((await load(file)).getWorksheet('自评表')!);
    expect(s.fills).toEqual({ I4: '#FFFF00' });
    expect(s.notes).toEqual({ I4: '待补充' });
    expect(s.formats[4][5]).toBe('0%');
    expect(s.merges).toEqual([{ top: 2, left: 0, bottom: 4, right: 0 }]);
    const out = scoreSheet(s, { profile: mof });
    if (!out.ok) throw new Error();
    expect(out.tables[0].indicators[1]).toMatchObject({ target: 90, actual: 95, status: 'met' });
  });

  it("the ledger remembers the user's own fill and note, and clearing restores them", async () => {
    const wb = await load(file);
    scoreWorkbook(wb, mof, 'zh-CN');
    const ws = wb.getWorksheet('自评表')!;
    const scored = snapshotFromWorksheet(ws);
    expect(scored.fills!.I4).toBe('#FFC7CE');
    expect(scored.notes!.I4).toMatch(/^【错误】/);
    const entry = sheetLedger(readLedger(wb), '自评表')!.entries.find((e) => e.cell === 'I4')!;
    expect(entry).toMatchObject({ fill: '#FFFF00', note: '待补充' });

    const saved = path.join(dir, 'user.scored.xlsx');
    await wb.xlsx.writeFile(saved);
    const wb2 = await load(saved);
    const ws2 = wb2.getWorksheet('自评表')!;
    const plan = clearSheet(snapshotFromWorksheet(ws2), sheetLedger(readLedger(wb2), '自评表'));
    applyPlanToWorksheet(ws2, plan);
    writeLedger(wb2, { version: 1, profile: null, sheets: [] });
    const cleared = snapshotFromWorksheet(ws2);
    const original = snapshotFromWorksheet((await load(file)).getWorksheet('自评表')!);
    expect(cleared.fills).toEqual(original.fills);
    expect(cleared.notes).toEqual(original.notes);
    const trim = (v: unknown[][]) => {
      const rows = v.map((r) => r.slice(0, 11).map((x) => x ?? null));
      while (rows.length && rows[rows.length - 1].every((x) => x === null)) rows.pop();
      return rows.map((r) => r.concat(new Array(11 - r.length).fill(null)));
    };
    expect(trim(cleared.values)).toEqual(trim(original.values));
    expect(wb2.getWorksheet('selfeval_ledger')).toBeUndefined();
  });

  it('a protected sheet is reported and left untouched', async () => {
    const f = await xlsxFromGrid(dir, 'locked.xlsx', '自评表', rows, { protected: true });
    const wb = await load(f);
    const res = scoreWorkbook(wb, mof, 'zh-CN');
    expect(res.protectedSheets).toEqual(['自评表']);
    expect(snapshotFromWorksheet(wb.getWorksheet('自评表')!).fills).toEqual({});
  });
});
