import type { Profile } from './Profile';
import { PROFILE_NAMES, getProfile, mof } from './builtins';
import { deepFreeze } from './deepFreeze';
import { checkKeys, type Errors, fail, isPlainObject, readEnum } from './profileChecks';
import { PROFILE_FIELDS, PROFILE_KEYS, checkProfile } from './profileFields';

export type ParseProfileResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

/** Name given to a user's profile that has no "name". */
export const CUSTOM_PROFILE_NAME = 'custom';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function readField<K extends keyof Profile>(key: K, obj: Record<string, unknown>, out: Mutable<Profile>, errors: Errors): void {
  const value = PROFILE_FIELDS[key](obj[key], out[key], key, errors);
  if (value !== undefined) out[key] = value;
}

/**
 * A user's JSON profile over a base: `"extends": "mof" | "sichuan"` picks the base (else `base`, else mof); every
 * other key overrides one option (nested objects key by key, `grades` as a whole). All values are validated once;
 * errors name the key and the bad value, in English and Chinese. The profile returned is deeply frozen.
 */
export function parseProfile(json: unknown, base?: Profile): ParseProfileResult {
  const errors: Errors = [];
  if (!isPlainObject(json)) {
    fail(errors, '(profile)', 'must be a JSON object', '应为 JSON 对象', json);
    return { ok: false, errors };
  }
  checkKeys(json, ['extends', ...PROFILE_KEYS], '(profile)', errors);

  let root = base ?? mof;
  if ('extends' in json) {
    const name = readEnum(json.extends, PROFILE_NAMES, 'extends', errors);
    root = (name !== undefined && getProfile(name)) || root;
  }
  const out: Mutable<Profile> = { ...root, name: CUSTOM_PROFILE_NAME };
  for (const key of PROFILE_KEYS) if (key in json) readField(key, json, out, errors);
  if (errors.length === 0) checkProfile(out, errors);

  return errors.length > 0 ? { ok: false, errors } : { ok: true, profile: deepFreeze(structuredClone(out)) };
}
