import type { Profile } from '../profiles/Profile';
import type { Indicator } from '../model/Indicator';
import type { Operator } from '../model/Table';
import type { Status } from '../report/Report';
import type { Emit } from '../model/readTable';
import { isNa } from '../model/readTable';
import { gradeQualitative, type QualGrade } from '../parse/qualitative';
import { convertUnit, isMoney, isRatio, lookupUnit, type UnitInfo } from '../parse/units';
import { normalizeText } from '../parse/normalize';
import type { SheetSnapshot } from '../snapshot/SheetSnapshot';
import { cellAt } from '../snapshot/address';
import { roundHalfUp } from './round';

export interface ScoredIndicator {
  ind: Indicator;
  operator: Operator | null;
  target: number | string | null;
  actual: number | string | null;
  attainment: number | null;
  /** Rounded row score. */
  score: number;
  status: Status;
}

const BOUNDED = ['合格率', '覆盖率', '完成率', '达标率', '执行率', '知晓率', '参保率', '到位率', '及时率', '准确率', '保障率'];
const OP_SIGN: Record<Operator, string> = { GE: '≥', GT: '>', LE: '≤', LT: '<', EQ: '=', QUAL: '定性' };

const labelsInclude = (i: Indicator, word: string): boolean => i.level1.includes(word) || i.level2.includes(word) || i.name.includes(word);
export const isCost = (i: Indicator): boolean => labelsInclude(i, '成本');
export const isSatisfaction = (i: Indicator): boolean => labelsInclude(i, '满意度');
const isBounded = (i: Indicator): boolean => isSatisfaction(i) || BOUNDED.some((b) => i.name.endsWith(b));

/**
 * Fraction of the weight earned by a quantitative row (SPEC §2), always within [0, 1]. A negative target (not in SPEC;
 * seen in fuzzing) is read like A = 0: GE/GT met when B ≥ A, LE/LT only when B ≤ A, EQ only when B = A.
 */
export function quantitativeFraction(op: Exclude<Operator, 'QUAL'>, A: number, B: number, p: Profile): number {
  const f = rawFraction(op, A, B, p);
  return Number.isFinite(f) ? Math.min(1, Math.max(0, f)) : 0;
}

function rawFraction(op: Exclude<Operator, 'QUAL'>, A: number, B: number, p: Profile): number {
  switch (op) {
    case 'GE':
    case 'GT':
      return A <= 0 ? (B >= A ? 1 : 0) : Math.min(1, B / A);
    case 'LE':
    case 'LT':
      if (A <= 0) return B <= A ? 1 : 0;
      if (B <= A) return 1;
      return p.reverseRule === 'ratio' ? A / B : Math.max(0, 1 - (B - A) / A);
    case 'EQ':
      if (A <= 0) return B === A ? 1 : 0;
      if (B >= A) return p.eqOvershoot === 'symmetric' ? Math.max(0, 1 - (B - A) / A) : 1;
      return B / A;
  }
}

export function attainmentOf(op: Operator, A: number, B: number): number | null {
  if (op === 'QUAL') return null;
  if (op === 'LE' || op === 'LT') return B > A ? (B === 0 ? null : roundHalfUp(A / B, 4)) : 1;
  return A === 0 ? null : roundHalfUp(B / A, 4);
}

function statusOf(fraction: number): Status {
  if (fraction >= 1 - 1e-12) return 'met';
  if (fraction <= 0) return 'missed';
  return 'partial';
}

const QUAL_STATUS: Record<QualGrade, Status> = { achieved: 'met', partial: 'partial', missed: 'missed' };

// Module-level helpers rather than closures inside scoreIndicator, which runs once per row: a closure is an allocation.

/** A row that cannot be scored: 0 points (its stated 得分 is still checked). */
function unscored(ind: Indicator, w: number, p: Profile, emit: Emit, target: number | string | null, actual: number | string | null): ScoredIndicator {
  checkStated(ind, 0, w, p, emit);
  return { ind, operator: ind.operator, target, actual, attainment: null, score: 0, status: 'unscored' };
}

/** A %-formatted cell (0.9) in percent points (90) when the row's unit is a ratio or unknown. */
function percentPoints(n: number, percentFormat: boolean, rowUnit: UnitInfo | null): number {
  return percentFormat && (!rowUnit || isRatio(rowUnit)) ? roundHalfUp(n * 100, 10) : n;
}

/** Scores one indicator and emits the findings about its values (SPEC §2, §3). */
export function scoreIndicator(s: SheetSnapshot, ind: Indicator, p: Profile, emit: Emit): ScoredIndicator {
  const w = ind.weight ?? 0;
  const targetText = ind.target.text;
  const actualText = ind.actual.text;
  const actualBlank = isNa(cellAt(s, ind.row, ind.actualCol)) && ind.actual.number === null;
  const targetBlank = isNa(cellAt(s, ind.row, ind.targetCol)) && ind.target.number === null;

  if (ind.operatorUnknown) return unscored(ind, w, p, emit, targetText || null, actualText || null);

  if (ind.operator === 'QUAL') {
    if (targetBlank) emit('TARGET_MISSING', ind.row, ind.targetCol, { name: ind.name });
    if (actualBlank) emit('ACTUAL_MISSING', ind.row, ind.actualCol, { name: ind.name });
    if (targetBlank || actualBlank) return unscored(ind, w, p, emit, targetText || null, actualText || null);
    let grade = gradeQualitative(ind.target, ind.actual);
    if (!grade) {
      emit('QUALITATIVE_UNRECOGNIZED', ind.row, ind.actualCol, { name: ind.name, actual: actualText, target: targetText });
      grade = 'achieved';
    }
    let score = roundHalfUp(w * p.qualitativePoints[grade], p.rounding);
    if (ind.statedScore !== null && ind.weight !== null && ind.statedScore > w + 1e-9) {
      checkStated(ind, score, w, p, emit); // SCORE_EXCEEDS_WEIGHT: a stated 得分 above the weight is never in a band
    } else if (ind.statedScore !== null && ind.weight !== null) {
      const [lo, hi] = p.qualitativeBands[grade];
      const inBand = ind.statedScore >= lo * w - 1e-9 && (grade === 'achieved' ? ind.statedScore <= hi * w + 1e-9 : ind.statedScore < hi * w - 1e-9);
      if (inBand) score = roundHalfUp(ind.statedScore, p.rounding);
      else emit('SCORE_OUT_OF_BAND', ind.row, ind.scoreCol!, { name: ind.name, stated: ind.statedScore, grade, low: roundHalfUp(lo * w, 2), high: roundHalfUp(hi * w, 2) });
    }
    const status = QUAL_STATUS[grade];
    notMet(ind, status, targetText, actualText, null, score, w, emit);
    return { ind, operator: 'QUAL', target: targetText, actual: actualText, attainment: null, score, status };
  }

  // Quantitative (or operator missing, scored by the usual direction).
  const op: Exclude<Operator, 'QUAL'> = ind.operator ?? (isCost(ind) ? 'LE' : 'GE');
  if (ind.operatorMissing) emit('OPERATOR_MISSING', ind.row, ind.operatorCol, { name: ind.name, target: targetText, assumed: OP_SIGN[op] });
  if (ind.operator && isCost(ind) && op !== 'LE' && op !== 'LT') {
    emit('OPERATOR_DIRECTION', ind.row, ind.operatorCol, { name: ind.name, kind: 'cost', operator: OP_SIGN[op], expected: '≤' });
  } else if (ind.operator && isSatisfaction(ind) && op !== 'GE' && op !== 'GT') {
    emit('OPERATOR_DIRECTION', ind.row, ind.operatorCol, { name: ind.name, kind: 'satisfaction', operator: OP_SIGN[op], expected: '≥' });
  }

  let unitText = ind.unit;
  if (!unitText && (ind.target.percentFormat || ind.actual.percentFormat)) unitText = '%';
  const rowUnit: UnitInfo | null = unitText ? lookupUnit(unitText) : null;
  if (!unitText) {
    if (!targetBlank) emit('UNIT_MISSING', ind.row, ind.unitCol, { name: ind.name });
  } else if (!rowUnit) emit('UNIT_UNKNOWN', ind.row, ind.unitCol, { name: ind.name, unit: unitText });

  if (targetBlank) emit('TARGET_MISSING', ind.row, ind.targetCol, { name: ind.name });
  else if (ind.target.number === null) emit('TARGET_NOT_NUMERIC', ind.row, ind.targetCol, { name: ind.name, target: targetText, operator: OP_SIGN[op] });
  if (actualBlank) emit('ACTUAL_MISSING', ind.row, ind.actualCol, { name: ind.name });
  else if (ind.actual.number === null) emit('ACTUAL_NOT_NUMERIC', ind.row, ind.actualCol, { name: ind.name, actual: actualText, target: targetText });
  if (ind.target.number === null || ind.actual.number === null) return unscored(ind, w, p, emit, ind.target.number ?? (targetText || null), ind.actual.number ?? (actualText || null));

  let A = percentPoints(ind.target.number, ind.target.percentFormat, rowUnit);
  let B = percentPoints(ind.actual.number, ind.actual.percentFormat, rowUnit);

  // Units written in the value cells, converted to the row's unit.
  for (const side of ['target', 'actual'] as const) {
    const v = ind[side];
    if (!v.unit || !unitText || normalizeText(v.unit) === normalizeText(unitText)) continue;
    const from = lookupUnit(v.unit);
    const converted = from && rowUnit ? convertUnit(side === 'target' ? A : B, from, rowUnit) : null;
    if (converted === null) {
      emit('UNIT_MISMATCH', ind.row, ind.unitCol, { name: ind.name, targetUnit: unitText, actualUnit: v.unit });
      return unscored(ind, w, p, emit, A, B);
    }
    if (side === 'actual') {
      emit('UNIT_CONVERTED', ind.row, ind.actualCol, { name: ind.name, from: `${B}${v.unit}`, to: `${converted}${unitText}` });
      B = converted;
    } else A = converted;
  }

  if (B < 0) {
    emit('NEGATIVE_VALUE', ind.row, ind.actualCol, { name: ind.name, actual: B });
  }
  if (rowUnit && isRatio(rowUnit) && isBounded(ind)) {
    if (B > 100) emit('PERCENT_OUT_OF_RANGE', ind.row, ind.actualCol, { name: ind.name, value: B, which: 'actual' });
    if (A > 100) emit('PERCENT_OUT_OF_RANGE', ind.row, ind.targetCol, { name: ind.name, value: A, which: 'target' });
  }
  const Bs = Math.max(0, B);
  const fraction = quantitativeFraction(op, A, Bs, p);
  const score = roundHalfUp(w * fraction, p.rounding);
  const status = statusOf(fraction);
  const attainment = attainmentOf(op, A, Bs);

  if ((op === 'GE' || op === 'GT' || op === 'EQ') && A > 0 && Bs >= p.overAchievedThreshold * A) {
    emit('OVER_ACHIEVED', ind.row, ind.actualCol, { name: ind.name, target: A, actual: Bs, attainment: attainment ?? 0, threshold: p.overAchievedThreshold });
  } else if (op === 'EQ' && Bs > A && Bs < p.overAchievedThreshold * A) {
    emit('EQ_EXCEEDED', ind.row, ind.actualCol, { name: ind.name, target: A, actual: Bs });
  }
  if ((op === 'LE' || op === 'LT') && isMoney(rowUnit) && Bs < p.costFarBelowThreshold * A) {
    emit('COST_FAR_BELOW', ind.row, ind.actualCol, { name: ind.name, target: A, actual: Bs, unit: unitText ?? '', threshold: p.costFarBelowThreshold });
  }
  checkStated(ind, score, w, p, emit);
  notMet(ind, status, `${A}`, `${Bs}`, attainment, score, w, emit);
  return { ind, operator: op, target: A, actual: B, attainment, score, status };
}

function notMet(ind: Indicator, status: Status, target: string, actual: string, attainment: number | null, score: number, w: number, emit: Emit): void {
  if (status !== 'missed' && status !== 'partial') return;
  emit('NOT_MET', ind.row, ind.actualCol, { name: ind.name, target, actual, attainment, score, weight: w });
  if (ind.reasonEmpty && ind.reasonCol !== null) emit('DEVIATION_REASON_MISSING', ind.row, ind.reasonCol, { name: ind.name, attainment });
}

/** The table's own 得分 against the computed score (quantitative and unscored rows). */
export function checkStated(ind: Indicator, score: number, w: number, p: Profile, emit: Emit): void {
  if (ind.statedScore === null || ind.scoreCol === null) return;
  if (ind.weight !== null && ind.statedScore > w + 1e-9) {
    emit('SCORE_EXCEEDS_WEIGHT', ind.row, ind.scoreCol, { name: ind.name, stated: ind.statedScore, weight: w });
  } else if (Math.abs(ind.statedScore - score) > p.scoreTolerance + 1e-9) {
    emit('SCORE_MISMATCH', ind.row, ind.scoreCol, { name: ind.name, stated: ind.statedScore, computed: score });
  }
}
