import type { SheetSnapshot } from '../snapshot/SheetSnapshot';
import { cellAt, isBlank, lastCol, lastRow } from '../snapshot/address';
import { normalizeHeader, normalizeText } from '../parse';
import type { BudgetBlockLayout, ColumnRole, DetectedTable, FundsBlockLayout } from '../model/Table';
import { BUDGET_HEADERS, HEADER_SYNONYMS, TITLE_LABELS, TOTAL_LABELS, type BudgetRole, type HeaderRole } from './headerSynonyms';

/**
 * The synonym tables as Maps: every string cell of every row is looked up, and an object lookup by an arbitrary string
 * first interns it (and walks the prototype on a miss); a Map hashes it once.
 */
const HEADER_ROLES = new Map(Object.entries(HEADER_SYNONYMS));
const BUDGET_ROLES = new Map(Object.entries(BUDGET_HEADERS));

interface HeaderHit {
  row: number;
  columns: Partial<Record<ColumnRole, number>>;
  targetAdjusted: number | null;
}

/**
 * One scan of a sheet: the last column, computed once (lastCol walks every row), and each row's string cells
 * normalised once (normalizeText and normalizeHeader), however many matchers look at the row. The matchers look at
 * one row after another, so only the latest row is kept, in one RowTexts whose arrays are refilled for each row (a
 * sheet of 100k rows would otherwise allocate and then promote 400k arrays): a RowTexts is valid until the next call.
 */
class RowScan {
  readonly right: number;
  private lastRow = -1;
  private readonly t: RowTexts = { count: 0, cols: [], text: [], header: [], firstCol: -1, first: null };
  constructor(readonly s: SheetSnapshot) {
    this.right = lastCol(s);
  }
  texts(row: number): RowTexts {
    const t = this.t;
    if (this.lastRow === row) return t;
    const { s, right } = this;
    // Overwritten in place up to `count` (setting length = 0 would free the arrays' storage).
    t.count = 0;
    t.firstCol = -1;
    t.first = null;
    const r = s.values[row - s.top];
    if (r) {
      for (let c = s.left; c <= right; c++) {
        const v = r[c - s.left];
        if (v === undefined || v === null) continue;
        if (typeof v !== 'string') {
          // A number or boolean is never a header, title or total label (its text has no CJK).
          if (t.firstCol < 0) t.firstCol = c;
          continue;
        }
        const n = normalizeText(v);
        const h = normalizeHeader(n);
        t.cols[t.count] = c;
        t.text[t.count] = n;
        t.header[t.count] = h;
        t.count++;
        if (t.firstCol < 0 && v.trim() !== '') {
          t.firstCol = c;
          t.first = h;
        }
      }
    }
    this.lastRow = row;
    return t;
  }
}

interface RowTexts {
  /** How many string cells the row has: the arrays below are valid up to here (they keep longer rows' leftovers). */
  count: number;
  /** Columns of the row's string cells, left to right. */
  cols: number[];
  /** normalizeText of each. */
  text: string[];
  /** normalizeHeader of each. */
  header: string[];
  /** Column of the first non-blank cell (isBlank), -1 when none. */
  firstCol: number;
  /** normalizeHeader of that cell when it is a string, else null (a number or boolean is never a total label). */
  first: string | null;
}

function headerRowOf(scan: RowScan, row: number): HeaderHit | null {
  const found: Partial<Record<HeaderRole, number>> = {};
  const t = scan.texts(row);
  for (let i = 0; i < t.count; i++) {
    const role = HEADER_ROLES.get(t.header[i]);
    if (role && found[role] === undefined) found[role] = t.cols[i];
  }
  const nameCol = found.level3 ?? found.name;
  if (nameCol === undefined || found.target === undefined) return null;
  if (found.actual === undefined && found.weight === undefined) return null;
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const role of ['level1', 'level2', 'operator', 'target', 'unit', 'weight', 'actual', 'score', 'reason'] as const) {
    if (found[role] !== undefined) columns[role] = found[role];
  }
  columns.name = nameCol;
  return { row, columns, targetAdjusted: found.targetAdjusted ?? null };
}

/** Roles of a row's cells when the row is an indicator header, else null. */
export function matchHeaderRow(s: SheetSnapshot, row: number): HeaderHit | null {
  return headerRowOf(new RowScan(s), row);
}

function matchBudgetHeader(scan: RowScan, row: number): BudgetBlockLayout | null {
  const columns: Partial<Record<BudgetRole, number>> = {};
  const t = scan.texts(row);
  for (let i = 0; i < t.count; i++) {
    const role = BUDGET_ROLES.get(t.header[i]);
    if (role && columns[role] === undefined) columns[role] = t.cols[i];
  }
  const hasBudget = columns.budget !== undefined || columns.adjusted !== undefined || columns.initial !== undefined;
  if (!hasBudget || columns.executed === undefined) return null;
  return { headerRow: row, dataRow: row + 1, columns };
}

const FUNDS_TOTAL = new Set(['资金总额', '年度资金总额']);
const FUNDS_PARTS = new Set(['财政拨款', '其他资金']);

function matchFundsBlock(scan: RowScan, row: number): FundsBlockLayout | null {
  let total: number | null = null;
  const parts: number[] = [];
  const t = scan.texts(row);
  for (let i = 0; i < t.count; i++) {
    const h = t.header[i];
    if (FUNDS_TOTAL.has(h) && total === null) total = t.cols[i];
    else if (FUNDS_PARTS.has(h)) parts.push(t.cols[i]);
  }
  if (total === null || parts.length === 0) return null;
  return { labelRow: row, dataRow: row + 1, total, parts };
}

/** First non-empty cell of the row, from column A — a total label may sit left of the table in a merged cell. */
export function firstText(s: SheetSnapshot, row: number, right: number): string {
  for (let c = s.left; c <= right; c++) {
    const v = cellAt(s, row, c);
    if (!isBlank(v)) return normalizeHeader(String(v));
  }
  return '';
}

export function isTotalRow(s: SheetSnapshot, row: number, right: number): boolean {
  return TOTAL_LABELS.has(firstText(s, row, right));
}

function rowEmpty(s: SheetSnapshot, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!isBlank(cellAt(s, row, c))) return false;
  return true;
}

function isTitleRow(scan: RowScan, row: number, right: number): boolean {
  const t = scan.texts(row);
  for (let i = 0; i < t.count && t.cols[i] <= right; i++) {
    if (t.text[i] === '') continue;
    if (TITLE_LABELS.has(t.header[i]) || t.text[i].includes('绩效自评表')) return true;
  }
  return false;
}

/** isTotalRow over the scan's cache: the first non-blank cell up to `right` reads 合计 / 总分 / 总计. */
function scanTotalRow(scan: RowScan, row: number, right: number): boolean {
  const t = scan.texts(row);
  return t.first !== null && t.firstCol <= right && TOTAL_LABELS.has(t.first);
}

/** Every indicator table on the sheet, top to bottom (SPEC §1: header anywhere, several tables, budget blocks). */
export function detectTables(s: SheetSnapshot): DetectedTable[] {
  const tables: DetectedTable[] = [];
  const bottom = lastRow(s);
  let budgetBlock: BudgetBlockLayout | null = null;
  let fundsBlock: FundsBlockLayout | null = null;
  const scan = new RowScan(s);
  let r = s.top;
  while (r <= bottom) {
    const hit = headerRowOf(scan, r);
    if (!hit) {
      budgetBlock = matchBudgetHeader(scan, r) ?? budgetBlock;
      fundsBlock = matchFundsBlock(scan, r) ?? fundsBlock;
      r++;
      continue;
    }
    const cols = Object.values(hit.columns) as number[];
    if (hit.targetAdjusted !== null) cols.push(hit.targetAdjusted);
    const left = Math.min(...cols);
    const right = Math.max(...cols);
    let last = hit.row;
    let emptyRun = 0;
    let row = hit.row + 1;
    for (; row <= bottom; row++) {
      if (headerRowOf(scan, row) || matchBudgetHeader(scan, row) || isTitleRow(scan, row, right)) break;
      if (scanTotalRow(scan, row, right)) {
        last = row;
        row++;
        break;
      }
      if (rowEmpty(s, row, left, right)) {
        if (++emptyRun >= 2) break;
        continue;
      }
      emptyRun = 0;
      last = row;
    }
    if (last > hit.row) {
      tables.push({
        layout: { headerRow: hit.row, headerEnd: hit.row, firstRow: hit.row + 1, lastRow: last, left, right, columns: hit.columns },
        targetAdjustedCol: hit.targetAdjusted,
        budgetBlock: budgetBlock && budgetBlock.dataRow < hit.row ? budgetBlock : null,
        fundsBlock: fundsBlock && fundsBlock.dataRow < hit.row ? fundsBlock : null,
      });
    }
    budgetBlock = null;
    fundsBlock = null;
    r = Math.max(row, hit.row + 1);
  }
  return tables;
}
