import type { CellValue, SheetSnapshot } from '../snapshot/SheetSnapshot';
import { cellAt, formatAt, fromA1, isBlank, toA1 } from '../snapshot/address';
import type { RenderedFinding } from '../findings/catalogue';
import type { ScoredTable } from '../score/scoreTable';
import { formatNumber } from '../findings/formatNumber';
import type { Locale } from '../index';
import { SHEET_LABELS } from './labels';
import { CellTable } from './CellTable';
import { ledgerEntry } from './ledgerEntry';
import type { FillWrite, LedgerEntry, NoteWrite, SheetLedger, ValueBlock, WritePlan } from './WritePlan';

export const FILL_ERROR = '#FFC7CE';
export const FILL_WARNING = '#FFEB9C';
const PERCENT_FORMAT = '0.00%';
const SCORE_FORMAT = '0.00';

/** What this run writes into one cell. Every field is always there (one object shape); undefined = not written. */
interface Desired {
  row: number;
  col: number;
  /** A value is written (the value itself may be null). */
  hasValue: boolean;
  value: CellValue;
  format: string | undefined;
  fill: string | undefined;
  note: string | undefined;
}

export interface PlanInput {
  /** The sheet with the previous run's writes undone. */
  virgin: SheetSnapshot;
  /** findings[i] is where rendered[i] was raised (0-based row and column), sorted by row, then column. */
  tables: { scored: ScoredTable; findings: readonly { row: number; col: number }[]; rendered: RenderedFinding[] }[];
  previous: SheetLedger | null;
  profile: string;
  locale: Locale;
  now: string;
}

/** Cells already wanted, in the order first wanted (which orders the scattered writes, fills and notes). */
type DesiredCells = CellTable<Desired>;

function columnFree(s: SheetSnapshot, col: number, top: number, bottom: number, taken: DesiredCells): boolean {
  for (let r = top; r <= bottom; r++) {
    if (!isBlank(cellAt(s, r, col)) || (taken.size > 0 && taken.has(r, col))) return false;
  }
  for (const m of s.merges) if (m.left <= col && col <= m.right && m.top <= bottom && top <= m.bottom) return false;
  return true;
}

/** Whether any of rendered[from..to) has the severity. */
function severityIn(rendered: readonly RenderedFinding[], from: number, to: number, severity: RenderedFinding['severity']): boolean {
  for (let i = from; i < to; i++) if (rendered[i].severity === severity) return true;
  return false;
}

/** Output columns, 校验提示, summary line, fills and notes for every table; restores what the last run wrote and no longer needs. */
export function buildPlan(input: PlanInput): WritePlan {
  const { virgin: s, locale } = input;
  const T = SHEET_LABELS[locale];
  const desired: DesiredCells = new CellTable();
  const at = (row: number, col: number): Desired =>
    desired.get(row, col) ?? desired.add({ row, col, hasValue: false, value: null, format: undefined, fill: undefined, note: undefined });
  /** A value (and its number format, when given) for the cell; a later want overrides an earlier one. */
  const wantValue = (row: number, col: number, value: CellValue, format?: string): void => {
    const d = at(row, col);
    d.hasValue = true;
    d.value = value;
    if (format) d.format = format;
  };
  const wantHighlight = (row: number, col: number, fill: string, note: string): void => {
    const d = at(row, col);
    d.fill = fill;
    d.note = note;
  };
  const blocks: ValueBlock[] = [];

  for (const { scored, findings, rendered } of input.tables) {
    const L = scored.model.table.layout;
    const hasScoreCol = L.columns.score !== undefined;
    const k = hasScoreCol ? 2 : 3;
    const summaryRow = L.lastRow + 1;
    // No cell of this table is wanted yet: `desired` holds exactly the earlier tables' cells.
    let c0 = L.right + 1;
    for (;;) {
      let ok = true;
      for (let i = 0; i < k && ok; i++) ok = columnFree(s, c0 + i, L.headerRow, summaryRow, desired);
      if (ok) break;
      c0++;
    }
    const rows = summaryRow - L.headerEnd + 1;
    const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(k).fill(null));
    const formats: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(k).fill(null));
    const put = (row: number, i: number, v: CellValue, fmt?: string): void => {
      values[row - L.headerEnd][i] = v;
      if (fmt) formats[row - L.headerEnd][i] = fmt;
      wantValue(row, c0 + i, v, fmt);
    };
    const remarksIdx = k - 1;
    put(L.headerEnd, 0, T.attainment);
    if (!hasScoreCol) put(L.headerEnd, 1, T.score);
    put(L.headerEnd, remarksIdx, T.remarks);

    // 【错误】message, once per finding: the 校验提示 of its row and the note of its cell share the string (and a
    // single finding, the usual case, is its own text without a join). Findings are sorted by row, then column, so a
    // row's (or a cell's) findings are the run rendered[from..to).
    const tagged = rendered.map((f) => `【${T.severity[f.severity]}】${f.message}`);
    const remarkText = (from: number, to: number): string => (to - from === 1 ? tagged[from] : tagged.slice(from, to).join('\n'));
    // Indexed loops over the per-cell lists: buildPlan runs once per call, largely before the optimiser steps in, and
    // an unoptimised for…of allocates an iterator result per element.
    for (let j = 0; j < scored.indicators.length; j++) {
      const ind = scored.indicators[j];
      const r = ind.ind.row;
      if (ind.attainment !== null) put(r, 0, ind.attainment, PERCENT_FORMAT);
      if (!hasScoreCol) put(r, 1, ind.score, SCORE_FORMAT);
      else if (isBlank(cellAt(s, r, L.columns.score!))) wantValue(r, L.columns.score!, ind.score, SCORE_FORMAT);
    }
    const b = scored.budget;
    if (b && b.inTable) {
      put(b.row, 0, b.rate, PERCENT_FORMAT);
      if (!hasScoreCol) put(b.row, 1, b.score, SCORE_FORMAT);
      else if (isBlank(cellAt(s, b.row, L.columns.score!))) wantValue(b.row, L.columns.score!, b.score, SCORE_FORMAT);
    }
    for (let from = 0, to = 0; from < findings.length; from = to) {
      const r = findings[from].row;
      while (to < findings.length && findings[to].row === r) to++;
      if (r > L.headerEnd && r <= L.lastRow) put(r, remarksIdx, remarkText(from, to));
    }
    const errors = rendered.filter((f) => f.severity === 'error').length;
    const warnings = rendered.filter((f) => f.severity === 'warning').length;
    const totalText = `${T.total} ${scored.score.toFixed(2)}/${formatNumber(scored.maxScore)}`;
    const gradeText = `${T.normalized} ${scored.normalizedScore.toFixed(2)} · ${T.grade} ${scored.grade}`;
    const countText = `${T.errors} ${errors} · ${T.warnings} ${warnings}`;
    if (k === 3) {
      put(summaryRow, 0, totalText);
      put(summaryRow, 1, gradeText);
    } else put(summaryRow, 0, `${totalText} · ${gradeText}`);
    put(summaryRow, remarksIdx, countText);
    blocks.push({ row: L.headerEnd, col: c0, values, formats });

    // Highlights: error fill beats warning; a note lists every finding on the cell.
    for (let from = 0, to = 0; from < findings.length; from = to) {
      const { row, col } = findings[from];
      while (to < findings.length && findings[to].row === row && findings[to].col === col) to++;
      const sev = severityIn(rendered, from, to, 'error') ? FILL_ERROR : severityIn(rendered, from, to, 'warning') ? FILL_WARNING : null;
      if (sev) wantHighlight(row, col, sev, remarkText(from, to));
    }
  }

  // Own-score cells and highlights are scattered: one block or write per cell.
  const tableBlocks = blocks.slice();
  const inTableBlock = (row: number, col: number): boolean => {
    for (const bl of tableBlocks) {
      if (row >= bl.row && row < bl.row + bl.values.length && col >= bl.col && col < bl.col + bl.values[row - bl.row].length) return true;
    }
    return false;
  };
  const fills: FillWrite[] = [];
  const notes: NoteWrite[] = [];
  const inOrder = desired.inOrder();
  for (let i = 0; i < inOrder.length; i++) {
    const d = inOrder[i];
    const { row, col } = d;
    if (d.hasValue && !inTableBlock(row, col)) blocks.push({ row, col, values: [[d.value ?? '']], formats: d.format ? [[d.format]] : undefined });
    if (d.fill !== undefined) fills.push({ row, col, color: d.fill });
    if (d.note !== undefined) notes.push({ row, col, text: d.note });
  }
  // The ledger lists the cells by row, then column. The sheet's fills and notes as Maps: looking a fresh A1 string up
  // in an object interns it first, a Map only hashes it.
  const oldFills = new Map(Object.entries(s.fills ?? {}));
  const oldNotes = new Map(Object.entries(s.notes ?? {}));
  const entries: LedgerEntry[] = [];
  const byPosition = desired.byPosition();
  for (let i = 0; i < byPosition.length; i++) {
    const d = byPosition[i];
    const a1 = toA1(d.row, d.col);
    entries.push(
      ledgerEntry(
        a1,
        d.hasValue ? cellAt(s, d.row, d.col) : undefined,
        d.hasValue && d.format !== undefined ? formatAt(s, d.row, d.col) : undefined,
        d.fill !== undefined ? oldFills.get(a1) ?? null : undefined,
        d.note !== undefined ? oldNotes.get(a1) ?? null : undefined,
      ),
    );
  }
  const plan: WritePlan = {
    sheet: s.name,
    values: blocks,
    fills,
    notes,
    ledger: entries.length ? { sheet: s.name, profile: input.profile, scoredAt: input.now, entries } : null,
  };
  // Restore what the previous run wrote and this one does not.
  const previous = input.previous?.entries ?? [];
  for (let i = 0; i < previous.length; i++) {
    const old = previous[i];
    const { row, col } = fromA1(old.cell);
    // Matched by the exact A1 text, as a ledger written by this code spells it ('a1' or '$A$1' match nothing).
    pushRestore(plan, old, row, col, toA1(row, col) === old.cell ? desired.get(row, col) : undefined);
  }
  return plan;
}

/** Appends the writes that put back what a ledger entry remembers, except what `written` (this run) writes itself. */
function pushRestore(plan: WritePlan, e: LedgerEntry, row: number, col: number, written?: Desired): void {
  if ('value' in e && !written?.hasValue) {
    plan.values.push({ row, col, values: [[e.value ?? '']], formats: 'format' in e ? [[e.format ?? 'General']] : undefined });
  }
  if ('fill' in e && written?.fill === undefined) plan.fills.push({ row, col, color: e.fill ?? null });
  if ('note' in e && written?.note === undefined) plan.notes.push({ row, col, text: e.note ?? null });
}

/** The plan that puts back everything the ledger names and drops the sheet's ledger entry. */
export function buildClearPlan(sheet: string, ledger: SheetLedger | null): WritePlan {
  const plan: WritePlan = { sheet, values: [], fills: [], notes: [], ledger: null };
  for (const e of ledger?.entries ?? []) {
    const { row, col } = fromA1(e.cell);
    pushRestore(plan, e, row, col);
  }
  return plan;
}
