/**
 * Test builders: sheets written as grids, the way they read on screen (hyperformula style).
 *
 *   sheetFromGrid('自评表', [
 *     ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '单位', '权重', '实际完成值'],
 *     ['产出指标', '数量指标', '培训人次', '≥', 300, '人次', 10, 320],
 *   ], { left: 1, top: 3, merges: ['B5:B9'], formats: { G5: '0%' } })
 *
 * Rows are ragged-friendly; `top`/`left` place the grid's first cell (0-based, default A1), so a grid at left 1 starts
 * in column B. Cells covered by a merge (other than its top-left) read as null, as Excel reports them.
 */
import type { CellRange, CellValue, SheetSnapshot } from '../../src/core/snapshot/SheetSnapshot';
import { fromA1, rangeA1, toA1 } from '../../src/core/snapshot/address';

export type GridCell = string | number | boolean | null;
export type Grid = GridCell[][];

export interface GridOptions {
  /** Number formats by A1 address ({ H17: '0%' }), or a grid of formats shaped like the rows (null = General). */
  formats?: Record<string, string> | (string | null)[][];
  /** Merged ranges in A1 ('B17:B32'). */
  merges?: string[];
  /** 0-based row of the grid's first row (default 0 = row 1). */
  top?: number;
  /** 0-based column of the grid's first column (default 0 = column A). */
  left?: number;
  fills?: Record<string, string>;
  notes?: Record<string, string>;
  protected?: boolean;
}

/** A1 helpers: a1(row0, col0) → 'B17'; cell('B17') → {row, col} 0-based. */
export const a1 = (row: number, col: number): string => toA1(row, col);
export const cell = (address: string): { row: number; col: number } => fromA1(address);
export const range = rangeA1;

export function parseRange(r: string): CellRange {
  const [a, b] = r.split(':');
  const p = fromA1(a);
  const q = fromA1(b ?? a);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** A percent format for whole-column use: pct(['H17', 'H18']) → { H17: '0%', H18: '0%' }. */
export function formatsAt(cells: string[], format = '0%'): Record<string, string> {
  return Object.fromEntries(cells.map((c) => [c, format]));
}

/** The format map of a grid: every cell of column `col` (0-based absolute) in rows [from, to] gets `format`. */
export function columnFormat(col: number, from: number, to: number, format = '0%'): Record<string, string> {
  const out: Record<string, string> = {};
  for (let r = from; r <= to; r++) out[toA1(r, col)] = format;
  return out;
}

/** A snapshot whose values start at A1 (top = left = 0), the grid placed at (top, left), as adapters produce them. */
export function sheetFromGrid(name: string, rows: Grid, opts: GridOptions = {}): SheetSnapshot {
  const top = opts.top ?? 0;
  const left = opts.left ?? 0;
  const merges = (opts.merges ?? []).map(parseRange);
  const height = top + rows.length;
  const width = left + Math.max(0, ...rows.map((r) => r.length));
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    formats.push(new Array<string>(width).fill('General'));
  }
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      values[top + i][left + j] = v === undefined ? null : v;
    }),
  );
  if (Array.isArray(opts.formats)) {
    opts.formats.forEach((row, i) =>
      row.forEach((f, j) => {
        if (f) formats[top + i][left + j] = f;
      }),
    );
  } else if (opts.formats) {
    for (const [addr, f] of Object.entries(opts.formats)) {
      const { row, col } = fromA1(addr);
      while (formats.length <= row) {
        formats.push(new Array<string>(width).fill('General'));
        values.push(new Array<CellValue>(width).fill(null));
      }
      while (formats[row].length <= col) formats[row].push('General');
      while (values[row].length <= col) values[row].push(null);
      formats[row][col] = f;
    }
  }
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && values[r]) values[r][c] = null;
    }
  }
  return {
    name,
    top: 0,
    left: 0,
    values,
    formats,
    merges,
    fills: { ...(opts.fills ?? {}) },
    notes: { ...(opts.notes ?? {}) },
    protected: opts.protected ?? false,
  };
}

/** Places several grids on one sheet, each at its own top/left (stacked tables). */
export function stackGrids(parts: { rows: Grid; top: number; left?: number }[]): Grid {
  const out: Grid = [];
  for (const p of parts) {
    const left = p.left ?? 0;
    p.rows.forEach((row, i) => {
      const r = p.top + i;
      while (out.length <= r) out.push([]);
      const target = out[r];
      row.forEach((v, j) => {
        while (target.length <= left + j) target.push(null);
        target[left + j] = v;
      });
    });
  }
  return out.map((r) => r.map((v) => (v === undefined ? null : v)));
}
