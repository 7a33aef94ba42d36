import type { SheetSnapshot } from '../snapshot/SheetSnapshot';
import { cellAt, isBlank, lastCol, lastRow } from '../snapshot/address';
import { normalizeHeader, normalizeText } from '../parse';
import type { BudgetBlockLayout, ColumnRole, DetectedTable, FundsBlockLayout } from '../model/Table';
import { BUDGET_HEADERS, HEADER_SYNONYMS, TITLE_LABELS, TOTAL_LABELS, type BudgetRole, type HeaderRole } from './headerSynonyms';

interface HeaderHit {
  row: number;
  columns: Partial<Record<ColumnRole, number>>;
  targetAdjusted: number | null;
}

function text(s: SheetSnapshot, row: number, col: number): string {
  const v = cellAt(s, row, col);
  return v === null ? '' : String(v);
}

/** Roles of a row's cells when the row is an indicator header, else null. */
export function matchHeaderRow(s: SheetSnapshot, row: number): HeaderHit | null {
  const found: Partial<Record<HeaderRole, number>> = {};
  for (let c = s.left; c <= lastCol(s); c++) {
    const v = cellAt(s, row, c);
    if (typeof v !== 'string') continue;
    const role = HEADER_SYNONYMS[normalizeHeader(v)];
    if (role && found[role] === undefined) found[role] = c;
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

function matchBudgetHeader(s: SheetSnapshot, row: number): BudgetBlockLayout | null {
  const columns: Partial<Record<BudgetRole, number>> = {};
  for (let c = s.left; c <= lastCol(s); c++) {
    const v = cellAt(s, row, c);
    if (typeof v !== 'string') continue;
    const role = BUDGET_HEADERS[normalizeHeader(v)];
    if (role && columns[role] === undefined) columns[role] = c;
  }
  const hasBudget = columns.budget !== undefined || columns.adjusted !== undefined || columns.initial !== undefined;
  if (!hasBudget || columns.executed === undefined) return null;
  return { headerRow: row, dataRow: row + 1, columns };
}

const FUNDS_TOTAL = new Set(['资金总额', '年度资金总额']);
const FUNDS_PARTS = new Set(['财政拨款', '其他资金']);

function matchFundsBlock(s: SheetSnapshot, row: number): FundsBlockLayout | null {
  let total: number | null = null;
  const parts: number[] = [];
  for (let c = s.left; c <= lastCol(s); c++) {
    const v = cellAt(s, row, c);
    if (typeof v !== 'string') continue;
    const t = normalizeHeader(v);
    if (FUNDS_TOTAL.has(t) && total === null) total = c;
    else if (FUNDS_PARTS.has(t)) parts.push(c);
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

function isTitleRow(s: SheetSnapshot, row: number, right: number): boolean {
  for (let c = s.left; c <= right; c++) {
    const t = text(s, row, c);
    if (!t) continue;
    const n = normalizeText(t);
    if (TITLE_LABELS.has(normalizeHeader(t)) || n.includes('绩效自评表')) return true;
  }
  return false;
}

/** Every indicator table on the sheet, top to bottom (SPEC §1: header anywhere, several tables, budget blocks). */
export function detectTables(s: SheetSnapshot): DetectedTable[] {
  const tables: DetectedTable[] = [];
  const bottom = lastRow(s);
  let budgetBlock: BudgetBlockLayout | null = null;
  let fundsBlock: FundsBlockLayout | null = null;
  let r = s.top;
  while (r <= bottom) {
    const hit = matchHeaderRow(s, r);
    if (!hit) {
      budgetBlock = matchBudgetHeader(s, r) ?? budgetBlock;
      fundsBlock = matchFundsBlock(s, r) ?? fundsBlock;
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
      if (matchHeaderRow(s, row) || matchBudgetHeader(s, row) || isTitleRow(s, row, right)) break;
      if (isTotalRow(s, row, right)) {
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
