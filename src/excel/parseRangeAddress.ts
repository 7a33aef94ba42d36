import type { CellRange } from '../core/snapshot/SheetSnapshot';
import { fromA1 } from '../core/snapshot/address';

/** 'Sheet1!A2:I2', "'My sheet'!B7", 'C3' → 0-based inclusive range (the sheet part is dropped). */
export function parseRangeAddress(address: string): CellRange {
  const bang = address.lastIndexOf('!');
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).trim();
  const [a, b] = ref.split(':');
  const p = fromA1(a);
  const q = b ? fromA1(b) : p;
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** 'Sheet1!B7' → 'B7'. */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
}
