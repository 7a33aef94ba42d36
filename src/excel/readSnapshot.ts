import type { CellRange, CellValue, SheetSnapshot } from '../core/snapshot/SheetSnapshot';
import { toA1 } from '../core/snapshot/address';
import { LEDGER_SHEET, decodeLedger, type WorkbookLedger } from '../core/plan/ledgerStore';
import type { ExcelCapabilities } from './ExcelHost';
import { officeErrorCode } from './officeErrorCode';
import { parseRangeAddress, stripSheet } from './parseRangeAddress';

/** Fills and notes are probed this far right of / below the used range: output columns and the summary land there. */
export const PROBE_EXTRA_COLUMNS = 8;
export const PROBE_EXTRA_ROWS = 4;

/** Column A of the very-hidden ledger sheet, as read. */
export interface LedgerSheetState {
  exists: boolean;
  /** Column A from A1 down to the last used row ('' read as null). */
  column: CellValue[];
}

/** Everything one read of the active sheet yields. */
export interface SheetRead {
  snapshot: SheetSnapshot;
  ledger: WorkbookLedger;
  ledgerSheet: LedgerSheetState;
  /** runtime.enableEvents before we touched it; null when ExcelApi 1.8 is missing. */
  enableEvents: boolean | null;
  /** context.sync calls spent (1 normally; +1 when the sheet has notes, whose cells need a second round trip). */
  syncs: number;
}

interface Attempt {
  /** Read per-cell fills with getCellProperties. */
  fills: boolean;
  /** Read the ledger through the null-object chain in the first sync (else: existence first, values after). */
  chainLedger: boolean;
}

type Grid = unknown[][];

function toCell(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

function columnA(rowIndex: number, columnIndex: number, values: Grid): CellValue[] {
  if (columnIndex !== 0) return [];
  const col: CellValue[] = new Array<CellValue>(rowIndex).fill(null);
  for (const r of values) col.push(toCell(r[0]));
  while (col.length && col[col.length - 1] === null) col.pop();
  return col;
}

/** Merged areas from a RangeAreas address ("Sheet1!A2:I2,Sheet1!B6:C6"). */
function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  const re = /!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=,|$)/g;
  for (let m = re.exec(address); m; m = re.exec(address)) out.push(parseRangeAddress(m[1]));
  return out;
}

/**
 * Reads the active sheet's used range (values, number formats, merges, fills, notes, protection), runtime.enableEvents
 * and the workbook ledger — in one context.sync when the sheet has no notes. Office errors propagate to the caller.
 */
export async function readSnapshot(context: Excel.RequestContext, caps: ExcelCapabilities): Promise<SheetRead> {
  const attempt: Attempt = { fills: caps.cellProperties, chainLedger: true };
  let syncs = 0;
  for (;;) {
    try {
      const read = await readOnce(context, caps, attempt, () => syncs++);
      return { ...read, syncs };
    } catch (e) {
      const code = officeErrorCode(e);
      // A response over 5 MB (or a probe past the sheet's edge): read again without per-cell fills.
      if (attempt.fills && (code === 'ResponsePayloadSizeLimitExceeded' || code === 'InvalidArgument')) {
        attempt.fills = false;
        continue;
      }
      // Hosts that fail methods called on a null object: look the ledger sheet up first.
      if (attempt.chainLedger && (code === 'ItemNotFound' || code === 'InvalidObjectPath')) {
        attempt.chainLedger = false;
        continue;
      }
      throw e;
    }
  }
}

async function readOnce(
  context: Excel.RequestContext,
  caps: ExcelCapabilities,
  attempt: Attempt,
  countSync: () => void,
): Promise<Omit<SheetRead, 'syncs'>> {
  const sync = async () => {
    countSync();
    await context.sync();
  };
  const worksheets = context.workbook.worksheets;
  const sheet = worksheets.getActiveWorksheet();
  sheet.load('name');
  sheet.protection.load('protected');
  const used = sheet.getUsedRange(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat');
  const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
  merged?.load('address');
  const fills = attempt.fills
    ? used.getResizedRange(PROBE_EXTRA_ROWS, PROBE_EXTRA_COLUMNS).getCellProperties({ format: { fill: { color: true, pattern: true } } })
    : null;
  const notes = caps.notes ? sheet.notes : null;
  notes?.load('items/content');
  const ledgerSheet = worksheets.getItemOrNullObject(LEDGER_SHEET);
  ledgerSheet.load('name');
  let ledgerUsed = attempt.chainLedger ? ledgerSheet.getUsedRange(true) : null;
  ledgerUsed?.load('rowIndex,columnIndex,values');
  if (caps.enableEvents) context.runtime.load('enableEvents');
  await sync();

  // Second round trip only when needed: the cells of existing notes, or the ledger after an existence check.
  const noteItems = notes ? notes.items : [];
  const locations = noteItems.map((n) => n.getLocation().load('address'));
  if (!attempt.chainLedger && !ledgerSheet.isNullObject) {
    ledgerUsed = worksheets.getItem(LEDGER_SHEET).getUsedRange(true);
    ledgerUsed.load('rowIndex,columnIndex,values');
  }
  if (locations.length || (!attempt.chainLedger && !ledgerSheet.isNullObject)) await sync();

  const top = used.rowIndex;
  const left = used.columnIndex;
  const snapshot: SheetSnapshot = {
    name: sheet.name,
    top,
    left,
    values: (used.values as Grid).map((r) => r.map(toCell)),
    formats: (used.numberFormat as Grid).map((r) => r.map((f) => (typeof f === 'string' && f !== '' ? f : 'General'))),
    merges: merged && !merged.isNullObject ? parseAreas(merged.address) : [],
    protected: sheet.protection.protected,
  };
  if (fills && fills.value) {
    const map: Record<string, string> = {};
    fills.value.forEach((row, r) =>
      row.forEach((p, c) => {
        const fill = p.format?.fill;
        if (fill?.color && fill.pattern !== 'None') map[toA1(top + r, left + c)] = fill.color.toUpperCase();
      }),
    );
    snapshot.fills = map;
  }
  if (notes) {
    const map: Record<string, string> = {};
    noteItems.forEach((n, i) => {
      map[stripSheet(locations[i].address)] = n.content;
    });
    snapshot.notes = map;
  }
  const exists = !ledgerSheet.isNullObject;
  const column = exists && ledgerUsed && !ledgerUsed.isNullObject ? columnA(ledgerUsed.rowIndex, ledgerUsed.columnIndex, ledgerUsed.values as Grid) : [];
  return {
    snapshot,
    ledger: decodeLedger(column),
    ledgerSheet: { exists, column },
    enableEvents: caps.enableEvents ? context.runtime.enableEvents : null,
  };
}
