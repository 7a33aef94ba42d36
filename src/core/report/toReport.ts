import { rangeA1 } from '../snapshot/address';
import type { RenderedFinding } from '../findings/catalogue';
import type { ScoredTable } from '../score/scoreTable';
import type { TableReport } from './Report';

/** A scored table in the SPEC §5 report shape (1-based rows, A1 range). */
export function toReport(sheet: string, t: ScoredTable, findings: RenderedFinding[]): TableReport {
  const L = t.model.table.layout;
  return {
    sheet,
    headerRow: L.headerRow + 1,
    range: rangeA1(L.headerRow, L.left, L.lastRow, L.right),
    indicators: t.indicators.map((i) => ({
      row: i.ind.row + 1,
      level1: i.ind.level1,
      level2: i.ind.level2,
      name: i.ind.name,
      operator: i.operator,
      target: i.target,
      actual: i.actual,
      unit: i.ind.unit,
      weight: i.ind.weight,
      attainment: i.attainment,
      score: i.score,
      status: i.status,
    })),
    budget: t.budget
      ? { budget: t.budget.budget, executed: t.budget.executed, rate: t.budget.rate, weight: t.budget.weight, score: t.budget.score }
      : null,
    weightTotal: t.weightTotal,
    score: t.score,
    maxScore: t.maxScore,
    normalizedScore: t.normalizedScore,
    grade: t.grade,
    subtotals: t.subtotals,
    findings,
  };
}
