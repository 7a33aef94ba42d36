import { FINDING_CATALOGUE, type FindingCode, type Severity } from './catalogue';
import type { Profile } from '../profiles/Profile';

/** A code's severity: the profile's override, else the catalogue's default; 'off' = not reported. */
export function resolveSeverity(code: FindingCode, profile?: Profile): Severity | 'off' {
  return profile?.severity[code] ?? FINDING_CATALOGUE[code].severity;
}
