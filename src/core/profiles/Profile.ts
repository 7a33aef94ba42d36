import type { FindingCode, Severity } from '../findings/catalogue';

/** Scoring options. Every field is documented with its default in the `mof` profile. Immutable once validated. */
export interface Profile {
  /** Profile name as shown in the report. */
  readonly name: string;
  /** LE/LT overshoot: linear2x = w × max(0, 1 − (B − A)/A); ratio = w × A/B. @default 'linear2x' */
  readonly reverseRule: 'linear2x' | 'ratio';
  /** EQ overshoot: full = w when B ≥ A; symmetric = w × max(0, 1 − |B − A|/A). @default 'full' */
  readonly eqOvershoot: 'full' | 'symmetric';
  /** Qualitative points as fractions of the weight. @default {achieved:1, partial:0.7, missed:0.3} */
  readonly qualitativePoints: { readonly achieved: number; readonly partial: number; readonly missed: number };
  /** Bands (fractions of the weight, [low, high)) in which a table's own qualitative 得分 stands. */
  readonly qualitativeBands: {
    readonly achieved: readonly [number, number];
    readonly partial: readonly [number, number];
    readonly missed: readonly [number, number];
  };
  /** OVER_ACHIEVED when B ≥ threshold × A. @default 1.2 */
  readonly overAchievedThreshold: number;
  /** COST_FAR_BELOW when a money LE/LT indicator has B < threshold × A. @default 0.5 */
  readonly costFarBelowThreshold: number;
  /** Budget execution: default weight W when the block gives none, and the formula. @default {weight:10, formula:'linear'} */
  readonly execution: { readonly weight: number; readonly formula: 'linear' };
  /** Expected Σ weights (indicators + budget execution). @default 100 */
  readonly expectedWeightTotal: number;
  /** Expected indicator weight total when the budget block is present (sichuan: 90); null = not checked separately. */
  readonly expectedIndicatorTotal: number | null;
  /** Execution rate below which a reason is required (sichuan: 0.9); null = never. @default null */
  readonly executionReasonBelow: number | null;
  /** Normalise the score to 100. @default true */
  readonly normalize: boolean;
  /** Grade bands on normalizedScore, highest first. @default 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 */
  readonly grades: readonly { readonly grade: '优' | '良' | '中' | '差'; readonly min: number }[];
  /** Decimal places for row scores. @default 2 */
  readonly rounding: number;
  /** Tolerance for SCORE_MISMATCH and TOTAL_MISMATCH. @default 0.1 */
  readonly scoreTolerance: number;
  /** Per-code severity overrides; 'off' silences a code. @default {} */
  readonly severity: Readonly<Partial<Record<FindingCode, Severity | 'off'>>>;
}
