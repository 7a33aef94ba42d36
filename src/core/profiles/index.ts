export type { Profile } from './Profile';
export { PROFILE_NAMES, getProfile, isProfileName, mof, sichuan, type ProfileName } from './builtins';
export { CUSTOM_PROFILE_NAME, parseProfile, type ParseProfileResult } from './parseProfile';
