import type { AccessState } from '../../posture/microsoft';

export type AccessStateColor = 'success' | 'error' | 'warning' | 'default';

const COLORS: Record<AccessState, AccessStateColor> = {
  Allowed: 'success',
  Blocked: 'error',
  Quarantined: 'warning',
  DeviceDiscovery: 'default',
  Unknown: 'default',
};

/** Allowed green, Blocked red, Quarantined amber; anything else neutral. */
export function accessStateColor(state: string | null | undefined): AccessStateColor {
  return state && Object.hasOwn(COLORS, state) ? COLORS[state as AccessState] : 'default';
}

/**
 * The person's name out of Exchange's `UserDisplayName`, which is the mailbox's AD path
 * (`corp.contoso.com/Users/Hannah Liao`).
 */
export function shortUserName(displayName: string | null | undefined): string {
  if (!displayName) return '';
  const parts = displayName.split('/').filter((part) => part.trim() !== '');
  return parts[parts.length - 1]?.trim() ?? displayName;
}

/** Keys the server adds to `raw` that are not part of the cmdlet object. */
const OURS = new Set(['tenantId', 'snapshotId']);

/** The `Get-MobileDevice` object as Exchange returned it, for the details panel. */
export function cmdletObject(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !OURS.has(key)));
}
