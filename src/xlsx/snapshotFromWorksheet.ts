import type ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetSnapshot } from '../core/snapshot/SheetSnapshot';
import { fromA1, toA1 } from '../core/snapshot/address';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** exceljs cell value → what Excel's API would report (formula results, rich text joined, dates as serials). */
export function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86400000;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if ('error' in v) return String(v.error);
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as { result?: ExcelJS.CellValue }).result;
      return r === undefined ? null : plainValue(r);
    }
    if ('text' in v) return plainValue((v as { text: ExcelJS.CellValue }).text);
  }
  return null;
}

function noteText(note: ExcelJS.Cell['note']): string | null {
  if (!note) return null;
  if (typeof note === 'string') return note;
  const texts = (note as ExcelJS.Comment).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text).join('') : null;
}

export function fillColor(cell: ExcelJS.Cell): string | null {
  const f = cell.fill as ExcelJS.FillPattern | undefined;
  if (!f || f.type !== 'pattern' || f.pattern !== 'solid') return null;
  const argb = f.fgColor?.argb;
  return argb && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

/** Reads a worksheet as Excel shows it: merged non-top-left cells empty, number formats, fills and notes. */
export function snapshotFromWorksheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const merges: CellRange[] = [];
  const slaves = new Set<string>();
  for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
    const [a, b] = m.split(':');
    const p = fromA1(a);
    const q = fromA1(b ?? a);
    merges.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
    for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) if (r !== p.row || c !== p.col) slaves.add(toA1(r, c));
  }
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const fills: Record<string, string> = {};
  const notes: Record<string, string> = {};
  // Every cell the sheet stores, empty ones included: an empty cell may carry the user's fill, note or number
  // format, which the ledger must remember as they were (findRow/findCell never create cells).
  for (let rowNumber = 1; rowNumber <= ws.rowCount; rowNumber++) {
    const row = ws.findRow(rowNumber);
    if (!row) continue;
    const r = rowNumber - 1;
    const vr: CellValue[] = (values[r] = []);
    const fr: string[] = (formats[r] = []);
    for (let colNumber = 1; colNumber <= row.cellCount; colNumber++) {
      const cell = row.findCell(colNumber);
      if (!cell) continue;
      const c = colNumber - 1;
      const a1 = toA1(r, c);
      const fill = fillColor(cell);
      if (fill) fills[a1] = fill;
      const note = noteText(cell.note);
      if (note !== null) notes[a1] = note;
      vr[c] = slaves.has(a1) ? null : plainValue(cell.value);
      fr[c] = cell.numFmt || 'General';
    }
  }
  for (let r = 0; r < values.length; r++) {
    const vr = (values[r] ??= []);
    const fr = (formats[r] ??= []);
    for (let c = 0; c < vr.length; c++) {
      if (vr[c] === undefined) vr[c] = null;
      if (fr[c] === undefined) fr[c] = 'General';
    }
  }
  const protectedSheet = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
  return { name: ws.name, top: 0, left: 0, values, formats, merges, fills, notes, protected: protectedSheet };
}
