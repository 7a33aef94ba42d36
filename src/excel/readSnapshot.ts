import type { CellRange, CellValue, SheetSnapshot } from '../core/snapshot/SheetSnapshot';
import { rangeA1, toA1 } from '../core/snapshot/address';
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
  /** 'whole': everything in one sync; 'sliced': the used range in row slices (responses over 5 MB). */
  mode: 'whole' | 'sliced';
  /** Read the ledger through the null-object chain in the first sync (else: existence first, values after). */
  chainLedger: boolean;
}

/** Cells per slice in sliced mode (values + numberFormat + fill properties stay well under 5 MB). */
export const SLICE_CELLS = 20000;
const MAX_ROW = 1048575;
const MAX_COL = 16383;

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
 * and the workbook ledger — in one context.sync when the sheet has no notes (notes add one round trip for their cells).
 * A sheet whose data exceeds Excel's 5 MB response limit is read again in row slices. Office errors propagate.
 */
export async function readSnapshot(context: Excel.RequestContext, caps: ExcelCapabilities): Promise<SheetRead> {
  const attempt: Attempt = { mode: 'whole', chainLedger: true };
  let syncs = 0;
  for (;;) {
    try {
      const read = await readOnce(context, caps, attempt, () => syncs++);
      return { ...read, syncs };
    } catch (e) {
      const code = officeErrorCode(e);
      // A response over 5 MB (or a fill probe past the sheet's edge): read in slices.
      if (attempt.mode === 'whole' && (code === 'ResponsePayloadSizeLimitExceeded' || code === 'InvalidArgument')) {
        attempt.mode = 'sliced';
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

const FILL_OPTIONS = { format: { fill: { color: true, pattern: true } } };

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
  const whole = attempt.mode === 'whole';
  const worksheets = context.workbook.worksheets;
  const sheet = worksheets.getActiveWorksheet();
  sheet.load('name');
  sheet.protection.load('protected');
  const used = sheet.getUsedRange(true);
  used.load(whole ? 'rowIndex,columnIndex,rowCount,columnCount,values,numberFormat' : 'rowIndex,columnIndex,rowCount,columnCount');
  const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
  merged?.load('address');
  const fillsWhole = whole && caps.cellProperties ? used.getResizedRange(PROBE_EXTRA_ROWS, PROBE_EXTRA_COLUMNS).getCellProperties(FILL_OPTIONS) : null;
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
  let values: Grid;
  let formats: Grid;
  let fills: Record<string, string> | undefined;
  if (whole) {
    values = used.values as Grid;
    formats = used.numberFormat as Grid;
    if (fillsWhole?.value) fills = fillMap(fillsWhole.value, top, left);
  } else {
    const sliced = await readSlices(sheet, used, caps.cellProperties, sync);
    values = sliced.values;
    formats = sliced.formats;
    fills = sliced.fills;
  }
  const snapshot: SheetSnapshot = {
    name: sheet.name,
    top,
    left,
    values: values.map((r) => r.map(toCell)),
    formats: formats.map((r) => r.map((f) => (typeof f === 'string' && f !== '' ? f : 'General'))),
    merges: merged && !merged.isNullObject ? parseAreas(merged.address) : [],
    protected: sheet.protection.protected,
  };
  if (fills) snapshot.fills = fills;
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

function fillMap(props: Excel.CellProperties[][], top: number, left: number, into: Record<string, string> = {}): Record<string, string> {
  props.forEach((row, r) =>
    row.forEach((p, c) => {
      const fill = p.format?.fill;
      if (fill?.color && fill.pattern !== 'None') into[toA1(top + r, left + c)] = fill.color.toUpperCase();
    }),
  );
  return into;
}

/** Values, formats and fills of the used range in row slices; a slice whose response is too large is halved. */
async function readSlices(
  sheet: Excel.Worksheet,
  used: Excel.Range,
  withFills: boolean,
  sync: () => Promise<void>,
): Promise<{ values: Grid; formats: Grid; fills?: Record<string, string> }> {
  const top = used.rowIndex;
  const left = used.columnIndex;
  const rowCount = used.rowCount;
  const right = left + used.columnCount - 1;
  const probeRight = Math.min(right + PROBE_EXTRA_COLUMNS, MAX_COL);
  const width = used.columnCount * 2 + (withFills ? probeRight - left + 1 : 0);
  let per = Math.max(1, Math.floor(SLICE_CELLS / width));
  const values: Grid = [];
  const formats: Grid = [];
  const fills: Record<string, string> | undefined = withFills ? {} : undefined;
  let r = 0;
  while (r < rowCount) {
    const n = Math.min(per, rowCount - r);
    const r0 = top + r;
    const r1 = r0 + n - 1;
    const part = sheet.getRange(rangeA1(r0, left, r1, right)).load('values,numberFormat');
    const probeBottom = r + n >= rowCount ? Math.min(r1 + PROBE_EXTRA_ROWS, MAX_ROW) : r1;
    const props = withFills ? sheet.getRange(rangeA1(r0, left, probeBottom, probeRight)).getCellProperties(FILL_OPTIONS) : null;
    try {
      await sync();
    } catch (e) {
      if (officeErrorCode(e) === 'ResponsePayloadSizeLimitExceeded' && n > 1) {
        per = Math.ceil(n / 2);
        continue;
      }
      throw e;
    }
    values.push(...(part.values as Grid));
    formats.push(...(part.numberFormat as Grid));
    if (fills && props) fillMap(props.value, r0, left, fills);
    r += n;
  }
  return { values, formats, fills };
}
