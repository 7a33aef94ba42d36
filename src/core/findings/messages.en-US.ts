import type { MessageTable } from './MessageTable';
import { formatNumber as n, formatPercent as pct, formatQuantity as qty } from './formatNumber';
import { operatorText } from './operatorText';

/** "name", or "this indicator" when the name is empty. */
const q = (name: string): string => (name.trim() === '' ? 'this indicator' : `"${name}"`);
const op = (o: string): string => operatorText(o, 'qualitative');
const diff = (a: number, b: number): string => n(Math.abs(a - b));
const GRADES: Readonly<Record<string, string>> = { 达成: 'achieved', 部分达成: 'partially achieved', 未达成: 'not achieved' };
const grade = (g: string): string => GRADES[g] ?? `"${g}"`;

/** en-US messages: what is wrong, the figures, what to do. */
export const MESSAGES_EN_US: MessageTable = {
  HIERARCHY_MISSING: (p) =>
    `Missing parent indicators: ${q(p.name)} has no level-1 or level-2 indicator above it. Fill in the level-1 and level-2 indicators it belongs to.`,
  ROW_CONTINUATION: (p) =>
    `Continuation row joined: this row holds only the name fragment "${p.fragment}", joined to the indicator above, "${p.joinedTo}". If that is wrong, write the whole name in one cell.`,
  DUPLICATE_INDICATOR: (p) =>
    `Duplicate indicator: ${q(p.name)} has the same level-1, level-2 and level-3 names as the row at ${p.firstCell}. Delete the duplicate row or rename the indicator.`,
  PLACEHOLDER_ROW: (p) =>
    `Template placeholder skipped: this row holds only "${p.text}", with no target and no actual value, and is not scored. Fill in a complete indicator if it should count.`,
  OPERATOR_MISSING: (p) =>
    `Operator missing: the target "${p.target}" of ${q(p.name)} is a number but has no ≥, ≤ or = sign; it is scored as "${p.assumed}" for now. Write the operator in the operator column or in the target.`,
  OPERATOR_UNKNOWN: (p) =>
    `Unknown operator: the operator of ${q(p.name)} is "${p.text}", so the indicator scores 0. Use ≥, >, ≤, <, = or qualitative.`,
  OPERATOR_AMBIGUOUS: (p) =>
    `Ambiguous operator: ${q(p.name)} says "${p.text}", read as ${op(p.assumed)} ("or above/or below" may or may not include the value itself). Use an explicit sign such as ≥ or ≤.`,
  OPERATOR_DIRECTION: (p) =>
    p.kind === 'cost'
      ? `Operator may point the wrong way: ${q(p.name)} is a cost indicator, which is normally ${op(p.expected)}, but it is ${op(p.operator)}; it is still scored as ${op(p.operator)}. Check the operator.`
      : `Operator may point the wrong way: ${q(p.name)} is a satisfaction indicator, which is normally ${op(p.expected)}, but it is ${op(p.operator)}; it is still scored as ${op(p.operator)}. Check the operator.`,
  TARGET_MISSING: (p) => `Target missing: ${q(p.name)} has no target, so it scores 0. Fill in the annual target.`,
  TARGET_NOT_NUMERIC: (p) =>
    `Target not numeric: ${q(p.name)} has the operator ${op(p.operator)} but its target is "${p.target}", so it scores 0. Enter a numeric target, or make the indicator qualitative.`,
  ACTUAL_MISSING: (p) =>
    `Actual value missing: ${q(p.name)} has no actual value, so it scores 0. Fill in the actual value.`,
  ACTUAL_NOT_NUMERIC: (p) =>
    `Actual value not numeric: ${q(p.name)} is quantitative (target "${p.target}") but its actual value is "${p.actual}", so it scores 0. Enter a number.`,
  QUALITATIVE_UNRECOGNIZED: (p) =>
    `Qualitative result not recognised: the actual value "${p.actual}" of ${q(p.name)} cannot be graded against the target "${p.target}"; it is scored as achieved. Write one of the recognised grades: achieved, partially achieved or not achieved (in Chinese).`,
  NEGATIVE_VALUE: (p) =>
    `Negative actual value: the actual value of ${q(p.name)} is ${n(p.actual)}; it is scored as 0. Check the figure.`,
  PERCENT_OUT_OF_RANGE: (p) =>
    `Rate above 100%: the ${p.which === 'actual' ? 'actual value' : 'target'} of ${q(p.name)} is ${n(p.value)}%, but this rate cannot exceed 100%; it is scored as written. Check the figure or its unit.`,
  UNIT_MISSING: (p) =>
    `Unit missing: ${q(p.name)} is quantitative but has no unit. Write the unit in the unit column or in the target (e.g. items, 10,000 yuan, %).`,
  UNIT_UNKNOWN: (p) =>
    `Unknown unit: the unit "${p.unit}" of ${q(p.name)} is not in the unit catalogue and cannot be converted; it is still scored when target and actual use the same unit. Check how the unit is written.`,
  UNIT_MISMATCH: (p) =>
    `Units do not match: the target of ${q(p.name)} is in "${p.targetUnit}" and the actual value in "${p.actualUnit}", which cannot be converted into each other. Use the same unit for both.`,
  UNIT_CONVERTED: (p) => `Unit converted: ${p.from} → ${p.to}.`,
  WEIGHT_MISSING: (p) =>
    `Weight missing: ${q(p.name)} has no weight, so it is not scored and adds nothing to the maximum score. Fill in the weight.`,
  WEIGHT_INVALID: (p) =>
    `Invalid weight: the weight of ${q(p.name)} is "${p.weight}"; it must be a number above 0 and at most ${n(p.expectedTotal)}. Correct the weight.`,
  WEIGHT_TOTAL: (p) =>
    `Weights add up to ${n(p.total)}${p.budgetWeight > 0 ? ` (budget execution ${n(p.budgetWeight)} included)` : ''}, expected ${n(p.expected)} (off by ${diff(p.total, p.expected)}). Check the indicator weights.`,
  NOT_MET: (p) =>
    `Target not met: ${q(p.name)} has target "${p.target}" and actual value "${p.actual}"${p.attainment === null ? '' : `, attainment ${pct(p.attainment)}`}, scoring ${n(p.score)} of ${n(p.weight)}. Analyse the deviation and state corrective measures.`,
  DEVIATION_REASON_MISSING: (p) =>
    `Deviation reason missing: ${q(p.name)} missed its target${p.attainment === null ? '' : ` (attainment ${pct(p.attainment)})`} but the reason cell is empty. Explain the shortfall and the corrective measures.`,
  OVER_ACHIEVED: (p) =>
    `Over-achieved: the actual value ${n(p.actual)} of ${q(p.name)} is ${pct(p.attainment)} of the target ${n(p.target)}, at least ${pct(p.threshold)}, so the target may be set too low. Explain the overshoot and set next year's target accordingly.`,
  EQ_EXCEEDED: (p) =>
    `Exact target exceeded: ${q(p.name)} has target = ${n(p.target)} and actual value ${n(p.actual)}, ${diff(p.actual, p.target)} over. Explain why, or check the target.`,
  COST_FAR_BELOW: (p) =>
    `Cost far below target: the actual value ${qty(p.actual, p.unit)} of ${q(p.name)} is below ${pct(p.threshold)} of the target ${qty(p.target, p.unit)}. Check the unit (yuan vs. 10,000 yuan) or whether the budget was set sensibly.`,
  SCORE_MISMATCH: (p) =>
    `Score differs from the rules: the table gives ${q(p.name)} ${n(p.stated)} points, the scoring rules give ${n(p.computed)} (off by ${diff(p.stated, p.computed)}). Check the score.`,
  SCORE_EXCEEDS_WEIGHT: (p) =>
    `Score above weight: the table gives ${q(p.name)} ${n(p.stated)} points, more than its weight ${n(p.weight)}. Lower the score to at most ${n(p.weight)}.`,
  SCORE_OUT_OF_BAND: (p) =>
    `Qualitative score outside its band: ${q(p.name)} is graded ${grade(p.grade)}, which earns ${n(p.low)}–${n(p.high)} points, but the table gives ${n(p.stated)}. Adjust the score or the grade.`,
  TOTAL_MISMATCH: (p) =>
    `Total does not add up: the table's total is ${n(p.stated)}, the scores it lists add up to ${n(p.sum)} (off by ${diff(p.stated, p.sum)}). Check the total or the individual scores.`,
  BUDGET_INCONSISTENT: (p) => {
    switch (p.kind) {
      case 'sum':
        return `Budget total does not add up: the total is ${n(p.total)}, but fiscal appropriation plus other funds is ${n(p.parts)} (off by ${diff(p.total, p.parts)}). Check the budget figures.`;
      case 'rate':
        return `Execution rate does not match: the table states ${pct(p.stated)}, executed/budget gives ${pct(p.computed)} (off by ${n(Math.abs(p.stated - p.computed) * 100)} percentage points). Check the rate, the executed amount and the budget.`;
      case 'zero':
        return `Budget is 0: "${p.label}" is 0, so the execution rate cannot be computed. Fill in the annual budget.`;
    }
  },
  EXECUTION_LOW_NO_REASON: (p) =>
    `Low budget execution without a reason: the execution rate is ${pct(p.rate)}${p.threshold === undefined ? '' : `, below ${pct(p.threshold)}`}. Explain why execution is low and the corrective measures.`,
};
