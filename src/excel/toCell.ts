import type { CellValue } from '../core/snapshot/SheetSnapshot';

/** A value as Office.js returns it → a snapshot cell ('' is an empty cell). */
export function toCell(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}
