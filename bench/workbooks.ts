/** Generated sheets as an .xlsx (exceljs) and as the fake Excel's JSON workbook. */
import ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../src/core/snapshot/SheetSnapshot';
import { toA1 } from '../src/core/snapshot/address';
import type { FakeCellData, FakeWorkbookData } from '../test/fakes/fakeExcel';
import { cellsOf, mergeA1 } from './generate';

export function workbookOf(s: SheetSnapshot): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(s.name);
  for (const [r, c, v, f] of cellsOf(s)) {
    const cell = ws.getCell(r + 1, c + 1);
    if (v !== null) cell.value = v;
    if (f !== 'General') cell.numFmt = f;
  }
  for (const m of s.merges) ws.mergeCells(mergeA1(m));
  return wb;
}

export function fakeDataOf(s: SheetSnapshot): FakeWorkbookData {
  const cells: Record<string, FakeCellData> = {};
  for (const [r, c, v, f] of cellsOf(s)) {
    const d: FakeCellData = {};
    if (v !== null && v !== '') d.value = v;
    if (f !== 'General') d.format = f;
    cells[toA1(r, c)] = d;
  }
  return { activeSheet: s.name, sheets: [{ name: s.name, cells, merges: s.merges.map(mergeA1) }] };
}
