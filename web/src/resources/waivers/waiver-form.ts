import { daysFrom, localToIso } from '../../posture/dates';
import type { WaiverScope, WaiverState } from '../../posture/domain';
import type { Waiver } from '../../posture/records';

/** A new waiver runs this long unless the author says otherwise. */
export const DEFAULT_WAIVER_DAYS = 30;
/** The server refuses longer waivers: they must be looked at again. */
export const MAX_WAIVER_DAYS = 366;

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

export const defaultExpiry = (now = new Date()) => daysFrom(now, DEFAULT_WAIVER_DAYS).toISOString();

/** A translation key when the expiry is missing, past, or too far ahead. */
export function expiryProblem(value: unknown, now = new Date()): string | undefined {
  const iso = localToIso(value);
  if (!iso) return 'ra.validation.required';
  const at = Date.parse(iso);
  if (at <= now.getTime()) return 'posture.waiver.expiry_past';
  if (at > daysFrom(now, MAX_WAIVER_DAYS).getTime()) return 'posture.waiver.expiry_too_far';
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
