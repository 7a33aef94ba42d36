import type { SheetSnapshot, CellValue } from '../snapshot/SheetSnapshot';
import { cellAt, formatAt, isBlank, toA1 } from '../snapshot/address';
import {
  isPercentFormat, isPlaceholderText, normalizeHeader, normalizeText, numberCellValue, parseOperatorCell, parseValue, stripTemplateNumber,
} from '../parse';
import type { FindingCode, FindingParams } from '../findings/catalogue';
import type { DetectedTable, ParsedValue } from './Table';
import type { BudgetExecution, Indicator, TotalRow } from './Indicator';
import { isTotalRow } from '../detect/detectTables';

export type Emit = <K extends FindingCode>(code: K, row: number, col: number, params: FindingParams[K]) => void;

export interface TableModel {
  table: DetectedTable;
  indicators: Indicator[];
  budget: BudgetExecution | null;
  /** In-table budget sub-rows (其中：财政拨款 …): information only. */
  budgetInfoRows: number[];
  total: TotalRow | null;
}

const BUDGET_LEADS = ['预算执行情况', '项目资金', '年度资金总额', '资金总额', '年度财政资金总额'];
const BUDGET_SUBS = ['其中', '财政拨款', '财政资金', '上年结转', '其他资金', '单位资金', '财政专户'];
const NA = new Set(['/', '／', '-', '—', '——', '无', 'N/A', 'n/a']);

function str(v: CellValue): string {
  return v === null ? '' : normalizeText(String(v));
}

/** Display name of a level label: '产出指标(50分)' → '产出指标'; a label that is only '(50分)' stays as written. */
function levelName(v: CellValue): string {
  const raw = str(v);
  return normalizeHeader(raw) || raw;
}

function pointsInLabel(...labels: string[]): number | null {
  for (const l of labels) {
    const m = /[(（](\d+(?:\.\d+)?)分[)）]/.exec(l);
    if (m) return Number(m[1]);
  }
  return null;
}

function numberOf(p: ParsedValue): number | null {
  if (p.number === null) return null;
  return p.percentFormat ? p.number * 100 : p.number;
}

/** The cell's number, a %-formatted one scaled (0.86 → 86); null for a column the table lacks. */
function scaledAt(s: SheetSnapshot, row: number, col: number | undefined): number | null {
  return col === undefined ? null : numberOf(parseAt(s, row, col));
}

/** 预算执行情况 / 项目资金 … (after normalizeHeader, so 项目资金(万元) counts). */
function isBudgetLead(label: string): boolean {
  if (label === '') return false;
  const h = normalizeHeader(label);
  return BUDGET_LEADS.some((b) => h.startsWith(b));
}

function isBudgetSub(label: string): boolean {
  return BUDGET_SUBS.some((b) => label.includes(b));
}

function allBlank(s: SheetSnapshot, row: number, cols: readonly number[]): boolean {
  for (const col of cols) if (!isBlank(cellAt(s, row, col))) return false;
  return true;
}

export function isNa(v: CellValue): boolean {
  return isBlank(v) || (typeof v === 'string' && NA.has(normalizeText(v)));
}

function budgetFromBlock(s: SheetSnapshot, t: DetectedTable, defaultWeight: number): BudgetExecution | null {
  const b = t.budgetBlock;
  if (!b) return null;
  const num = (col: number | undefined): number | null => scaledAt(s, b.dataRow, col);
  const budgetCol = b.columns.adjusted ?? b.columns.budget ?? b.columns.initial!;
  const budget = num(b.columns.adjusted) ?? num(b.columns.budget) ?? num(b.columns.initial);
  const rateCol = b.columns.rate ?? null;
  const rateCell = rateCol === null ? null : parseValue(cellAt(s, b.dataRow, rateCol), formatAt(s, b.dataRow, rateCol));
  let statedRate: number | null = null;
  if (rateCell && rateCell.number !== null) {
    statedRate = rateCell.percentFormat ? rateCell.number : rateCell.unit ? rateCell.number / 100 : rateCell.number > 1.5 ? rateCell.number / 100 : rateCell.number;
  }
  return {
    row: b.dataRow,
    budget,
    executed: num(b.columns.executed),
    col: budgetCol,
    weight: num(b.columns.weight) ?? defaultWeight,
    statedRate,
    statedRateCol: rateCol,
    statedScore: num(b.columns.score),
    scoreCol: b.columns.score ?? null,
    inTable: false,
    label: str(cellAt(s, b.headerRow, s.left)),
  };
}

/** Reads the rows of a detected table into indicators, budget execution and the total row (SPEC §1). */
export function readTable(s: SheetSnapshot, t: DetectedTable, defaultBudgetWeight: number, emit: Emit): TableModel {
  const L = t.layout;
  const c = L.columns;
  const nameCol = c.name!;
  const indicators: Indicator[] = [];
  const budgetInfoRows: number[] = [];
  let budget = budgetFromBlock(s, t, defaultBudgetWeight);
  let total: TotalRow | null = null;
  let level1 = '';
  let level2 = '';
  let prev: 'indicator' | 'budget' | 'other' = 'other';
  /** level1|level2|name → the row it first appeared on. */
  const seen = new Map<string, number>();
  const at = (row: number, col: number | undefined): CellValue => (col === undefined ? null : cellAt(s, row, col));
  const valueCols = [c.operator, c.target, t.targetAdjustedCol ?? undefined, c.unit, c.weight, c.actual, c.score, c.reason]
    .filter((col): col is number => col !== undefined);
  /** Without level columns, a budget lead (项目资金 …) sits in the name column. */
  const leadInName = c.level1 === undefined && c.level2 === undefined;

  for (let row = L.firstRow; row <= L.lastRow; row++) {
    if (isTotalRow(s, row, L.right)) {
      total = { row, stated: c.score !== undefined ? numberAt(s, row, c.score) : null, scoreCol: c.score ?? null };
      prev = 'other';
      continue;
    }
    const l1Cell = at(row, c.level1);
    const l2Cell = at(row, c.level2);
    const nameCell = at(row, nameCol);
    const l1Text = str(l1Cell);
    const l2Text = str(l2Cell);
    const nameText = str(nameCell);
    const valuesBlank = allBlank(s, row, valueCols);

    const isLead = leadInName ? isBudgetLead(nameText) : isBudgetLead(l1Text) || isBudgetLead(l2Text);
    if (isLead && !budget) {
      budget = {
        row,
        budget: scaledAt(s, row, c.target),
        executed: scaledAt(s, row, c.actual),
        col: c.target ?? nameCol,
        weight: scaledAt(s, row, c.weight) ?? pointsInLabel(l1Text, l2Text, nameText) ?? defaultBudgetWeight,
        statedRate: null,
        statedRateCol: null,
        statedScore: scaledAt(s, row, c.score),
        scoreCol: c.score ?? null,
        inTable: true,
        label: l1Text || l2Text || nameText,
      };
      prev = 'budget';
      continue;
    }
    if ((prev === 'budget' && (isBudgetSub(l1Text) || isBudgetSub(l2Text) || isBudgetSub(nameText))) || isLead) {
      budgetInfoRows.push(row);
      prev = 'budget';
      continue;
    }

    if (!isBlank(l1Cell)) {
      level1 = levelName(l1Cell);
      level2 = '';
    }
    if (!isBlank(l2Cell)) level2 = levelName(l2Cell);

    if (isBlank(nameCell) && valuesBlank) {
      prev = 'other';
      continue;
    }

    const nameOnly = !isBlank(nameCell) && valuesBlank && isBlank(l1Cell) && isBlank(l2Cell);
    const targetCell = at(row, c.target);
    const actualCell = at(row, c.actual);
    const placeholderName = isPlaceholderText(nameText) || stripTemplateNumber(nameText) === '';
    if (placeholderName && !isBlank(nameCell) && isNa(targetCell) && isNa(actualCell)) {
      emit('PLACEHOLDER_ROW', row, nameCol, { text: nameText });
      prev = 'other';
      continue;
    }
    if (nameOnly && prev === 'indicator' && !placeholderName) {
      const last = indicators[indicators.length - 1];
      emit('ROW_CONTINUATION', row, nameCol, { fragment: nameText, joinedTo: last.name });
      last.name += stripTemplateNumber(nameText);
      continue;
    }
    if (isBlank(nameCell) && (c.weight === undefined || isBlank(at(row, c.weight)))) {
      prev = 'other';
      continue;
    }

    indicators.push(readIndicator(s, t, row, nameText, level1, level2, emit));
    const ind = indicators[indicators.length - 1];
    if ((c.level1 !== undefined && !level1) || (c.level2 !== undefined && !level2 && c.level1 === undefined)) {
      emit('HIERARCHY_MISSING', row, nameCol, { name: ind.name });
    }
    const key = `${ind.level1}|${ind.level2}|${ind.name}`;
    const first = seen.get(key);
    if (first !== undefined) emit('DUPLICATE_INDICATOR', row, nameCol, { name: ind.name, firstCell: toA1(first, nameCol) });
    else seen.set(key, row);
    prev = 'indicator';
  }
  return { table: t, indicators, budget, budgetInfoRows, total };
}

/** The parsed cell (an empty value for a column the table lacks). */
function parseAt(s: SheetSnapshot, row: number, col: number | undefined): ParsedValue {
  return col === undefined ? parseValue(null, 'General') : parseValue(cellAt(s, row, col), formatAt(s, row, col));
}

// Weight and 得分 cells are nearly always numbers: those are read without a ParsedValue (numberCellValue); text
// (50分, 3%) goes through parseValue as before.

/** The weight in points: a number without an operator, a %-formatted one scaled (3% stored 0.03 → 3). */
function weightAt(s: SheetSnapshot, row: number, col: number): number | null {
  const raw = cellAt(s, row, col);
  const format = formatAt(s, row, col);
  if (typeof raw === 'number') {
    const n = numberCellValue(raw, format);
    return n !== null && isPercentFormat(format) ? n * 100 : n;
  }
  const v = parseValue(raw, format);
  if (v.number === null || v.operator) return null;
  return v.percentFormat ? v.number * 100 : v.number;
}

/** The cell's number as parseValue reads it (stored value, not scaled by a % format). */
function numberAt(s: SheetSnapshot, row: number, col: number): number | null {
  const raw = cellAt(s, row, col);
  const format = formatAt(s, row, col);
  return typeof raw === 'number' ? numberCellValue(raw, format) : parseValue(raw, format).number;
}

/** `nameText` is the name cell's normalizeText. */
function readIndicator(s: SheetSnapshot, t: DetectedTable, row: number, nameText: string, level1: string, level2: string, emit: Emit): Indicator {
  const c = t.layout.columns;
  const nameCol = c.name!;
  let targetCol = c.target!;
  let target = parseAt(s, row, targetCol);
  if (t.targetAdjustedCol !== null && !isNa(cellAt(s, row, t.targetAdjustedCol))) {
    targetCol = t.targetAdjustedCol;
    target = parseAt(s, row, targetCol);
  }
  const actualCol = c.actual ?? targetCol;
  const actual = parseAt(s, row, c.actual);
  const name = stripTemplateNumber(nameText) || level2;

  // Operator: its own column first, else inside the target cell.
  let operator = null as Indicator['operator'];
  let operatorCol = c.operator ?? targetCol;
  let operatorText = '';
  let ambiguous = false;
  let unknown = false;
  const opCell = c.operator !== undefined ? cellAt(s, row, c.operator) : null;
  if (c.operator !== undefined && !isBlank(opCell)) {
    const p = parseOperatorCell(String(opCell));
    operatorText = str(opCell);
    if (!p.known) unknown = true;
    else if (p.operator) {
      operator = p.operator;
      ambiguous = p.ambiguous;
    }
  }
  if (!operator && !unknown) {
    if (target.operator) {
      operator = target.operator;
      operatorCol = targetCol;
      operatorText = target.operatorText ?? '';
      ambiguous = target.operatorAmbiguous;
    } else if (target.operatorUnknownText) {
      unknown = true;
      operatorCol = targetCol;
      operatorText = target.operatorUnknownText;
    }
  }
  let missing = false;
  if (!operator && !unknown) {
    const textual = target.number === null && target.text !== '' && !isNa(cellAt(s, row, targetCol));
    if (textual || target.date) operator = 'QUAL';
    else if (target.number !== null) missing = true;
  }
  if (unknown) {
    emit('OPERATOR_UNKNOWN', row, operatorCol, { name, text: operatorText });
  } else if (ambiguous) {
    emit('OPERATOR_AMBIGUOUS', row, operatorCol, { name, text: operatorText, assumed: operator === 'GE' ? '≥' : '≤' });
  }

  // Unit: its own column, else the target cell, else the actual cell.
  let unit: string | null = null;
  let unitCol = c.unit ?? targetCol;
  const unitCell = c.unit !== undefined ? cellAt(s, row, c.unit) : null;
  if (c.unit !== undefined && !isNa(unitCell)) {
    unit = str(unitCell);
  } else if (target.unit) {
    unit = target.unit;
    unitCol = targetCol;
  } else if (actual.unit) {
    unit = actual.unit;
    unitCol = actualCol;
  }

  const weightCol = c.weight ?? nameCol;
  const weight = c.weight !== undefined ? weightAt(s, row, c.weight) : null;
  const scoreCol = c.score ?? null;
  const statedScore = scoreCol !== null ? numberAt(s, row, scoreCol) : null;
  const reasonCol = c.reason ?? null;
  return {
    row,
    level1,
    level2,
    name,
    nameCol,
    operator: missing ? null : operator,
    operatorCol,
    operatorText,
    operatorAmbiguous: ambiguous,
    operatorUnknown: unknown,
    operatorMissing: missing,
    target,
    targetCol,
    actual,
    actualCol,
    unit,
    unitCol,
    weightCol,
    weight,
    statedScore,
    scoreCol,
    reasonCol,
    reasonEmpty: reasonCol !== null && isBlank(cellAt(s, row, reasonCol)),
  };
}
