import type { RenderedFinding } from '../../src/core/findings/catalogue';
import type { TableReport } from '../../src/core/report/Report';

export function finding(code: RenderedFinding['code'], severity: RenderedFinding['severity'], cell: string, sheet = '自评表'): RenderedFinding {
  return { code, severity, sheet, cell, message: `${code} at ${cell}` };
}

/** The seed table's result as SPEC §6 states it (35 indicators elided). */
export function seedTable(over: Partial<TableReport> = {}): TableReport {
  return {
    sheet: '自评表',
    headerRow: 16,
    range: 'B16:I51',
    indicators: [],
    budget: null,
    weightTotal: 92,
    score: 90,
    maxScore: 92,
    normalizedScore: 97.83,
    grade: '优',
    subtotals: [
      { level1: '产出指标', weight: 50, score: 48 },
      { level1: '效益指标', weight: 30, score: 30 },
      { level1: '满意度指标', weight: 12, score: 12 },
    ],
    findings: [
      finding('COST_FAR_BELOW', 'warning', 'I47'),
      finding('WEIGHT_TOTAL', 'error', 'H16'),
      finding('OVER_ACHIEVED', 'warning', 'I18'),
      finding('ACTUAL_MISSING', 'error', 'I33'),
      finding('OVER_ACHIEVED', 'warning', 'I17'),
    ],
    ...over,
  };
}
