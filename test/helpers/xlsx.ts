/** Real .xlsx files for adapter and CLI tests, written with exceljs into a temp dir, and read back as snapshots. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../../src/core/snapshot/SheetSnapshot';
import { fromA1 } from '../../src/core/snapshot/address';
import { snapshotFromWorksheet } from '../../src/xlsx/snapshotFromWorksheet';
import { type Grid, type GridOptions, parseRange } from './grid';

export interface SheetSpec extends GridOptions {
  name: string;
  rows: Grid;
}

/** A fresh temp dir; call the returned cleanup in afterAll. */
export function tempDir(prefix = 'selfeval-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Fills an exceljs worksheet from a grid: values, merges, number formats, fills, notes. */
export function fillWorksheet(ws: ExcelJS.Worksheet, spec: GridOptions & { rows: Grid }): void {
  const top = spec.top ?? 0;
  const left = spec.left ?? 0;
  spec.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      ws.getCell(top + i + 1, left + j + 1).value = v;
    }),
  );
  if (Array.isArray(spec.formats)) {
    spec.formats.forEach((row, i) =>
      row.forEach((f, j) => {
        if (f) ws.getCell(top + i + 1, left + j + 1).numFmt = f;
      }),
    );
  } else if (spec.formats) {
    for (const [addr, f] of Object.entries(spec.formats)) {
      const { row, col } = fromA1(addr);
      ws.getCell(row + 1, col + 1).numFmt = f;
    }
  }
  for (const m of spec.merges ?? []) {
    const r = parseRange(m);
    ws.mergeCells(r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);
  }
  for (const [addr, color] of Object.entries(spec.fills ?? {})) {
    const { row, col } = fromA1(addr);
    ws.getCell(row + 1, col + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${color.slice(1)}` } };
  }
  for (const [addr, text] of Object.entries(spec.notes ?? {})) {
    const { row, col } = fromA1(addr);
    ws.getCell(row + 1, col + 1).note = text;
  }
  if (spec.protected) void ws.protect('', {});
}

/** Writes a workbook of one or more sheets to `dir/file` and returns its path. */
export async function xlsxFromSheets(dir: string, file: string, sheets: SheetSpec[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) fillWorksheet(wb.addWorksheet(s.name), s);
  const out = path.join(dir, file);
  await wb.xlsx.writeFile(out);
  return out;
}

/** One-sheet workbook from a grid. */
export function xlsxFromGrid(dir: string, file: string, name: string, rows: Grid, opts: GridOptions = {}): Promise<string> {
  return xlsxFromSheets(dir, file, [{ name, rows, ...opts }]);
}

export interface ReadBackSheet {
  snapshot: SheetSnapshot;
  state: string;
}

/** Every sheet of a workbook file as a snapshot (values, formats, merges, fills, notes) plus its visibility. */
export async function readBack(file: string): Promise<Record<string, ReadBackSheet>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, ReadBackSheet> = {};
  for (const ws of wb.worksheets) out[ws.name] = { snapshot: snapshotFromWorksheet(ws), state: ws.state };
  return out;
}

/** A value of a read-back snapshot by A1. */
export function valueAt(s: SheetSnapshot, address: string): unknown {
  const { row, col } = fromA1(address);
  return s.values[row - s.top]?.[col - s.left] ?? null;
}

export function formatOf(s: SheetSnapshot, address: string): string {
  const { row, col } = fromA1(address);
  return s.formats[row - s.top]?.[col - s.left] ?? 'General';
}
