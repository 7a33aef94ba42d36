import type { CellValue } from '../snapshot/SheetSnapshot';
import type { LedgerEntry } from './WritePlan';

/**
 * One ledger entry, built as a single object literal of its final shape: `{cell}` grown property by property gives
 * each of the hundreds of thousands of entries of a large sheet a separate out-of-object property store. Undefined
 * means "not written" (the field is absent); keys keep the order cell, value, format, fill, note, which the ledger's
 * JSON depends on. The rare mixed shapes (a written value that also got a fill or note) are grown as before.
 */
export function ledgerEntry(
  cell: string,
  value: CellValue | undefined,
  format: string | undefined,
  fill: string | null | undefined,
  note: string | null | undefined,
): LedgerEntry {
  if (fill === undefined && note === undefined) {
    if (value === undefined) return { cell };
    return format === undefined ? { cell, value } : { cell, value, format };
  }
  if (value === undefined && fill !== undefined && note !== undefined) return { cell, fill, note };
  const e: LedgerEntry = { cell };
  if (value !== undefined) {
    e.value = value;
    if (format !== undefined) e.format = format;
  }
  if (fill !== undefined) e.fill = fill;
  if (note !== undefined) e.note = note;
  return e;
}
