import type { Profile } from './Profile';
import { deepFreeze } from './deepFreeze';

/** Ministry of Finance defaults (SPEC §2). */
export const mof: Profile = deepFreeze({
  name: 'mof',
  reverseRule: 'linear2x',
  eqOvershoot: 'full',
  qualitativePoints: { achieved: 1, partial: 0.7, missed: 0.3 },
  qualitativeBands: { achieved: [0.8, 1], partial: [0.6, 0.8], missed: [0, 0.6] },
  overAchievedThreshold: 1.2,
  costFarBelowThreshold: 0.5,
  execution: { weight: 10, formula: 'linear' },
  expectedWeightTotal: 100,
  expectedIndicatorTotal: null,
  executionReasonBelow: null,
  normalize: true,
  grades: [
    { grade: '优', min: 90 },
    { grade: '良', min: 80 },
    { grade: '中', min: 60 },
    { grade: '差', min: 0 },
  ],
  rounding: 2,
  scoreTolerance: 0.1,
  severity: {},
} as const satisfies Profile);

/** Sichuan: indicators 90 + budget execution 10; an execution rate below 90% needs a reason. */
export const sichuan: Profile = deepFreeze({
  ...mof,
  name: 'sichuan',
  expectedIndicatorTotal: 90,
  executionReasonBelow: 0.9,
} as const satisfies Profile);

const BUILTINS = { mof, sichuan } as const;

export type ProfileName = keyof typeof BUILTINS;
export const PROFILE_NAMES: readonly ProfileName[] = Object.freeze(['mof', 'sichuan']);

export function isProfileName(name: string): name is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(name);
}

/** A built-in profile by name, null when there is none. */
export function getProfile(name: string): Profile | null {
  return isProfileName(name) ? BUILTINS[name] : null;
}
