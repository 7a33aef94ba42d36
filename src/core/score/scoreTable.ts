import type { Profile } from '../profiles/Profile';
import type { SheetSnapshot } from '../snapshot/SheetSnapshot';
import { cellAt } from '../snapshot/address';
import type { Emit, TableModel } from '../model/readTable';
import { isNa } from '../model/readTable';
import type { Grade } from '../report/Report';
import { roundHalfUp } from './round';
import { scoreIndicator, type ScoredIndicator } from './scoreIndicator';

export interface ScoredBudget {
  row: number;
  budget: number;
  executed: number;
  rate: number;
  weight: number;
  score: number;
  inTable: boolean;
}

export interface ScoredTable {
  model: TableModel;
  indicators: ScoredIndicator[];
  budget: ScoredBudget | null;
  weightTotal: number;
  score: number;
  maxScore: number;
  normalizedScore: number;
  grade: Grade;
  subtotals: { level1: string; weight: number; score: number }[];
}

export function gradeOf(normalized: number, p: Profile): Grade {
  for (const g of p.grades) if (normalized >= g.min - 1e-9) return g.grade;
  return '差';
}

/** Weights in points: validate each, and read all-below-1 weights summing to about 1 as fractions (SPEC §1). */
function resolveWeights(s: SheetSnapshot, m: TableModel, p: Profile, emit: Emit): void {
  const ws = m.indicators.map((i) => i.weight).filter((w): w is number => w !== null);
  const fractions = ws.length > 1 && ws.every((w) => w > 0 && w < 1) && Math.abs(ws.reduce((a, b) => a + b, 0) - 1) < 0.02;
  for (let i = 0; i < m.indicators.length; i++) {
    const ind = m.indicators[i];
    if (ind.weight !== null && fractions) ind.weight = roundHalfUp(ind.weight * 100, 6);
    const cell = m.table.layout.columns.weight === undefined ? null : cellAt(s, ind.row, ind.weightCol);
    if (ind.weight === null) {
      if (isNa(cell)) emit('WEIGHT_MISSING', ind.row, ind.weightCol, { name: ind.name });
      else emit('WEIGHT_INVALID', ind.row, ind.weightCol, { name: ind.name, weight: String(cell), expectedTotal: p.expectedWeightTotal });
    } else if (ind.weight <= 0 || ind.weight > p.expectedWeightTotal) {
      emit('WEIGHT_INVALID', ind.row, ind.weightCol, { name: ind.name, weight: String(ind.weight), expectedTotal: p.expectedWeightTotal });
      ind.weight = null;
    }
  }
}

function scoreBudget(m: TableModel, p: Profile, reasonCol: number | null, s: SheetSnapshot, emit: Emit): ScoredBudget | null {
  const b = m.budget;
  if (!b || b.budget === null || b.executed === null) return null;
  if (b.budget === 0) {
    emit('BUDGET_INCONSISTENT', b.row, b.col, { kind: 'zero', label: b.label });
    return { row: b.row, budget: 0, executed: b.executed, rate: 0, weight: b.weight, score: 0, inTable: b.inTable };
  }
  const rate = roundHalfUp(b.executed / b.budget, 4);
  const score = roundHalfUp(b.weight * Math.min(1, Math.max(0, b.executed / b.budget)), p.rounding);
  if (b.statedRate !== null && Math.abs(b.statedRate - b.executed / b.budget) > 0.005 + 1e-9) {
    emit('BUDGET_INCONSISTENT', b.row, b.statedRateCol ?? b.col, { kind: 'rate', stated: roundHalfUp(b.statedRate, 4), computed: rate });
  }
  if (b.statedScore !== null && b.scoreCol !== null && Math.abs(b.statedScore - score) > p.scoreTolerance + 1e-9) {
    emit('SCORE_MISMATCH', b.row, b.scoreCol, { name: b.label, stated: b.statedScore, computed: score });
  }
  if (p.executionReasonBelow !== null && rate < p.executionReasonBelow) {
    const hasReason = reasonCol !== null && b.inTable && !isNa(cellAt(s, b.row, reasonCol));
    if (!hasReason) emit('EXECUTION_LOW_NO_REASON', b.row, reasonCol !== null && b.inTable ? reasonCol : b.col, { rate });
  }
  return { row: b.row, budget: b.budget, executed: b.executed, rate, weight: b.weight, score, inTable: b.inTable };
}

/** Scores a table: rows, budget execution, totals, subtotals, normalised score and grade (SPEC §2). */
export function scoreTable(s: SheetSnapshot, m: TableModel, p: Profile, emit: Emit): ScoredTable {
  const L = m.table.layout;
  const fb = m.table.fundsBlock;
  if (fb) {
    const num = (c: number): number => {
      const v = cellAt(s, fb.dataRow, c);
      return typeof v === 'number' ? v : 0;
    };
    const total = cellAt(s, fb.dataRow, fb.total);
    if (typeof total === 'number') {
      const parts = roundHalfUp(fb.parts.reduce((a, c) => a + num(c), 0), 6);
      if (Math.abs(total - parts) > 0.01 + 1e-9) emit('BUDGET_INCONSISTENT', fb.dataRow, fb.total, { kind: 'sum', total, parts });
    }
  }
  resolveWeights(s, m, p, emit);
  const indicators = m.indicators.map((ind) => scoreIndicator(s, ind, p, emit));
  const budget = scoreBudget(m, p, L.columns.reason ?? null, s, emit);

  const indicatorWeights = roundHalfUp(indicators.reduce((a, i) => a + (i.ind.weight ?? 0), 0), 6);
  const budgetWeight = budget ? budget.weight : 0;
  const weightTotal = roundHalfUp(indicatorWeights + budgetWeight, 6);
  const expected = p.expectedIndicatorTotal !== null ? p.expectedIndicatorTotal + (budget ? budgetWeight : 0) : p.expectedWeightTotal;
  const checkTotal = p.expectedIndicatorTotal !== null && !budget ? p.expectedIndicatorTotal : expected;
  if (Math.abs(weightTotal - checkTotal) > 0.01 + 1e-9 && indicators.length > 0) {
    emit('WEIGHT_TOTAL', L.headerEnd, L.columns.weight ?? L.columns.name!, { total: weightTotal, expected: checkTotal, budgetWeight });
  }

  const score = roundHalfUp(indicators.reduce((a, i) => a + i.score, 0) + (budget ? budget.score : 0), p.rounding);
  const maxScore = weightTotal;
  const normalizedScore = p.normalize ? (maxScore > 0 ? roundHalfUp((score * 100) / maxScore, 2) : 0) : score;

  if (m.total && m.total.stated !== null && m.total.scoreCol !== null) {
    const stated = indicators.map((i) => i.ind.statedScore).filter((x): x is number => x !== null);
    const budgetStated = m.budget?.statedScore ?? null;
    if (stated.length > 0 || budgetStated !== null) {
      const sum = roundHalfUp(stated.reduce((a, b) => a + b, 0) + (budgetStated ?? 0), 6);
      if (Math.abs(sum - m.total.stated) > p.scoreTolerance + 1e-9) emit('TOTAL_MISMATCH', m.total.row, m.total.scoreCol, { stated: m.total.stated, sum });
    }
  }

  const subtotals: ScoredTable['subtotals'] = [];
  for (let j = 0; j < indicators.length; j++) {
    const i = indicators[j];
    let st = subtotals.find((x) => x.level1 === i.ind.level1);
    if (!st) subtotals.push((st = { level1: i.ind.level1, weight: 0, score: 0 }));
    st.weight = roundHalfUp(st.weight + (i.ind.weight ?? 0), 6);
    st.score = roundHalfUp(st.score + i.score, p.rounding);
  }
  return { model: m, indicators, budget, weightTotal, score, maxScore, normalizedScore, grade: gradeOf(normalizedScore, p), subtotals };
}
