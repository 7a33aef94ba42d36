/** Small readers for parseProfile: each returns the value or undefined after pushing a bilingual error. */

export type Errors = string[];

/** A value as shown in an error message: JSON, cut at 60 characters. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** "path: <en>, got <v>. / path：<zh>，实际为 <v>。" */
export function fail(errors: Errors, path: string, en: string, zh: string, value: unknown): undefined {
  const v = show(value);
  errors.push(`${path}: ${en}, got ${v}. / ${path}：${zh}，实际为 ${v}。`);
  return undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readObject(value: unknown, path: string, errors: Errors): Record<string, unknown> | undefined {
  return isPlainObject(value) ? value : fail(errors, path, 'must be an object', '应为对象', value);
}

/** Pushes one error listing the keys of `obj` not in `allowed` (`allowedText` replaces a long list). */
export function checkKeys(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  path: string,
  errors: Errors,
  allowedText?: { en: string; zh: string },
): void {
  const unknown = Object.keys(obj).filter((k) => !allowed.includes(k));
  if (unknown.length === 0) return;
  const list = unknown.map((k) => JSON.stringify(k)).join(', ');
  const ok = allowedText ?? { en: allowed.join(', '), zh: allowed.join(', ') };
  errors.push(`${path}: unknown keys ${list}; allowed: ${ok.en}. / ${path}：未知的配置项 ${list}；可用的配置项：${ok.zh}。`);
}

export function readEnum<T extends string>(value: unknown, allowed: readonly T[], path: string, errors: Errors): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.map((a) => JSON.stringify(a));
  return fail(errors, path, `must be one of ${list.join(', ')}`, `应为 ${list.join('、')} 之一`, value);
}

export function readBoolean(value: unknown, path: string, errors: Errors): boolean | undefined {
  return typeof value === 'boolean' ? value : fail(errors, path, 'must be true or false', '应为 true 或 false', value);
}

export interface NumberRange {
  /** Inclusive lower bound. */
  min?: number;
  /** Exclusive lower bound. */
  above?: number;
  /** Inclusive upper bound. */
  max?: number;
  integer?: boolean;
}

function describe(r: NumberRange): { en: string; zh: string } {
  const kind = r.integer ? { en: 'an integer', zh: '整数' } : { en: 'a number', zh: '数值' };
  const en: string[] = [];
  const zh: string[] = [];
  if (r.above !== undefined) { en.push(`above ${r.above}`); zh.push(`大于 ${r.above}`); }
  if (r.min !== undefined) { en.push(`at least ${r.min}`); zh.push(`不小于 ${r.min}`); }
  if (r.max !== undefined) { en.push(`at most ${r.max}`); zh.push(`不大于 ${r.max}`); }
  return {
    en: `must be ${kind.en}${en.length ? ` ${en.join(' and ')}` : ''}`,
    zh: `应为${zh.length ? `${zh.join(' 且')} 的` : ''}${kind.zh}`,
  };
}

function inRange(value: unknown, range: NumberRange): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!range.integer || Number.isInteger(value)) &&
    (range.above === undefined || value > range.above) &&
    (range.min === undefined || value >= range.min) &&
    (range.max === undefined || value <= range.max)
  );
}

export function readNumber(value: unknown, range: NumberRange, path: string, errors: Errors): number | undefined {
  if (inRange(value, range)) return value;
  const d = describe(range);
  return fail(errors, path, d.en, d.zh, value);
}

/** null, or a number in range. */
export function readNullableNumber(value: unknown, range: NumberRange, path: string, errors: Errors): number | null | undefined {
  if (value === null) return null;
  if (inRange(value, range)) return value;
  const d = describe(range);
  return fail(errors, path, `must be null or ${d.en.replace(/^must be /, '')}`, `应为 null 或${d.zh.replace(/^应为/, '')}`, value);
}
