import type { CellValue } from '../snapshot/SheetSnapshot';
import type { SheetLedger } from './WritePlan';

/** Name of the very-hidden worksheet that holds the ledger, in Excel and in .xlsx files alike. */
export const LEDGER_SHEET = 'selfeval_ledger';
/** Cell A1 of the ledger sheet; the JSON follows in A2, A3, … in chunks (a cell holds at most 32,767 characters). */
export const LEDGER_MAGIC = 'selfeval-ledger/1';
const CHUNK = 30000;

/** Everything selfeval keeps in a workbook: the profile chosen for it and what it wrote on each sheet. */
export interface WorkbookLedger {
  version: 1;
  profile: string | null;
  sheets: SheetLedger[];
}

export function emptyLedger(): WorkbookLedger {
  return { version: 1, profile: null, sheets: [] };
}

/** Column A of the ledger sheet, from A1 down. */
export function encodeLedger(ledger: WorkbookLedger): string[] {
  const json = JSON.stringify(ledger);
  const cells = [LEDGER_MAGIC];
  for (let i = 0; i < json.length; i += CHUNK) cells.push(json.slice(i, i + CHUNK));
  return cells;
}

/** Reads column A of the ledger sheet; a missing, foreign or damaged ledger reads as empty. */
export function decodeLedger(columnA: readonly CellValue[]): WorkbookLedger {
  if (columnA[0] !== LEDGER_MAGIC) return emptyLedger();
  try {
    const json = columnA.slice(1).filter((v) => typeof v === 'string').join('');
    const parsed = JSON.parse(json) as WorkbookLedger;
    if (parsed && parsed.version === 1 && Array.isArray(parsed.sheets)) {
      return { version: 1, profile: typeof parsed.profile === 'string' ? parsed.profile : null, sheets: parsed.sheets };
    }
  } catch {
    /* damaged ledger: treat as none */
  }
  return emptyLedger();
}

/** This sheet's ledger, or null. */
export function sheetLedger(ledger: WorkbookLedger, sheet: string): SheetLedger | null {
  return ledger.sheets.find((s) => s.sheet === sheet) ?? null;
}

/** A new workbook ledger with this sheet's entry replaced (or removed when `entry` is null). */
export function withSheetLedger(ledger: WorkbookLedger, sheet: string, entry: SheetLedger | null): WorkbookLedger {
  const sheets = ledger.sheets.filter((s) => s.sheet !== sheet);
  if (entry) sheets.push(entry);
  return { ...ledger, sheets };
}
