/** A cell value as the workbook holds it. Formula cells hold their cached result; errors read as '#DIV/0!' etc. */
export type CellValue = string | number | boolean | null;

/** A rectangular range, 0-based absolute row/column indices, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Everything the engine reads from one worksheet. Produced by src/excel (Office.js) and src/xlsx (exceljs) alike.
 * values[r][c] is the cell at absolute row `top + r`, column `left + c` (0-based). Rows may be ragged.
 * Merged non-top-left cells read as null, as Excel reports them.
 */
export interface SheetSnapshot {
  name: string;
  top: number;
  left: number;
  values: CellValue[][];
  /** Number formats, same shape as values; missing entries mean 'General'. */
  formats: string[][];
  merges: CellRange[];
  /** Solid fill colour ('#RRGGBB') by A1 address, for cells that have one. Undefined when the reader could not tell. */
  fills?: Record<string, string>;
  /** Cell notes by A1 address. */
  notes?: Record<string, string>;
  /** True when the sheet is protected: nothing may be written. */
  protected?: boolean;
}
