import { isSignInErrorCode, type SignInErrorCode } from '../../posture/microsoft';
import type { SignIn } from '../../data/records';

export type ChipColor = 'default' | 'success' | 'warning' | 'error';

/**
 * The "Legacy" chip's colour, or null for modern authentication (no chip). A legacy sign-in
 * that succeeded is the finding (Basic authentication still works); a failed one was blocked.
 */
export function legacyChipColor(s: Pick<SignIn, 'isLegacy' | 'success'>): ChipColor | null {
  if (!s.isLegacy) return null;
  return s.success ? 'error' : 'warning';
}

export interface SignInOutcome {
  /** Translation key of the chip's label. */
  key: 'posture.sign_in.success' | 'posture.sign_in.failure';
  color: ChipColor;
  /** The Entra error code of a failure (0 is success, so never shown). */
  code: number | null;
  /** A code the dashboard can explain (`posture.sign_in_error.<code>`). */
  known: SignInErrorCode | null;
}

/** Success or failure, with the error code of a failure. */
export function signInOutcome(s: Pick<SignIn, 'success' | 'errorCode'>): SignInOutcome {
  if (s.success)
    return { key: 'posture.sign_in.success', color: 'success', code: null, known: null };
  const code = typeof s.errorCode === 'number' && s.errorCode !== 0 ? s.errorCode : null;
  const text = code === null ? null : String(code);
  return {
    key: 'posture.sign_in.failure',
    color: 'default',
    code,
    known: isSignInErrorCode(text) ? text : null,
  };
}

/** The `allSignIns` filter of the legacy sign-ins of a tenant since `from`, by outcome. */
export function legacySignInFilter(tenantId: string, success: boolean, from: Date) {
  return { tenantId, legacyOnly: true, success, from: from.toISOString() };
}

/** A link to the sign-in list showing `filter`, newest first. */
export function signInListLocation(filter: Record<string, unknown>) {
  const search = new URLSearchParams({
    filter: JSON.stringify(filter),
    sort: 'createdAt',
    order: 'DESC',
  });
  return { pathname: '/SignIn', search: `?${search.toString()}` };
}
