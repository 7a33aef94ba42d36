/**
 * An in-memory fake of the Excel JavaScript API subset that src/excel uses. No Node imports: a browser test bundles
 * this file into an office.js stub (see `installOfficeGlobals`).
 *
 * Covered (faithful where it matters to the gateway):
 * - `Excel.run([options,] batch)` with `RunOptions.delayForCellEdit`; `Office.context.requirements.isSetSupported`
 *   answering from a configurable ExcelApi version. Calls above that version fail at sync with `ApiNotFound`.
 * - `RequestContext`: `workbook`, `runtime.enableEvents` (ExcelApi 1.8), `application.suspendApiCalculationUntilNextSync`
 *   (1.6), `sync()`. Proxies queue commands; reading a property before `load()` + `await sync()` throws
 *   `PropertyNotLoaded`. A batch runs against a copy of the workbook and commits only when every command succeeds.
 *   Each sync records the UTF-8 JSON size of its queued commands (request) and of its results (response); either above
 *   5 MB rejects with `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`.
 * - `workbook.worksheets`: `getActiveWorksheet`, `getItem`, `getItemOrNullObject` (1.4), `add`, `load('items/name')`.
 * - `Worksheet`: `name`, `visibility` ('Visible' | 'Hidden' | 'VeryHidden'), `protection.protected`, `notes` (1.18),
 *   `getRange(a1)`, `getCell`, `getRangeByIndexes`, `getUsedRange(valuesOnly)`, `getUsedRangeOrNullObject` (1.4),
 *   `activate()`.
 * - `Range`: `address`, `rowIndex`, `columnIndex`, `rowCount`, `columnCount`, `values`, `numberFormat` (2-D get/set;
 *   null in a set leaves the cell alone, '' clears it; a string starting with "'" is stored as text; numeric strings
 *   and '=' formulas are coerced unless the cell's format is '@'), `format.fill.color` / `pattern` / `clear()`,
 *   `getCellProperties({address, format: {fill: {color, pattern}}})` (1.9), `getMergedAreasOrNullObject()` (1.13, areas
 *   whose top-left cell lies in the range), `getCell`, `getOffsetRange`, `getResizedRange`, `getIntersectionOrNullObject` (1.4), `select()`.
 *   Merged non-top-left cells read as ''. Unfilled cells report fill '#FFFFFF' with pattern 'None'.
 * - Notes (1.18): `workbook.notes` / `worksheet.notes` `add(range | address, content)`, `getItem`,
 *   `getItemOrNullObject`, `getCount()`, `load('items/content')`; `Note.content` (get/set), `delete()`, `getLocation()`.
 * - Protection: any write to a protected sheet fails the whole batch at sync with `AccessDenied`.
 * - Null objects: methods on a null object return null objects (or fail with InvalidObjectPath when
 *   `nullChaining: 'fail'`); loading them yields `isNullObject === true`;
 *   reading any other property of a null object throws; writing through one fails with `ItemNotFound`.
 */

export type FakeValue = string | number | boolean;
export type FakeVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** One cell as the plain-JSON workbook holds it. */
export interface FakeCellData {
  value?: FakeValue;
  /** Number format; absent = 'General'. */
  format?: string;
  /** Solid fill '#RRGGBB'. */
  fill?: string;
  /** Formula text when the cell holds one (value is then its cached result). */
  formula?: string;
}

export interface FakeSheetData {
  name: string;
  visibility?: FakeVisibility;
  protected?: boolean;
  /** Cells by A1 address. */
  cells: Record<string, FakeCellData>;
  /** Merged areas as 'A1:B2'. */
  merges?: string[];
  /** Notes by A1 address. */
  notes?: Record<string, string>;
}

/** The whole fake workbook as plain JSON (serialisable, browser-safe). */
export interface FakeWorkbookData {
  activeSheet: string;
  sheets: FakeSheetData[];
}

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the host supports. @default '1.18' */
  apiVersion?: string;
  /** The user is in cell-edit mode: every sync fails with InvalidOperationInCellEditMode unless delayForCellEdit. */
  cellEditMode?: boolean;
  /** Payload limit in bytes for a request and for a response. @default 5 MB */
  payloadLimit?: number;
  /**
   * What a method called on a null worksheet does: 'propagate' returns a null object (assumed Excel behaviour),
   * 'fail' fails the batch with InvalidObjectPath (for testing the fallback). @default 'propagate'
   */
  nullChaining?: 'propagate' | 'fail';
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** Number of commands that change the workbook. */
  writes: number;
  /** Error code when the sync failed. */
  error?: string;
}

export interface FakeStats {
  runs: number;
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  records: SyncRecord[];
  /** Commands still queued when a run's batch returned (never sent). */
  unsynced: number;
}

export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The error shape of OfficeExtension.Error: a string `code`, a message, and debugInfo. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// A1 helpers (self-contained so the fake does not depend on the code under test)

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
const MAX_ROW = 1048575;
const MAX_COL = 16383;

function colLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function lettersCol(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}
export function cellA1(row: number, col: number): string {
  return `${colLetters(col)}${row + 1}`;
}
function rectA1(r: Rect): string {
  const a = cellA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellA1(r.bottom, r.right)}`;
}
function quoteSheet(name: string): string {
  return /^[A-Za-z_\u3400-\u9fff][\w.\u3400-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
function fullAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${rectA1(r)}`;
}
/** Parses 'A1', 'A1:C3', '$A$1', 'A:A', '3:5', with an optional 'Sheet!' prefix. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  let sheet: string | undefined;
  let ref = address.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  ref = ref.replace(/\$/g, '').toUpperCase();
  const parts = ref.split(':');
  const one = (p: string): { row?: number; col?: number } => {
    const m = /^([A-Z]{0,3})(\d{0,7})$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new FakeOfficeError('InvalidArgument', `Invalid address: ${address}`);
    return { col: m[1] ? lettersCol(m[1]) : undefined, row: m[2] ? Number(m[2]) - 1 : undefined };
  };
  const a = one(parts[0]);
  const b = parts.length > 1 ? one(parts[1]) : a;
  const rect: Rect = {
    top: a.row ?? 0,
    left: a.col ?? 0,
    bottom: b.row ?? (a.row === undefined ? MAX_ROW : a.row),
    right: b.col ?? (a.col === undefined ? MAX_COL : a.col),
  };
  if (a.row === undefined && b.row === undefined) {
    rect.top = 0;
    rect.bottom = MAX_ROW;
  }
  return { sheet, rect };
}

/** UTF-8 size of what crosses the wire, measured by the platform (not by the gateway's own estimate). */
const encoder = new TextEncoder();
function utf8Bytes(s: string): number {
  return encoder.encode(s).length;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------------------------
// The model

interface CellModel {
  value?: FakeValue;
  format?: string;
  fill?: string;
  formula?: string;
}

class SheetModel {
  cells = new Map<string, CellModel>();
  merges: Rect[] = [];
  notes = new Map<string, string>();
  constructor(
    public name: string,
    public visibility: FakeVisibility = 'Visible',
    public isProtected = false,
  ) {}

  static key(row: number, col: number): string {
    return `${row},${col}`;
  }
  cell(row: number, col: number): CellModel | undefined {
    return this.cells.get(SheetModel.key(row, col));
  }
  private version = 0;
  private usedCache: { version: number; valuesOnly: boolean; rect: Rect | null } | null = null;
  /** Call after changing a cell (invalidates the used-range cache). */
  touch(): void {
    this.version++;
  }
  ensure(row: number, col: number): CellModel {
    this.touch();
    const k = SheetModel.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = {};
      this.cells.set(k, c);
    }
    return c;
  }
  /** The merged area this cell belongs to when it is not its top-left cell. */
  coveredByMerge(row: number, col: number): boolean {
    return this.merges.some(
      (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left),
    );
  }
  readValue(row: number, col: number): FakeValue {
    if (this.coveredByMerge(row, col)) return '';
    const v = this.cell(row, col)?.value;
    return v === undefined ? '' : v;
  }
  readFormat(row: number, col: number): string {
    return this.cell(row, col)?.format ?? 'General';
  }
  usedRect(valuesOnly: boolean): Rect | null {
    const c = this.usedCache;
    if (c && c.version === this.version && c.valuesOnly === valuesOnly) return c.rect;
    const rect = this.computeUsedRect(valuesOnly);
    this.usedCache = { version: this.version, valuesOnly, rect };
    return rect;
  }
  private computeUsedRect(valuesOnly: boolean): Rect | null {
    let r: Rect | null = null;
    for (const [k, c] of this.cells) {
      const used = (c.value !== undefined && c.value !== '') || (!valuesOnly && (c.fill !== undefined || c.format !== undefined));
      if (!used) continue;
      const [row, col] = k.split(',').map(Number);
      if (!r) r = { top: row, left: col, bottom: row, right: col };
      else {
        r.top = Math.min(r.top, row);
        r.left = Math.min(r.left, col);
        r.bottom = Math.max(r.bottom, row);
        r.right = Math.max(r.right, col);
      }
    }
    return r;
  }
  clone(): SheetModel {
    const s = new SheetModel(this.name, this.visibility, this.isProtected);
    for (const [k, c] of this.cells) s.cells.set(k, { ...c });
    s.merges = this.merges.map((m) => ({ ...m }));
    s.notes = new Map(this.notes);
    return s;
  }
}

class WorkbookModel {
  sheets: SheetModel[] = [];
  active = '';
  enableEvents = true;
  selection: { sheet: string; address: string } | null = null;
  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  clone(): WorkbookModel {
    const w = new WorkbookModel();
    w.sheets = this.sheets.map((s) => s.clone());
    w.active = this.active;
    w.enableEvents = this.enableEvents;
    w.selection = this.selection ? { ...this.selection } : null;
    return w;
  }
}

function coerceWrite(cell: CellModel, v: FakeValue): void {
  delete cell.formula;
  if (typeof v === 'string') {
    if (v === '') {
      delete cell.value;
      return;
    }
    if (cell.format === '@') {
      cell.value = v;
      return;
    }
    if (v.startsWith("'")) {
      cell.value = v.slice(1);
      return;
    }
    if (v.startsWith('=')) {
      cell.formula = v;
      cell.value = '#NAME?';
      return;
    }
    if (/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v.trim())) {
      cell.value = Number(v);
      return;
    }
  }
  cell.value = v;
}

// ---------------------------------------------------------------------------------------------------------------
// Commands and the request context

interface Command {
  desc: Record<string, unknown>;
  write: boolean;
  api?: string;
  exec(m: WorkbookModel): unknown;
  commit?(result: unknown): void;
}

const NULL_RESULT = { isNullObject: true } as const;

export type FakeRunOptions = { delayForCellEdit?: boolean; mergeUndoGroup?: boolean };

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  readonly application: FakeApplication;
  /** @internal */ queue: Command[] = [];
  constructor(
    readonly excel: FakeExcel,
    readonly runOptions: FakeRunOptions,
  ) {
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
    this.application = new FakeApplication(this);
  }
  /** @internal */ enqueue(c: Command): void {
    this.queue.push(c);
  }
  sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    return this.excel.execute(this, batch);
  }
}

type Resolver<T> = (m: WorkbookModel) => T | null;

function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parseLoadArg(arg?: string | string[] | { select?: string; expand?: string }): string[] | null {
  if (arg === undefined) return null;
  const list = typeof arg === 'string' ? arg.split(',') : Array.isArray(arg) ? arg : (arg.select ?? '').split(',');
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Base proxy: load/sync discipline, null objects. */
abstract class FakeClientObject<T> {
  private loadedProps = new Map<string, unknown>();
  private nullState: boolean | undefined;
  constructor(
    readonly context: FakeRequestContext,
    protected readonly resolver: Resolver<T>,
  ) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  /** Scalar properties load() may name; the first ones are loaded when load() gets no argument. */
  protected abstract scalarProps(): readonly string[];
  protected abstract readProp(target: T, prop: string, m: WorkbookModel): unknown;
  /** Navigation properties for paths such as 'format/fill/color'. */
  protected navigation(_name: string): FakeClientObject<unknown> | FakeCollection<unknown> | null {
    return null;
  }
  protected apiFor(_prop: string): string | undefined {
    return undefined;
  }

  load(arg?: string | string[] | { select?: string; expand?: string }): this {
    const names = parseLoadArg(arg) ?? [...this.scalarProps()];
    const own: string[] = [];
    for (const n of names) {
      const slash = n.indexOf('/');
      if (slash > 0) {
        const nav = this.navigation(n.slice(0, slash));
        if (!nav) throw new FakeOfficeError('InvalidArgument', `Cannot load path ${n}`);
        nav.load(n.slice(slash + 1));
      } else if (this.navigation(n)) {
        this.navigation(n)!.load();
      } else {
        if (!this.scalarProps().includes(n)) throw new FakeOfficeError('PropertyNotFound', `Unknown property ${n}`);
        own.push(n);
      }
    }
    const api = own.map((p) => this.apiFor(p)).find((a) => a !== undefined);
    this.context.enqueue({
      desc: { load: this.constructor.name, props: own },
      write: false,
      api,
      exec: (m) => {
        const t = this.resolver(m);
        if (t === null) return NULL_RESULT;
        const out: Record<string, unknown> = {};
        for (const p of own) out[p] = this.readProp(t, p, m);
        return out;
      },
      commit: (r) => {
        if (r === NULL_RESULT) {
          this.nullState = true;
          return;
        }
        this.nullState = false;
        for (const [k, v] of Object.entries(r as Record<string, unknown>)) this.loadedProps.set(k, v);
      },
    });
    return this;
  }

  /** @internal Marks properties as loaded (items of a loaded collection). */
  setLoaded(props: Record<string, unknown>): void {
    this.nullState = false;
    for (const [k, v] of Object.entries(props)) this.loadedProps.set(k, v);
  }

  protected get<V>(prop: string): V {
    if (this.nullState === true) throw new FakeOfficeError('InvalidOperation', `'${prop}' read on a null object`);
    if (!this.loadedProps.has(prop)) throw notLoaded(prop);
    return this.loadedProps.get(prop) as V;
  }

  /** Queues a command that changes the workbook. */
  protected write(desc: Record<string, unknown>, apply: (t: T, m: WorkbookModel) => void, api?: string): void {
    this.context.enqueue({
      desc,
      write: true,
      api,
      exec: (m) => {
        const t = this.resolver(m);
        if (t === null) throw new FakeOfficeError('ItemNotFound', `${String(desc.op)} on a null object`);
        apply(t, m);
        return undefined;
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedProps);
  }
}

/** A loaded result value (getCellProperties, getCount). */
export class FakeClientResult<V> {
  private v: V | undefined;
  private done = false;
  /** @internal */ set(v: V): void {
    this.v = v;
    this.done = true;
  }
  get value(): V {
    if (!this.done) throw notLoaded('value');
    return this.v as V;
  }
}

function resultCommand<T, V>(
  ctx: FakeRequestContext,
  resolver: Resolver<T>,
  desc: Record<string, unknown>,
  api: string | undefined,
  compute: (t: T, m: WorkbookModel) => V,
): FakeClientResult<V | null> {
  const res = new FakeClientResult<V | null>();
  ctx.enqueue({
    desc,
    write: false,
    api,
    exec: (m) => {
      const t = resolver(m);
      return t === null ? null : compute(t, m);
    },
    commit: (r) => res.set(r as V | null),
  });
  return res;
}

/** Base for collections: items load. */
abstract class FakeCollection<I> {
  private loadedItems: I[] | undefined;
  constructor(readonly context: FakeRequestContext) {}
  get items(): I[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }
  protected abstract itemProps(): readonly string[];
  /** Lists the items present at execution time with their loaded properties. */
  protected abstract list(m: WorkbookModel, props: string[]): { item: () => I; props: Record<string, unknown> }[] | null;
  protected apiFor(): string | undefined {
    return undefined;
  }
  load(arg?: string | string[] | { select?: string; expand?: string }): this {
    const names = (parseLoadArg(arg) ?? ['items']).map((n) => n.replace(/^items\/?/, '')).filter((n) => n !== '');
    const props = names.length ? names : [...this.itemProps()];
    for (const p of props) {
      if (!this.itemProps().includes(p)) throw new FakeOfficeError('PropertyNotFound', `Unknown property ${p}`);
    }
    this.context.enqueue({
      desc: { load: this.constructor.name, props },
      write: false,
      api: this.apiFor(),
      exec: (m) => {
        const l = this.list(m, props);
        return l === null ? NULL_RESULT : l;
      },
      commit: (r) => {
        if (r === NULL_RESULT) {
          this.loadedItems = [];
          return;
        }
        const l = r as { item: () => I; props: Record<string, unknown> }[];
        this.loadedItems = l.map((e) => {
          const it = e.item();
          (it as unknown as FakeClientObject<unknown>).setLoaded(e.props);
          return it;
        });
      },
    });
    return this;
  }
  toJSON(): unknown {
    return { items: this.loadedItems ?? [] };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Workbook, worksheets

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly notes: FakeNoteCollection;
  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.notes = new FakeNoteCollection(context, null);
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected itemProps(): readonly string[] {
    return ['name', 'visibility', 'position'];
  }
  protected list(m: WorkbookModel, props: string[]) {
    return m.sheets.map((s, i) => ({
      item: () => new FakeWorksheet(this.context, byName(s.name)),
      props: Object.fromEntries(props.map((p) => [p, p === 'position' ? i : p === 'name' ? s.name : s.visibility])),
    }));
  }
  getActiveWorksheet(): FakeWorksheet {
    // The active sheet is fixed when the command runs, like Excel's.
    return new FakeWorksheet(this.context, (m) => {
      const s = m.sheet(m.active);
      if (!s) throw new FakeOfficeError('ItemNotFound', 'No active worksheet');
      return s;
    });
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, (m) => {
      const s = m.sheet(name);
      if (!s) throw new FakeOfficeError('ItemNotFound', `The worksheet '${name}' does not exist.`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, byName(name), '1.4');
  }
  add(name: string): FakeWorksheet {
    this.context.enqueue({
      desc: { op: 'addWorksheet', name },
      write: true,
      exec: (m) => {
        if (m.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
        m.sheets.push(new SheetModel(name));
      },
    });
    return this.getItem(name);
  }
}

function byName(name: string): Resolver<SheetModel> {
  return (m) => m.sheet(name) ?? null;
}

export class FakeWorksheetProtection extends FakeClientObject<SheetModel> {
  protected scalarProps(): readonly string[] {
    return ['protected'];
  }
  protected readProp(t: SheetModel): unknown {
    return t.isProtected;
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  readonly protection: FakeWorksheetProtection;
  readonly notes: FakeNoteCollection;
  constructor(
    context: FakeRequestContext,
    resolver: Resolver<SheetModel>,
    private readonly api?: string,
  ) {
    super(context, resolver);
    this.protection = new FakeWorksheetProtection(context, resolver);
    this.notes = new FakeNoteCollection(context, resolver);
  }
  protected scalarProps(): readonly string[] {
    return ['name', 'visibility', 'position'];
  }
  protected override apiFor(): string | undefined {
    return this.api;
  }
  protected readProp(t: SheetModel, p: string, m: WorkbookModel): unknown {
    if (p === 'name') return t.name;
    if (p === 'visibility') return t.visibility;
    return m.sheets.indexOf(t);
  }
  protected override navigation(name: string) {
    return name === 'protection' ? this.protection : null;
  }
  get name(): string {
    return this.get('name');
  }
  get visibility(): FakeVisibility {
    return this.get('visibility');
  }
  set visibility(v: FakeVisibility) {
    this.write({ op: 'setVisibility', v }, (t) => {
      t.visibility = v;
    });
  }
  activate(): void {
    this.write({ op: 'activate' }, (t, m) => {
      m.active = t.name;
    });
  }
  /** The sheet, for methods derived from this proxy (see FakeExcelOptions.nullChaining). */
  private parent(m: WorkbookModel): SheetModel | null {
    const s = this.resolver(m);
    if (!s && this.context.excel.nullChaining === 'fail') {
      throw new FakeOfficeError('InvalidObjectPath', 'The object path is not valid: method called on a null object.');
    }
    return s;
  }
  getRange(address?: string): FakeRange {
    const rect = address ? parseAddress(address).rect : { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
    return new FakeRange(this.context, (m) => {
      const s = this.parent(m);
      return s ? { sheet: s, rect } : null;
    });
  }
  getCell(row: number, col: number): FakeRange {
    return this.getRange(cellA1(row, col));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return this.getRange(rectA1({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, (m) => {
      const s = this.parent(m);
      if (!s) return null;
      return { sheet: s, rect: s.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      (m) => {
        const s = this.parent(m);
        const r = s?.usedRect(valuesOnly);
        return s && r ? { sheet: s, rect: r } : null;
      },
      '1.4',
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

function checkWritable(t: RangeTarget): void {
  if (t.sheet.isProtected) {
    throw new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet ('${t.sheet.name}').`);
  }
}
function rows(r: Rect): number {
  return r.bottom - r.top + 1;
}
function cols(r: Rect): number {
  return r.right - r.left + 1;
}
function grid<V>(t: RangeTarget, f: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const line: V[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) line.push(f(r, c));
    out.push(line);
  }
  return out;
}
function checkShape(t: RangeTarget, v: unknown[][]): void {
  if (v.length !== rows(t.rect) || v.some((r) => r.length !== cols(t.rect))) {
    throw new FakeOfficeError(
      'InvalidArgument',
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
}

export interface FakeCellPropertiesLoadOptions {
  address?: boolean;
  format?: { fill?: { color?: boolean; pattern?: boolean } };
}
export interface FakeCellProperties {
  address?: string;
  format?: { fill?: { color?: string; pattern?: string } };
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  readonly format: FakeRangeFormat;
  constructor(
    context: FakeRequestContext,
    resolver: Resolver<RangeTarget>,
    private readonly api?: string,
  ) {
    super(context, resolver);
    this.format = new FakeRangeFormat(context, resolver);
  }
  protected scalarProps(): readonly string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'numberFormat', 'cellCount'];
  }
  protected override apiFor(): string | undefined {
    return this.api;
  }
  protected override navigation(name: string) {
    return name === 'format' ? this.format : null;
  }
  protected readProp(t: RangeTarget, p: string): unknown {
    switch (p) {
      case 'address':
        return fullAddress(t.sheet.name, t.rect);
      case 'rowIndex':
        return t.rect.top;
      case 'columnIndex':
        return t.rect.left;
      case 'rowCount':
        return rows(t.rect);
      case 'columnCount':
        return cols(t.rect);
      case 'cellCount':
        return rows(t.rect) * cols(t.rect);
      case 'values':
        return grid(t, (r, c) => t.sheet.readValue(r, c));
      default:
        return grid(t, (r, c) => t.sheet.readFormat(r, c));
    }
  }
  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get values(): FakeValue[][] {
    return this.get('values');
  }
  set values(v: (FakeValue | null)[][]) {
    this.write({ op: 'setValues', values: v }, (t) => {
      checkShape(t, v);
      checkWritable(t);
      v.forEach((line, i) =>
        line.forEach((x, j) => {
          if (x !== null) coerceWrite(t.sheet.ensure(t.rect.top + i, t.rect.left + j), x);
        }),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: (string | null)[][]) {
    this.write({ op: 'setNumberFormat', numberFormat: v }, (t) => {
      checkShape(t, v);
      checkWritable(t);
      v.forEach((line, i) =>
        line.forEach((x, j) => {
          if (x === null) return;
          const cell = t.sheet.ensure(t.rect.top + i, t.rect.left + j);
          if (x === 'General') delete cell.format;
          else cell.format = x;
        }),
      );
    });
  }
  private derived(f: (t: RangeTarget) => Rect): FakeRange {
    return new FakeRange(this.context, (m) => {
      const t = this.resolver(m);
      if (!t) return null;
      const rect = f(t);
      if (rect.top < 0 || rect.left < 0 || rect.bottom > MAX_ROW || rect.right > MAX_COL || rect.bottom < rect.top || rect.right < rect.left) {
        throw new FakeOfficeError('InvalidArgument', 'The range is outside the worksheet.');
      }
      return { sheet: t.sheet, rect };
    });
  }
  /** @internal */ targetResolver(): Resolver<RangeTarget> {
    return this.resolver;
  }
  getCell(row: number, col: number): FakeRange {
    return this.derived((t) => ({ top: t.rect.top + row, left: t.rect.left + col, bottom: t.rect.top + row, right: t.rect.left + col }));
  }
  getOffsetRange(dr: number, dc: number): FakeRange {
    return this.derived((t) => ({ top: t.rect.top + dr, left: t.rect.left + dc, bottom: t.rect.bottom + dr, right: t.rect.right + dc }));
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    return this.derived((t) => ({ ...t.rect, bottom: t.rect.bottom + dr, right: t.rect.right + dc }));
  }
  /** `getIntersectionOrNullObject(range | address)` (1.4): the overlap on the same sheet, or a null object. */
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    const otherResolver: Resolver<RangeTarget> =
      typeof other === 'string'
        ? (m) => {
            const t = this.resolver(m);
            return t ? { sheet: t.sheet, rect: parseAddress(other).rect } : null;
          }
        : other.targetResolver();
    return new FakeRange(
      this.context,
      (m) => {
        const a = this.resolver(m);
        const b = otherResolver(m);
        if (!a || !b) return null;
        if (a.sheet !== b.sheet) throw new FakeOfficeError('InvalidArgument', 'The ranges are on different worksheets.');
        const rect = {
          top: Math.max(a.rect.top, b.rect.top),
          left: Math.max(a.rect.left, b.rect.left),
          bottom: Math.min(a.rect.bottom, b.rect.bottom),
          right: Math.min(a.rect.right, b.rect.right),
        };
        return rect.top > rect.bottom || rect.left > rect.right ? null : { sheet: a.sheet, rect };
      },
      '1.4',
    );
  }
  getCellProperties(opts: FakeCellPropertiesLoadOptions): FakeClientResult<FakeCellProperties[][] | null> {
    return resultCommand(this.context, this.resolver, { op: 'getCellProperties', opts }, '1.9', (t) =>
      grid(t, (r, c) => {
        const p: FakeCellProperties = {};
        if (opts.address) p.address = fullAddress(t.sheet.name, { top: r, left: c, bottom: r, right: c });
        const f = opts.format?.fill;
        if (f) {
          const fill = t.sheet.cell(r, c)?.fill;
          p.format = { fill: {} };
          if (f.color) p.format.fill!.color = fill ?? '#FFFFFF';
          if (f.pattern) p.format.fill!.pattern = fill ? 'Solid' : 'None';
        }
        return p;
      }),
    );
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, (m) => {
      const t = this.resolver(m);
      if (!t) return null;
      const areas = t.sheet.merges.filter(
        (a) => a.top >= t.rect.top && a.top <= t.rect.bottom && a.left >= t.rect.left && a.left <= t.rect.right,
      );
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }
  select(): void {
    this.write({ op: 'select' }, (t, m) => {
      m.active = t.sheet.name;
      m.selection = { sheet: t.sheet.name, address: rectA1(t.rect) };
    });
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  readonly fill: FakeRangeFill;
  constructor(context: FakeRequestContext, resolver: Resolver<RangeTarget>) {
    super(context, resolver);
    this.fill = new FakeRangeFill(context, resolver);
  }
  protected scalarProps(): readonly string[] {
    return [];
  }
  protected readProp(): unknown {
    return undefined;
  }
  protected override navigation(name: string) {
    return name === 'fill' ? this.fill : null;
  }
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  protected scalarProps(): readonly string[] {
    return ['color', 'pattern'];
  }
  protected override apiFor(p: string): string | undefined {
    return p === 'pattern' ? '1.9' : undefined;
  }
  protected readProp(t: RangeTarget, p: string): unknown {
    const fills = new Set<string | undefined>();
    grid(t, (r, c) => fills.add(t.sheet.cell(r, c)?.fill));
    if (fills.size > 1) return null;
    const f = [...fills][0];
    return p === 'color' ? (f ?? '#FFFFFF') : f ? 'Solid' : 'None';
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.write({ op: 'setFill', color: v }, (t) => {
      checkWritable(t);
      const color = normaliseColor(v);
      grid(t, (r, c) => (t.sheet.ensure(r, c).fill = color));
    });
  }
  get pattern(): string {
    return this.get('pattern');
  }
  clear(): void {
    this.write({ op: 'clearFill' }, (t) => {
      checkWritable(t);
      grid(t, (r, c) => {
        const cell = t.sheet.cell(r, c);
        if (cell) delete cell.fill;
        t.sheet.touch();
      });
    });
  }
}

function normaliseColor(v: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(v.trim());
  if (!m) throw new FakeOfficeError('InvalidArgument', `Invalid color ${v}`);
  return `#${m[1].toUpperCase()}`;
}

interface AreasTarget {
  sheet: SheetModel;
  areas: Rect[];
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  readonly areas: FakeRangeCollection;
  constructor(context: FakeRequestContext, resolver: Resolver<AreasTarget>) {
    super(context, resolver);
    this.areas = new FakeRangeCollection(context, resolver);
  }
  protected scalarProps(): readonly string[] {
    return ['address', 'areaCount'];
  }
  protected override apiFor(): string {
    return '1.13';
  }
  protected override navigation(name: string) {
    return name === 'areas' ? this.areas : null;
  }
  protected readProp(t: AreasTarget, p: string): unknown {
    return p === 'areaCount' ? t.areas.length : t.areas.map((a) => fullAddress(t.sheet.name, a)).join(',');
  }
  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
}

export class FakeRangeCollection extends FakeCollection<FakeRange> {
  constructor(
    context: FakeRequestContext,
    private readonly resolver: Resolver<AreasTarget>,
  ) {
    super(context);
  }
  protected itemProps(): readonly string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];
  }
  protected override apiFor(): string {
    return '1.13';
  }
  protected list(m: WorkbookModel, props: string[]) {
    const t = this.resolver(m);
    if (!t) return null;
    return t.areas.map((a) => {
      const target = { sheet: t.sheet, rect: a };
      const name = t.sheet.name;
      const r = new FakeRangeProbe(target);
      return {
        item: () => new FakeRange(this.context, (mm) => { const s = mm.sheet(name); return s ? { sheet: s, rect: a } : null; }),
        props: Object.fromEntries(props.map((p) => [p, r.read(p)])),
      };
    });
  }
}

/** Reads range properties outside a proxy (for collection items). */
class FakeRangeProbe {
  constructor(private readonly t: RangeTarget) {}
  read(p: string): unknown {
    const r = this.t.rect;
    if (p === 'address') return fullAddress(this.t.sheet.name, r);
    if (p === 'rowIndex') return r.top;
    if (p === 'columnIndex') return r.left;
    if (p === 'rowCount') return rows(r);
    return cols(r);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Notes (ExcelApi 1.18)

interface NoteTarget {
  sheet: SheetModel;
  cell: string;
}

function noteKey(key: string, scope: SheetModel | null, m: WorkbookModel): NoteTarget | null {
  const { sheet, rect } = parseAddress(key);
  const s = sheet !== undefined ? m.sheet(sheet) : scope;
  if (!s) return null;
  return { sheet: s, cell: cellA1(rect.top, rect.left) };
}

export class FakeNoteCollection extends FakeCollection<FakeNote> {
  constructor(
    context: FakeRequestContext,
    /** null = workbook.notes */
    private readonly sheetResolver: Resolver<SheetModel> | null,
  ) {
    super(context);
  }
  protected itemProps(): readonly string[] {
    return ['content', 'authorName'];
  }
  protected override apiFor(): string {
    return '1.18';
  }
  private scope(m: WorkbookModel): SheetModel[] | null {
    if (!this.sheetResolver) return m.sheets;
    const s = this.sheetResolver(m);
    return s ? [s] : null;
  }
  protected list(m: WorkbookModel, props: string[]) {
    const sheets = this.scope(m);
    if (!sheets) return null;
    const out: { item: () => FakeNote; props: Record<string, unknown> }[] = [];
    for (const s of sheets) {
      for (const [cell, content] of s.notes) {
        const name = s.name;
        out.push({
          item: () => new FakeNote(this.context, (mm) => { const ss = mm.sheet(name); return ss && ss.notes.has(cell) ? { sheet: ss, cell } : null; }),
          props: Object.fromEntries(props.map((p) => [p, p === 'content' ? content : 'selfeval'])),
        });
      }
    }
    return out;
  }
  private target(key: string, m: WorkbookModel): NoteTarget | null {
    const scope = this.sheetResolver ? this.sheetResolver(m) : null;
    if (this.sheetResolver && !scope) return null;
    const t = noteKey(key, scope, m);
    return t && t.sheet.notes.has(t.cell) ? t : null;
  }
  add(cellAddress: FakeRange | string, content: string): FakeNote {
    let where: Resolver<NoteTarget>;
    if (typeof cellAddress === 'string') {
      where = (m) => {
        const scope = this.sheetResolver ? this.sheetResolver(m) : null;
        return noteKey(cellAddress, scope, m);
      };
    } else {
      const resolve = cellAddress.targetResolver();
      where = (m) => {
        const t = resolve(m);
        if (!t) return null;
        if (rows(t.rect) !== 1 || cols(t.rect) !== 1) throw new FakeOfficeError('InvalidArgument', 'A note needs a single cell.');
        return { sheet: t.sheet, cell: cellA1(t.rect.top, t.rect.left) };
      };
    }
    this.context.enqueue({
      desc: { op: 'addNote', content },
      write: true,
      api: '1.18',
      exec: (m) => {
        const t = where(m);
        if (!t) throw new FakeOfficeError('ItemNotFound', 'Note target not found');
        checkWritable({ sheet: t.sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } });
        if (t.sheet.notes.has(t.cell)) throw new FakeOfficeError('InvalidArgument', `Cell ${t.cell} already has a note.`);
        t.sheet.notes.set(t.cell, String(content));
      },
    });
    return new FakeNote(this.context, (m) => {
      const t = where(m);
      return t && t.sheet.notes.has(t.cell) ? t : null;
    });
  }
  getItem(key: string): FakeNote {
    return new FakeNote(this.context, (m) => {
      const t = this.target(key, m);
      if (!t) throw new FakeOfficeError('ItemNotFound', `No note at ${key}`);
      return t;
    });
  }
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.context, (m) => this.target(key, m));
  }
  getCount(): FakeClientResult<number | null> {
    return resultCommand(this.context, (m) => this.scope(m), { op: 'noteCount' }, '1.18', (s) =>
      s.reduce((n, sh) => n + sh.notes.size, 0),
    );
  }
}

export class FakeNote extends FakeClientObject<NoteTarget> {
  protected scalarProps(): readonly string[] {
    return ['content', 'authorName'];
  }
  protected override apiFor(): string {
    return '1.18';
  }
  protected readProp(t: NoteTarget, p: string): unknown {
    return p === 'content' ? t.sheet.notes.get(t.cell) : 'selfeval';
  }
  get content(): string {
    return this.get('content');
  }
  set content(v: string) {
    this.write(
      { op: 'setNote', content: v },
      (t) => {
        checkWritable({ sheet: t.sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } });
        t.sheet.notes.set(t.cell, v);
      },
      '1.18',
    );
  }
  delete(): void {
    this.write(
      { op: 'deleteNote' },
      (t) => {
        checkWritable({ sheet: t.sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } });
        t.sheet.notes.delete(t.cell);
      },
      '1.18',
    );
  }
  getLocation(): FakeRange {
    return new FakeRange(this.context, (m) => {
      const t = this.resolver(m);
      if (!t) return null;
      const { rect } = parseAddress(t.cell);
      return { sheet: t.sheet, rect };
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Runtime and application

export class FakeRuntime extends FakeClientObject<WorkbookModel> {
  constructor(context: FakeRequestContext) {
    super(context, (m) => m);
  }
  protected scalarProps(): readonly string[] {
    return ['enableEvents'];
  }
  protected override apiFor(): string {
    return '1.8';
  }
  protected readProp(m: WorkbookModel): unknown {
    return m.enableEvents;
  }
  get enableEvents(): boolean {
    return this.get('enableEvents');
  }
  set enableEvents(v: boolean) {
    this.context.enqueue({
      desc: { op: 'enableEvents', v },
      write: false,
      api: '1.8',
      exec: (m) => {
        m.enableEvents = v;
        this.context.excel.eventsLog.push(v);
      },
    });
  }
}

export class FakeApplication {
  constructor(readonly context: FakeRequestContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({ desc: { op: 'suspendCalc' }, write: false, api: '1.6', exec: () => undefined });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The fake host

export class FakeExcel {
  private model: WorkbookModel;
  readonly apiVersion: string;
  cellEditMode: boolean;
  readonly payloadLimit: number;
  readonly nullChaining: 'propagate' | 'fail';
  stats: FakeStats = FakeExcel.emptyStats();
  /** Every value written to runtime.enableEvents, in order. */
  eventsLog: boolean[] = [];
  /** Every `Excel.run` options object received. */
  runOptionsLog: FakeRunOptions[] = [];

  constructor(data: FakeWorkbookData, options: FakeExcelOptions = {}) {
    this.model = FakeExcel.fromData(data);
    this.apiVersion = options.apiVersion ?? '1.18';
    this.cellEditMode = options.cellEditMode ?? false;
    this.payloadLimit = options.payloadLimit ?? FAKE_PAYLOAD_LIMIT;
    this.nullChaining = options.nullChaining ?? 'propagate';
  }

  private static emptyStats(): FakeStats {
    return { runs: 0, syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, records: [], unsynced: 0 };
  }
  resetStats(): void {
    this.stats = FakeExcel.emptyStats();
    this.eventsLog = [];
    this.runOptionsLog = [];
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name !== 'ExcelApi') return false;
    return compareVersions(this.apiVersion, version ?? '1.1') >= 0;
  }

  /** `Excel.run([options,] batch)`. */
  run<T>(
    a: FakeRunOptions | ((ctx: FakeRequestContext) => Promise<T>),
    b?: (ctx: FakeRequestContext) => Promise<T>,
  ): Promise<T> {
    const options = typeof a === 'function' ? {} : a;
    const batch = typeof a === 'function' ? a : b;
    if (!batch) throw new Error('Excel.run needs a batch function');
    this.stats.runs++;
    this.runOptionsLog.push(options);
    const ctx = new FakeRequestContext(this, options);
    return batch(ctx).finally(() => {
      this.stats.unsynced += ctx.queue.length;
    });
  }

  /** @internal Executes one batch atomically. */
  async execute(ctx: FakeRequestContext, batch: Command[]): Promise<void> {
    await Promise.resolve();
    this.stats.syncs++;
    const rec: SyncRecord = { requestBytes: 0, responseBytes: 0, writes: batch.filter((c) => c.write).length };
    this.stats.records.push(rec);
    const fail = (e: FakeOfficeError): never => {
      rec.error = e.code;
      throw e;
    };
    rec.requestBytes = utf8Bytes(JSON.stringify(batch.map((c) => c.desc)));
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, rec.requestBytes);
    if (batch.length === 0) return;
    if (rec.requestBytes > this.payloadLimit) {
      fail(new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.'));
    }
    if (this.cellEditMode && !ctx.runOptions.delayForCellEdit) {
      fail(new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.'));
    }
    const missing = batch.find((c) => c.api && !this.isSetSupported('ExcelApi', c.api));
    if (missing) fail(new FakeOfficeError('ApiNotFound', `ExcelApi ${missing.api} is not supported (${JSON.stringify(missing.desc)}).`));
    // Read-only batches run on the live model; batches that write run on a copy committed only on success.
    const work = batch.some((c) => c.write || c.desc.op === 'enableEvents') ? this.model.clone() : this.model;
    const events = this.eventsLog.length;
    const results: unknown[] = [];
    try {
      for (const c of batch) results.push(c.exec(work));
    } catch (e) {
      this.eventsLog.length = events;
      if (e instanceof FakeOfficeError) fail(e);
      throw e;
    }
    rec.responseBytes = utf8Bytes(JSON.stringify(results.map(responseJson)));
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, rec.responseBytes);
    if (rec.responseBytes > this.payloadLimit) {
      this.eventsLog.length = events;
      fail(new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.'));
    }
    this.model = work;
    batch.forEach((c, i) => c.commit?.(results[i]));
  }

  /** The host as src/excel sees it (cast to ExcelHost in tests). */
  host(): { run: FakeExcel['run']; isSetSupported: (name: string, version: string) => boolean } {
    return { run: this.run.bind(this), isSetSupported: this.isSetSupported.bind(this) };
  }

  /** Installs `Excel.run` and `Office.context.requirements` on a global object (browser stub). */
  installOfficeGlobals(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
    target.Excel = { run: this.run.bind(this) };
    target.Office = {
      context: { requirements: { isSetSupported: this.isSetSupported.bind(this) } },
      onReady: (cb?: (info: { host: string; platform: string }) => void) => {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        cb?.(info);
        return Promise.resolve(info);
      },
      HostType: { Excel: 'Excel' },
    };
  }

  /** Current selection, for selectCell tests. */
  get selection(): { sheet: string; address: string } | null {
    return this.model.selection;
  }
  get activeSheet(): string {
    return this.model.active;
  }
  setProtected(sheet: string, on: boolean): void {
    const s = this.model.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    s.isProtected = on;
  }
  get enableEvents(): boolean {
    return this.model.enableEvents;
  }

  /** The full state as deterministic plain JSON. */
  toData(): FakeWorkbookData {
    return {
      activeSheet: this.model.active,
      sheets: this.model.sheets.map((s) => {
        const entries = [...s.cells.entries()]
          .map(([k, c]) => ({ rc: k.split(',').map(Number), c }))
          .filter(({ c }) => c.value !== undefined || c.format !== undefined || c.fill !== undefined || c.formula !== undefined)
          .sort((a, b) => a.rc[0] - b.rc[0] || a.rc[1] - b.rc[1]);
        const cells: Record<string, FakeCellData> = {};
        for (const { rc, c } of entries) {
          const d: FakeCellData = {};
          if (c.value !== undefined) d.value = c.value;
          if (c.format !== undefined) d.format = c.format;
          if (c.fill !== undefined) d.fill = c.fill;
          if (c.formula !== undefined) d.formula = c.formula;
          cells[cellA1(rc[0], rc[1])] = d;
        }
        const notes: Record<string, string> = {};
        for (const k of [...s.notes.keys()].sort(compareA1)) notes[k] = s.notes.get(k)!;
        const out: FakeSheetData = { name: s.name, visibility: s.visibility, protected: s.isProtected, cells, notes };
        out.merges = s.merges.map((m) => rectA1(m));
        return out;
      }),
    };
  }

  private static fromData(data: FakeWorkbookData): WorkbookModel {
    const m = new WorkbookModel();
    for (const sd of data.sheets) {
      const s = new SheetModel(sd.name, sd.visibility ?? 'Visible', sd.protected ?? false);
      for (const [a1, c] of Object.entries(sd.cells)) {
        const { rect } = parseAddress(a1);
        const cell: CellModel = {};
        if (c.value !== undefined && c.value !== '') cell.value = c.value;
        if (c.format !== undefined && c.format !== 'General') cell.format = c.format;
        if (c.fill !== undefined) cell.fill = normaliseColor(c.fill);
        if (c.formula !== undefined) cell.formula = c.formula;
        s.cells.set(SheetModel.key(rect.top, rect.left), cell);
      }
      s.merges = (sd.merges ?? []).map((a) => parseAddress(a).rect);
      for (const [a1, text] of Object.entries(sd.notes ?? {})) s.notes.set(a1.replace(/\$/g, '').toUpperCase(), text);
      m.sheets.push(s);
    }
    m.active = data.activeSheet || (m.sheets[0]?.name ?? '');
    return m;
  }
}

function compareA1(a: string, b: string): number {
  const pa = parseAddress(a).rect;
  const pb = parseAddress(b).rect;
  return pa.top - pb.top || pa.left - pb.left;
}

function responseJson(r: unknown): unknown {
  if (Array.isArray(r)) {
    // collection listings carry item factories; only their props go over the wire
    return r.map((e) => (e && typeof e === 'object' && 'props' in e ? (e as { props: unknown }).props : e));
  }
  return r === undefined ? null : r;
}

/** A one-sheet workbook from a grid literal (rows of values, '' or null for empty), with optional extras. */
export function sheetFromGrid(
  name: string,
  rowsIn: (FakeValue | null)[][],
  extras: { top?: number; left?: number; formats?: Record<string, string>; fills?: Record<string, string>; notes?: Record<string, string>; merges?: string[]; protected?: boolean } = {},
): FakeSheetData {
  const cells: Record<string, FakeCellData> = {};
  rowsIn.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null || v === '') return;
      cells[cellA1((extras.top ?? 0) + r, (extras.left ?? 0) + c)] = { value: v };
    }),
  );
  for (const [a1, f] of Object.entries(extras.formats ?? {})) cells[a1] = { ...cells[a1], format: f };
  for (const [a1, f] of Object.entries(extras.fills ?? {})) cells[a1] = { ...cells[a1], fill: f };
  return { name, cells, merges: extras.merges, notes: extras.notes, protected: extras.protected };
}
