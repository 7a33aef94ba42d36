/**
 * Builds the fake's plain JSON workbook (`FakeWorkbookData`) from a real .xlsx via exceljs, reading it as Excel would
 * show it to an add-in: merged non-top-left cells empty, percent cells as fractions with their format, number
 * formats, solid fills (ARGB → '#RRGGBB'; theme colours are not resolved and are skipped), notes, sheet visibility
 * and protection. Node only (the fake itself stays browser-safe).
 */
import ExcelJS from 'exceljs';
import { FakeExcel, type FakeCellData, type FakeExcelOptions, type FakeSheetData, type FakeValue, type FakeWorkbookData } from './fakeExcel';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function dateSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH) / 86400000;
}

function cellValue(v: ExcelJS.CellValue): FakeValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateSerial(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('error' in v) return v.error;
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return undefined;
      if (r instanceof Date) return dateSerial(r);
      if (typeof r === 'object') return 'error' in r ? r.error : undefined;
      return r;
    }
    if ('text' in v) return typeof v.text === 'string' ? v.text : undefined;
  }
  return undefined;
}

function fillColor(fill: ExcelJS.Fill | undefined): string | undefined {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const argb = fill.fgColor?.argb;
  if (!argb || !/^[0-9A-Fa-f]{8}$/.test(argb)) return undefined;
  return `#${argb.slice(2).toUpperCase()}`;
}

function noteText(note: ExcelJS.Comment | string | undefined): string | undefined {
  if (note === undefined) return undefined;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

/** Converts an exceljs workbook into the fake's JSON form. */
export function workbookData(wb: ExcelJS.Workbook): FakeWorkbookData {
  const sheets: FakeSheetData[] = [];
  wb.eachSheet((ws) => {
    const cells: Record<string, FakeCellData> = {};
    const notes: Record<string, string> = {};
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const d: FakeCellData = {};
        const isCovered = cell.type === ExcelJS.ValueType.Merge;
        if (!isCovered) {
          const v = cellValue(cell.value);
          if (v !== undefined && v !== '') d.value = v;
          if (cell.formula) d.formula = `=${cell.formula}`;
        }
        if (cell.numFmt && cell.numFmt !== 'General') d.format = cell.numFmt;
        const f = fillColor(cell.fill);
        if (f) d.fill = f;
        if (Object.keys(d).length) cells[cell.address] = d;
        const n = noteText(cell.note as ExcelJS.Comment | string | undefined);
        if (n !== undefined) notes[cell.address] = n;
      });
    });
    const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice();
    const state = ws.state;
    sheets.push({
      name: ws.name,
      visibility: state === 'veryHidden' ? 'VeryHidden' : state === 'hidden' ? 'Hidden' : 'Visible',
      protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
      cells,
      merges,
      notes,
    });
  });
  const activeTab = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  const visible = sheets.filter((s) => s.visibility === 'Visible');
  const active = sheets[activeTab]?.visibility === 'Visible' ? sheets[activeTab] : visible[0];
  return { activeSheet: active?.name ?? '', sheets };
}

/** Reads an .xlsx file into the fake's JSON form. */
export async function loadWorkbookData(file: string): Promise<FakeWorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return workbookData(wb);
}

/** Reads an .xlsx file into a ready FakeExcel. */
export async function loadFakeExcel(file: string, options?: FakeExcelOptions): Promise<FakeExcel> {
  return new FakeExcel(await loadWorkbookData(file), options);
}
