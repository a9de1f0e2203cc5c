/**
 * Microsoft's vocabularies the dashboard offers as choices or explains. The server stores these
 * as Microsoft's free text and declares no list of them, so this is the one list (docs/domain.md).
 * Client apps are not here: the server lists them with its legacy rule (`signInClientApps`).
 */

/** Graph `signIn.conditionalAccessStatus`. */
export const CA_STATUSES = ['success', 'failure', 'notApplied', 'unknownFutureValue'] as const;
export type CaStatus = (typeof CA_STATUSES)[number];

/** Graph (beta) `signIn.authenticationRequirement`: observed values. */
export const AUTH_REQUIREMENTS = [
  'singleFactorAuthentication',
  'multiFactorAuthentication',
] as const;
export type AuthRequirement = (typeof AUTH_REQUIREMENTS)[number];

/** Exchange `Get-MobileDevice` `DeviceAccessState` (docs/domain.md 3.4). */
export const ACCESS_STATES = [
  'Allowed',
  'Blocked',
  'Quarantined',
  'DeviceDiscovery',
  'Unknown',
] as const;
export type AccessState = (typeof ACCESS_STATES)[number];

/** The common `DeviceAccessStateReason` values; others show as Exchange names them. */
export const ACCESS_STATE_REASONS = [
  'Global',
  'Individual',
  'DeviceRule',
  'Policy',
  'Upgrade',
  'Unknown',
] as const;
export type AccessStateReason = (typeof ACCESS_STATE_REASONS)[number];

/** Sign-in error codes worth a word (docs/domain.md 1.5); others show as the number. */
export const SIGN_IN_ERROR_CODES = [
  '50053',
  '50057',
  '50074',
  '50076',
  '50126',
  '53000',
  '53002',
  '53003',
] as const;
export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[number];

export const isSignInErrorCode = (value: unknown): value is SignInErrorCode =>
  typeof value === 'string' && (SIGN_IN_ERROR_CODES as readonly string[]).includes(value);
