import type { Finding, FindingCode, FindingParams } from './catalogue';
import type { Profile } from '../profiles/Profile';
import { resolveSeverity } from './resolveSeverity';

/** The finding of one code, so callers get its params type-checked. */
export type FindingOf<K extends FindingCode> = Extract<Finding, { code: K }>;

/**
 * A raw finding at a 0-based row/col, its severity from the catalogue or `profile.severity`.
 * Returns null when the profile switches the code off.
 */
export function makeFinding<K extends FindingCode>(
  code: K,
  sheet: string,
  row: number,
  col: number,
  params: FindingParams[K],
  profile?: Profile,
): FindingOf<K> | null {
  const severity = resolveSeverity(code, profile);
  if (severity === 'off') return null;
  return { code, severity, sheet, row, col, params } as FindingOf<K>;
}
