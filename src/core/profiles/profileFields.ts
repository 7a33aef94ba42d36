import { FINDING_CODES, type FindingCode, type Severity } from '../findings/catalogue';
import type { Profile } from './Profile';
import {
  checkKeys,
  type Errors,
  fail,
  readBoolean,
  readEnum,
  readNullableNumber,
  readNumber,
  readObject,
} from './profileChecks';

/** Reads one option of a user's profile over the base's value; undefined after pushing errors. */
type FieldReader<K extends keyof Profile> = (value: unknown, base: Profile[K], path: string, errors: Errors) => Profile[K] | undefined;

type Band = readonly [number, number];
type Bands = Profile['qualitativeBands'];
type Grade = Profile['grades'][number]['grade'];

const FRACTION = { min: 0, max: 1 } as const;
const POSITIVE = { above: 0 } as const;
const GRADE_NAMES: readonly Grade[] = ['优', '良', '中', '差'];
const SEVERITIES: readonly (Severity | 'off')[] = ['error', 'warning', 'info', 'off'];

/** Reads the keys of a nested object over its base (a partial override). */
function readParts<T extends Record<string, unknown>>(
  value: unknown,
  base: T,
  path: string,
  errors: Errors,
  part: (key: keyof T & string, v: unknown, p: string) => T[keyof T] | undefined,
): T | undefined {
  const obj = readObject(value, path, errors);
  if (!obj) return undefined;
  const before = errors.length;
  checkKeys(obj, Object.keys(base), path, errors);
  let ok = errors.length === before;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(base)) {
    if (!(key in obj)) continue;
    const v = part(key as keyof T & string, obj[key], `${path}.${key}`);
    if (v === undefined) ok = false;
    else out[key] = v;
  }
  return ok ? (out as T) : undefined;
}

function readBand(value: unknown, path: string, errors: Errors): Band | undefined {
  if (!Array.isArray(value) || value.length !== 2) {
    return fail(errors, path, 'must be [low, high]', '应为 [下限, 上限]', value);
  }
  const low = readNumber(value[0], FRACTION, `${path}[0]`, errors);
  const high = readNumber(value[1], FRACTION, `${path}[1]`, errors);
  if (low === undefined || high === undefined) return undefined;
  return low < high ? [low, high] : fail(errors, path, 'low must be below high', '下限应小于上限', value);
}

function readGrade(value: unknown, path: string, errors: Errors): Profile['grades'][number] | undefined {
  const obj = readObject(value, path, errors);
  if (!obj) return undefined;
  const before = errors.length;
  checkKeys(obj, ['grade', 'min'], path, errors);
  const grade = readEnum(obj.grade, GRADE_NAMES, `${path}.grade`, errors);
  const min = readNumber(obj.min, { min: 0, max: 100 }, `${path}.min`, errors);
  return grade === undefined || min === undefined || errors.length > before ? undefined : { grade, min };
}

/** One reader per option: types, allowed sets and ranges, each checked once. */
export const PROFILE_FIELDS: { readonly [K in keyof Profile]: FieldReader<K> } = {
  name: (v, _b, path, errors) =>
    typeof v === 'string' && v.trim() !== '' ? v.trim() : fail(errors, path, 'must be a non-empty string', '应为非空字符串', v),
  reverseRule: (v, _b, path, errors) => readEnum(v, ['linear2x', 'ratio'], path, errors),
  eqOvershoot: (v, _b, path, errors) => readEnum(v, ['full', 'symmetric'], path, errors),
  qualitativePoints: (v, base, path, errors) => {
    const pts = readParts(v, base, path, errors, (_k, x, p) => readNumber(x, FRACTION, p, errors));
    if (!pts) return undefined;
    return pts.achieved >= pts.partial && pts.partial >= pts.missed
      ? pts
      : fail(errors, path, 'must satisfy achieved ≥ partial ≥ missed', '应满足 achieved ≥ partial ≥ missed', pts);
  },
  qualitativeBands: (v, base, path, errors) => {
    const bands = readParts<Bands>(v, base, path, errors, (_k, x, p) => readBand(x, p, errors));
    if (!bands) return undefined;
    const ordered = bands.missed[1] <= bands.partial[0] && bands.partial[1] <= bands.achieved[0];
    return ordered
      ? bands
      : fail(errors, path, 'bands must not overlap and must be ordered missed < partial < achieved', '各档应按 missed < partial < achieved 排列且不重叠', bands);
  },
  overAchievedThreshold: (v, _b, path, errors) => readNumber(v, POSITIVE, path, errors),
  costFarBelowThreshold: (v, _b, path, errors) => readNumber(v, POSITIVE, path, errors),
  execution: (v, base, path, errors) =>
    readParts(v, base, path, errors, (key, x, p) =>
      key === 'weight' ? readNumber(x, POSITIVE, p, errors) : readEnum(x, ['linear'] as const, p, errors),
    ),
  expectedWeightTotal: (v, _b, path, errors) => readNumber(v, POSITIVE, path, errors),
  expectedIndicatorTotal: (v, _b, path, errors) => readNullableNumber(v, POSITIVE, path, errors),
  executionReasonBelow: (v, _b, path, errors) => readNullableNumber(v, { above: 0, max: 1 }, path, errors),
  normalize: (v, _b, path, errors) => readBoolean(v, path, errors),
  grades: (v, _b, path, errors) => {
    if (!Array.isArray(v) || v.length === 0) return fail(errors, path, 'must be a non-empty array', '应为非空数组', v);
    const items = v.map((g: unknown, i) => readGrade(g, `${path}[${i}]`, errors));
    const grades = items.filter((g): g is Profile['grades'][number] => g !== undefined);
    if (grades.length !== items.length) return undefined;
    const descending = grades.every((g, i) => i === 0 || g.min < grades[i - 1].min);
    if (!descending) return fail(errors, path, 'min must strictly decrease from the first grade to the last', 'min 应从第一档到最后一档严格递减', v);
    if (new Set(grades.map((g) => g.grade)).size !== grades.length) return fail(errors, path, 'each grade may appear once', '每个等级只能出现一次', v);
    const last = grades[grades.length - 1];
    return last.min === 0 ? grades : fail(errors, path, 'the last grade must have min 0 so every score gets a grade', '最后一档的 min 应为 0，使每个分数都有等级', v);
  },
  rounding: (v, _b, path, errors) => readNumber(v, { min: 0, max: 6, integer: true }, path, errors),
  scoreTolerance: (v, _b, path, errors) => readNumber(v, { min: 0 }, path, errors),
  severity: (v, base, path, errors) => {
    const obj = readObject(v, path, errors);
    if (!obj) return undefined;
    const before = errors.length;
    checkKeys(obj, FINDING_CODES, path, errors, { en: 'the finding codes of docs/FINDINGS.md', zh: 'docs/FINDINGS.md 所列的问题代码' });
    let ok = errors.length === before;
    const out: Partial<Record<FindingCode, Severity | 'off'>> = { ...base };
    for (const code of FINDING_CODES) {
      if (!(code in obj)) continue;
      const s = readEnum(obj[code], SEVERITIES, `${path}.${code}`, errors);
      if (s === undefined) ok = false;
      else out[code] = s;
    }
    return ok ? out : undefined;
  },
};

export const PROFILE_KEYS = Object.keys(PROFILE_FIELDS) as (keyof Profile)[];

/** Cross-option checks on a complete profile. */
export function checkProfile(p: Profile, errors: Errors): void {
  if (p.expectedIndicatorTotal !== null && p.expectedIndicatorTotal > p.expectedWeightTotal) {
    fail(errors, 'expectedIndicatorTotal', `must not exceed expectedWeightTotal (${p.expectedWeightTotal})`, `不应大于 expectedWeightTotal（${p.expectedWeightTotal}）`, p.expectedIndicatorTotal);
  }
  if (p.execution.weight > p.expectedWeightTotal) {
    fail(errors, 'execution.weight', `must not exceed expectedWeightTotal (${p.expectedWeightTotal})`, `不应大于 expectedWeightTotal（${p.expectedWeightTotal}）`, p.execution.weight);
  }
}
