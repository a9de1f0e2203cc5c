import { daysFrom, localToIso } from '../../posture/dates';
import type { WaiverLimitsQuery, WaiverScope } from '../../gql/graphql';
import type { Waiver } from '../../data/records';

/** Derived in the dashboard from `active` and `revokedAt`: why a waiver covers nothing any more. */
export type WaiverState = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

/** The server's waiver limits (`waiverLimits`): days a waiver may run, and runs by default. */
export type WaiverLimits = Pick<WaiverLimitsQuery['waiverLimits'], 'maxDays' | 'defaultDays'>;

/** The create form's values: `itemsText` is the text area, one user or device per line. */
export interface WaiverFormValues {
  tenantId?: string;
  checkId?: string;
  scope?: WaiverScope;
  itemsText?: string;
  reason?: string;
  expiresAt?: string | Date | null;
}

/** The arguments of `createWaiver`. */
export interface CreateWaiverData {
  tenantId?: string;
  checkId?: string;
  scope: WaiverScope;
  items: string[] | null;
  reason: string;
  expiresAt: string | null;
}

/** One entry per non-empty line, trimmed, each once. */
export function linesOf(text: string | null | undefined): string[] {
  if (!text) return [];
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return [...new Set(lines)];
}

/** Form values → `createWaiver` arguments; a tenant-wide waiver names no items. */
export function toCreateWaiver(values: WaiverFormValues): CreateWaiverData {
  const scope = values.scope ?? 'TENANT';
  return {
    tenantId: values.tenantId,
    checkId: values.checkId,
    scope,
    items: scope === 'ITEMS' ? linesOf(values.itemsText) : null,
    reason: (values.reason ?? '').trim(),
    expiresAt: localToIso(values.expiresAt),
  };
}

/** A new waiver's expiry: the server's default duration from now. */
export const defaultExpiry = (limits: WaiverLimits, now = new Date()) =>
  daysFrom(now, limits.defaultDays).toISOString();

export type ExpiryProblem = string | { message: string; args: Record<string, unknown> };

/** A translation key (with its arguments) when the expiry is missing, past, or too far ahead. */
export function expiryProblem(
  value: unknown,
  limits: WaiverLimits,
  now = new Date(),
): ExpiryProblem | undefined {
  const iso = localToIso(value);
  if (!iso) return 'ra.validation.required';
  const at = Date.parse(iso);
  if (at <= now.getTime()) return 'posture.waiver.expiry_past';
  if (at > daysFrom(now, limits.maxDays).getTime())
    return { message: 'posture.waiver.expiry_too_far', args: { days: limits.maxDays } };
  return undefined;
}

/** Why a waiver covers nothing any more, if it does not: revoked wins over expired. */
export function waiverState(
  waiver: Pick<Waiver, 'active' | 'revokedAt' | 'expiresAt'>,
  now = new Date(),
): WaiverState {
  if (waiver.revokedAt) return 'REVOKED';
  if (!waiver.active || Date.parse(waiver.expiresAt) <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}
