import type { CellRange, CellValue, SheetSnapshot } from '../core/snapshot/SheetSnapshot';
import { rangeA1, toA1 } from '../core/snapshot/address';
import { columnA } from './readLedger';
import { toCell } from './toCell';
import { LEDGER_SHEET, decodeLedger, type WorkbookLedger } from '../core/plan/ledgerStore';
import type { ExcelCapabilities } from './ExcelHost';
import { officeErrorCode } from './officeErrorCode';
import { parseRangeAddress, stripSheet } from './parseRangeAddress';
import { utf8Length } from './estimateBytes';

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
  /**
   * 'window': the first sync reads the used range's dimensions and, speculatively, its first WINDOW_ROWS rows (at most
   * WINDOW_COLUMNS wide); a sheet that fits is read in that one sync, a longer one continues in row slices sized from
   * the bytes measured so far. 'sliced': no window (a host that refused it); everything in slices after the first sync.
   */
  mode: 'window' | 'sliced';
  /** Read the ledger through the null-object chain in the first sync (else: existence first, values after). */
  chainLedger: boolean;
}

/**
 * The speculative first window: WINDOW_ROWS × WINDOW_COLUMNS cells at most (values + number formats + fill properties,
 * roughly 60–120 bytes a cell as JSON: about 1–2.5 MB at worst, well under Excel's 5 MB response limit together with the
 * notes and the ledger). Self-evaluation tables are 10–20 columns wide, so up to WINDOW_ROWS rows read in one sync.
 */
export const WINDOW_ROWS = 500;
export const WINDOW_COLUMNS = 40;
/** Response budget per row slice after the window, from the measured bytes per row; Excel refuses above 5 MB. */
export const READ_SLICE_BYTES = 3.5 * 1024 * 1024;
/** Cells per slice when nothing has been measured (the window was refused or did not cover the used range's width). */
export const SLICE_CELLS = 20000;
const MAX_ROW = 1048575;
const MAX_COL = 16383;

type Grid = unknown[][];

/** Merged areas from a RangeAreas address ("Sheet1!A2:I2,Sheet1!B6:C6"). */
function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  const re = /!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=,|$)/g;
  for (let m = re.exec(address); m; m = re.exec(address)) out.push(parseRangeAddress(m[1]));
  return out;
}

/**
 * Reads the active sheet's used range (values, number formats, merges, fills, notes, protection), runtime.enableEvents
 * and the workbook ledger. A sheet of up to WINDOW_ROWS rows takes one context.sync (notes add one round trip for their
 * cells); a longer one takes that sync plus one per READ_SLICE_BYTES of measured response, so no read is sized beyond
 * what Excel accepts. Office errors propagate.
 */
export async function readSnapshot(context: Excel.RequestContext, caps: ExcelCapabilities): Promise<SheetRead> {
  const attempt: Attempt = { mode: 'window', chainLedger: true };
  let syncs = 0;
  for (;;) {
    try {
      const read = await readOnce(context, caps, attempt, () => syncs++);
      return { ...read, syncs };
    } catch (e) {
      const code = officeErrorCode(e);
      // The window's response too large (a very wide or text-heavy sheet), or its fill probe past the sheet's edge.
      if (attempt.mode === 'window' && (code === 'ResponsePayloadSizeLimitExceeded' || code === 'InvalidArgument')) {
        attempt.mode = 'sliced';
        continue;
      }
      // Hosts that fail methods called on a null object: look the ledger sheet up first (and read without a window,
      // which is a null object when the used range starts below it).
      if (code === 'ItemNotFound' || code === 'InvalidObjectPath') {
        if (attempt.chainLedger) {
          attempt.chainLedger = false;
          continue;
        }
        if (attempt.mode === 'window') {
          attempt.mode = 'sliced';
          continue;
        }
      }
      throw e;
    }
  }
}

const FILL_OPTIONS = { format: { fill: { color: true, pattern: true } } };

/** Response bytes of a loaded grid, as JSON (what Excel sends back). */
function gridBytes(g: unknown): number {
  return utf8Length(JSON.stringify(g) ?? '');
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
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  // The window: the used range's part within the first WINDOW_ROWS rows and WINDOW_COLUMNS columns of the sheet.
  const win = attempt.mode === 'window' ? used.getIntersectionOrNullObject(sheet.getRangeByIndexes(0, 0, WINDOW_ROWS, WINDOW_COLUMNS)) : null;
  win?.load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat');
  const winFills = win && caps.cellProperties ? win.getResizedRange(PROBE_EXTRA_ROWS, PROBE_EXTRA_COLUMNS).getCellProperties(FILL_OPTIONS) : null;
  const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
  merged?.load('address');
  const notes = caps.notes ? sheet.notes : null;
  notes?.load('items/content');
  const ledgerSheet = worksheets.getItemOrNullObject(LEDGER_SHEET);
  ledgerSheet.load('name');
  let ledgerUsed = attempt.chainLedger ? ledgerSheet.getUsedRange(true) : null;
  ledgerUsed?.load('rowIndex,columnIndex,values');
  if (caps.enableEvents) context.runtime.load('enableEvents');
  await sync();

  // Queued for the next round trip, if there is one anyway (a slice), else a sync of their own: the cells of existing
  // notes, or the ledger after an existence check.
  const noteItems = notes ? notes.items : [];
  const locations = noteItems.map((n) => n.getLocation().load('address'));
  if (!attempt.chainLedger && !ledgerSheet.isNullObject) {
    ledgerUsed = worksheets.getItem(LEDGER_SHEET).getUsedRange(true);
    ledgerUsed.load('rowIndex,columnIndex,values');
  }
  const pending = locations.length > 0 || (!attempt.chainLedger && !ledgerSheet.isNullObject);

  const top = used.rowIndex;
  const left = used.columnIndex;
  let values: Grid = [];
  let formats: Grid = [];
  let fills: Record<string, string> | undefined = caps.cellProperties ? {} : undefined;
  let bytesPerRow = 0;
  let covered = 0; // rows of the used range read by the window
  // The window is usable when it starts at the used range's top-left and spans its whole width.
  if (win && !win.isNullObject && win.rowIndex === top && win.columnIndex === left && win.columnCount === used.columnCount) {
    values = win.values as Grid;
    formats = win.numberFormat as Grid;
    covered = win.rowCount;
    bytesPerRow = (gridBytes(values) + gridBytes(formats)) / covered;
    if (fills && winFills?.value) {
      fillMap(winFills.value, top, left, fills);
      bytesPerRow += gridBytes(winFills.value) / (covered + PROBE_EXTRA_ROWS);
    }
  }
  if (covered < used.rowCount) {
    // The first slice also carries the note locations queued above (about 64 bytes each in the response).
    const sliced = await readSlices(sheet, used, covered, bytesPerRow, caps.cellProperties, sync, locations.length * 64);
    values = values.concat(sliced.values);
    formats = formats.concat(sliced.formats);
    if (fills) Object.assign(fills, sliced.fills);
  } else if (pending) {
    await sync();
  }
  if (!caps.cellProperties) fills = undefined;
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

/**
 * Values, formats and fills of the used range's rows from `from` on, in row slices of about READ_SLICE_BYTES of
 * response each, sized from the bytes per row measured so far (SLICE_CELLS cells before anything is measured). A slice
 * refused as too large anyway is halved.
 */
async function readSlices(
  sheet: Excel.Worksheet,
  used: Excel.Range,
  from: number,
  measuredBytesPerRow: number,
  withFills: boolean,
  sync: () => Promise<void>,
  firstReserve = 0,
): Promise<{ values: Grid; formats: Grid; fills?: Record<string, string> }> {
  const top = used.rowIndex;
  const left = used.columnIndex;
  const rowCount = used.rowCount;
  const right = left + used.columnCount - 1;
  const probeRight = Math.min(right + PROBE_EXTRA_COLUMNS, MAX_COL);
  const width = used.columnCount * 2 + (withFills ? probeRight - left + 1 : 0);
  let bytes = measuredBytesPerRow * from;
  let rowsMeasured = measuredBytesPerRow > 0 ? from : 0;
  let cap = Infinity; // lowered when a slice is refused
  const values: Grid = [];
  const formats: Grid = [];
  const fills: Record<string, string> | undefined = withFills ? {} : undefined;
  let r = from;
  while (r < rowCount) {
    const room = READ_SLICE_BYTES - (r === from ? firstReserve : 0);
    const per = rowsMeasured > 0 ? Math.floor(room / (bytes / rowsMeasured)) : Math.floor(SLICE_CELLS / width);
    const n = Math.min(Math.max(1, Math.min(per, cap)), rowCount - r);
    const r0 = top + r;
    const r1 = r0 + n - 1;
    const part = sheet.getRange(rangeA1(r0, left, r1, right)).load('values,numberFormat');
    const probeBottom = r + n >= rowCount ? Math.min(r1 + PROBE_EXTRA_ROWS, MAX_ROW) : r1;
    const props = withFills ? sheet.getRange(rangeA1(r0, left, probeBottom, probeRight)).getCellProperties(FILL_OPTIONS) : null;
    try {
      await sync();
    } catch (e) {
      if (officeErrorCode(e) === 'ResponsePayloadSizeLimitExceeded' && n > 1) {
        cap = Math.ceil(n / 2);
        continue;
      }
      throw e;
    }
    const v = part.values as Grid;
    const f = part.numberFormat as Grid;
    values.push(...v);
    formats.push(...f);
    if (fills && props) fillMap(props.value, r0, left, fills);
    bytes += gridBytes(v) + gridBytes(f) + (props ? gridBytes(props.value) : 0);
    rowsMeasured += n;
    r += n;
  }
  return { values, formats, fills };
}
