import type { CellValue } from '../snapshot/SheetSnapshot';

/**
 * A rectangle of values (and optionally number formats) written at an absolute 0-based position.
 * In `values`, null leaves the cell as it is (as Office.js does) and '' empties it.
 */
export interface ValueBlock {
  row: number;
  col: number;
  values: CellValue[][];
  /** Same shape as values; null entries leave the format alone. */
  formats?: (string | null)[][];
}

/** Fill one cell: a '#RRGGBB' colour, or null to remove the fill. */
export interface FillWrite {
  row: number;
  col: number;
  color: string | null;
}

/** Set one cell's note, or null to delete it. */
export interface NoteWrite {
  row: number;
  col: number;
  text: string | null;
}

/** What one ledger entry remembers of a cell before selfeval first touched it. */
export interface LedgerEntry {
  /** A1 address. */
  cell: string;
  /** Present when selfeval wrote the value: the previous value (always empty: only empty cells are written). */
  value?: CellValue;
  /** Present when selfeval wrote the number format: the previous one. */
  format?: string;
  /** Present when selfeval filled the cell: the previous solid fill, or null for none. */
  fill?: string | null;
  /** Present when selfeval wrote a note: the previous note, or null for none. */
  note?: string | null;
}

/** Everything selfeval wrote into one sheet, kept inside the workbook (see plan/ledgerStore.ts). */
export interface SheetLedger {
  sheet: string;
  profile: string;
  scoredAt: string;
  entries: LedgerEntry[];
}

/**
 * The complete, ordered set of changes for one sheet. Adapters apply it as it is:
 * values first, then fills, then notes, then the ledger (replace this sheet's entry; null removes it).
 */
export interface WritePlan {
  sheet: string;
  values: ValueBlock[];
  fills: FillWrite[];
  notes: NoteWrite[];
  ledger: SheetLedger | null;
}
