export type Severity = 'error' | 'warning' | 'info';

/** Which cell a finding points at (SPEC §3). */
export type FindingTarget =
  | 'actual' | 'operator' | 'target' | 'unit' | 'weight' | 'score' | 'totalScore' | 'reason' | 'name' | 'header' | 'block';

/** Every finding code, its default severity and the cell it points at. FindingCode is derived from this table. */
export const FINDING_CATALOGUE = {
  HIERARCHY_MISSING: { severity: 'warning', target: 'name' },
  ROW_CONTINUATION: { severity: 'warning', target: 'name' },
  DUPLICATE_INDICATOR: { severity: 'warning', target: 'name' },
  PLACEHOLDER_ROW: { severity: 'info', target: 'name' },
  OPERATOR_MISSING: { severity: 'error', target: 'operator' },
  OPERATOR_UNKNOWN: { severity: 'error', target: 'operator' },
  OPERATOR_AMBIGUOUS: { severity: 'warning', target: 'operator' },
  OPERATOR_DIRECTION: { severity: 'warning', target: 'operator' },
  TARGET_MISSING: { severity: 'error', target: 'target' },
  TARGET_NOT_NUMERIC: { severity: 'error', target: 'target' },
  ACTUAL_MISSING: { severity: 'error', target: 'actual' },
  ACTUAL_NOT_NUMERIC: { severity: 'error', target: 'actual' },
  QUALITATIVE_UNRECOGNIZED: { severity: 'warning', target: 'actual' },
  NEGATIVE_VALUE: { severity: 'warning', target: 'actual' },
  PERCENT_OUT_OF_RANGE: { severity: 'error', target: 'actual' },
  UNIT_MISSING: { severity: 'warning', target: 'unit' },
  UNIT_UNKNOWN: { severity: 'warning', target: 'unit' },
  UNIT_MISMATCH: { severity: 'error', target: 'unit' },
  UNIT_CONVERTED: { severity: 'info', target: 'actual' },
  WEIGHT_MISSING: { severity: 'error', target: 'weight' },
  WEIGHT_INVALID: { severity: 'error', target: 'weight' },
  WEIGHT_TOTAL: { severity: 'error', target: 'header' },
  NOT_MET: { severity: 'info', target: 'actual' },
  DEVIATION_REASON_MISSING: { severity: 'warning', target: 'reason' },
  OVER_ACHIEVED: { severity: 'warning', target: 'actual' },
  EQ_EXCEEDED: { severity: 'warning', target: 'actual' },
  COST_FAR_BELOW: { severity: 'warning', target: 'actual' },
  SCORE_MISMATCH: { severity: 'warning', target: 'score' },
  SCORE_EXCEEDS_WEIGHT: { severity: 'error', target: 'score' },
  SCORE_OUT_OF_BAND: { severity: 'warning', target: 'score' },
  TOTAL_MISMATCH: { severity: 'warning', target: 'totalScore' },
  BUDGET_INCONSISTENT: { severity: 'error', target: 'block' },
  EXECUTION_LOW_NO_REASON: { severity: 'warning', target: 'reason' },
} as const satisfies Record<string, { severity: Severity; target: FindingTarget }>;

export type FindingCode = keyof typeof FINDING_CATALOGUE;
export const FINDING_CODES = Object.keys(FINDING_CATALOGUE) as FindingCode[];

type Num = number;
type Txt = string;
/** Typed parameters (the figures) of each code. Values are raw; rendering formats them. */
export interface FindingParams {
  HIERARCHY_MISSING: { name: Txt };
  ROW_CONTINUATION: { fragment: Txt; joinedTo: Txt };
  DUPLICATE_INDICATOR: { name: Txt; firstCell: Txt };
  PLACEHOLDER_ROW: { text: Txt };
  OPERATOR_MISSING: { name: Txt; target: Txt; assumed: Txt };
  OPERATOR_UNKNOWN: { name: Txt; text: Txt };
  OPERATOR_AMBIGUOUS: { name: Txt; text: Txt; assumed: Txt };
  OPERATOR_DIRECTION: { name: Txt; kind: 'cost' | 'satisfaction'; operator: Txt; expected: Txt };
  TARGET_MISSING: { name: Txt };
  TARGET_NOT_NUMERIC: { name: Txt; target: Txt; operator: Txt };
  ACTUAL_MISSING: { name: Txt };
  ACTUAL_NOT_NUMERIC: { name: Txt; actual: Txt; target: Txt };
  QUALITATIVE_UNRECOGNIZED: { name: Txt; actual: Txt; target: Txt };
  NEGATIVE_VALUE: { name: Txt; actual: Num };
  /** value in percent points (120 = 120%). */
  PERCENT_OUT_OF_RANGE: { name: Txt; value: Num; which: 'actual' | 'target' };
  UNIT_MISSING: { name: Txt };
  UNIT_UNKNOWN: { name: Txt; unit: Txt };
  UNIT_MISMATCH: { name: Txt; targetUnit: Txt; actualUnit: Txt };
  UNIT_CONVERTED: { name: Txt; from: Txt; to: Txt };
  WEIGHT_MISSING: { name: Txt };
  WEIGHT_INVALID: { name: Txt; weight: Txt; expectedTotal: Num };
  WEIGHT_TOTAL: { total: Num; expected: Num; budgetWeight: Num };
  NOT_MET: { name: Txt; target: Txt; actual: Txt; attainment: Num | null; score: Num; weight: Num };
  DEVIATION_REASON_MISSING: { name: Txt; attainment: Num | null };
  OVER_ACHIEVED: { name: Txt; target: Num; actual: Num; attainment: Num; threshold: Num };
  EQ_EXCEEDED: { name: Txt; target: Num; actual: Num };
  COST_FAR_BELOW: { name: Txt; target: Num; actual: Num; unit: Txt; threshold: Num };
  SCORE_MISMATCH: { name: Txt; stated: Num; computed: Num };
  SCORE_EXCEEDS_WEIGHT: { name: Txt; stated: Num; weight: Num };
  SCORE_OUT_OF_BAND: { name: Txt; stated: Num; grade: Txt; low: Num; high: Num };
  TOTAL_MISMATCH: { stated: Num; sum: Num };
  /** rate: stated and computed are fractions (0.95 = 95%). */
  BUDGET_INCONSISTENT:
    | { kind: 'sum'; total: Num; parts: Num }
    | { kind: 'rate'; stated: Num; computed: Num }
    | { kind: 'zero'; label: Txt };
  /** rate and threshold are fractions (0.85, 0.9); threshold is optional (added with the messages). */
  EXECUTION_LOW_NO_REASON: { rate: Num; threshold?: Num };
}

/** A raw finding: code, place and figures, no text. renderFinding turns it into the report shape. */
export type Finding = {
  [K in FindingCode]: { code: K; severity: Severity; sheet: string; row: number; col: number; params: FindingParams[K] };
}[FindingCode];

/** The report shape of SPEC §5. */
export interface RenderedFinding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
}
