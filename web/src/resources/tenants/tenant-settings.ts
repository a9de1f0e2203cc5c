import { SOURCES, isSource, type Source } from '../../posture/domain';

/** `Tenant.settings` (jobs/src/tenants/tenant-settings.ts is the source of truth). */
export interface TenantSettings {
  checkSchedule: string;
  signInLookbackDays: number;
  deviceLookbackDays: number;
  /** A ratio 0..1; the form shows a percentage. */
  pilotCoverageThreshold: number;
  /** A ratio: 0.5 = attempts may rise by 50%; the form shows a percentage. */
  legacyAttemptRiseThreshold: number;
  emergencyAccessAccounts: string[];
  declaredSources: Source[];
  maxSourceAgeHours: number;
  signInRetentionDays: number;
}

/**
 * The server's defaults, so an older tenant whose stored settings lack a newer key still shows
 * a value in the form (the server fills the same defaults when it reads the settings).
 */
export const DEFAULT_SETTINGS: TenantSettings = {
  checkSchedule: '0 * * * *',
  signInLookbackDays: 7,
  deviceLookbackDays: 30,
  pilotCoverageThreshold: 0.95,
  legacyAttemptRiseThreshold: 0.5,
  emergencyAccessAccounts: [],
  declaredSources: [],
  maxSourceAgeHours: 48,
  signInRetentionDays: 90,
};

const NUMBER_KEYS = [
  'signInLookbackDays',
  'deviceLookbackDays',
  'pilotCoverageThreshold',
  'legacyAttemptRiseThreshold',
  'maxSourceAgeHours',
  'signInRetentionDays',
] as const satisfies ReadonlyArray<keyof TenantSettings>;

/** Four decimals of a percent survive the round trip; float noise (95.00000000000001) does not. */
export function ratioToPercent(ratio: number): number {
  return Math.round(ratio * 1_000_000) / 10_000;
}

export function percentToRatio(percent: number): number {
  return Math.round(percent * 10_000) / 1_000_000;
}

const toNumber = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
};

/** NumberInput `format` for a stored ratio: the percentage as the input's text. */
export const formatPercent = (ratio: unknown): string => {
  const n = toNumber(ratio);
  return n === null ? '' : String(ratioToPercent(n));
};

/** NumberInput `parse` for a percentage: the ratio to store, null when empty. */
export const parsePercent = (percent: unknown): number | null => {
  const n = toNumber(percent);
  return n === null ? null : percentToRatio(n);
};

/** Stored settings (a JSON object, or JSON sent as a string) with every key filled in. */
export function settingsForForm(value: unknown): TenantSettings {
  let stored: unknown = value;
  if (typeof value === 'string') {
    try {
      stored = JSON.parse(value);
    } catch {
      stored = {};
    }
  }
  const s =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return { ...DEFAULT_SETTINGS, ...normalize(s) };
}

/**
 * The settings to send: known keys only (the server refuses others), numbers as numbers,
 * accounts trimmed and each once, sources from the known list. An empty value is left out,
 * so the server keeps the stored one rather than refusing a null.
 */
export function normalize(s: Record<string, unknown>): Partial<TenantSettings> {
  const out: Partial<TenantSettings> = {};
  if (typeof s.checkSchedule === 'string' && s.checkSchedule.trim() !== '') {
    out.checkSchedule = s.checkSchedule.trim().replace(/\s+/g, ' ');
  }
  for (const key of NUMBER_KEYS) {
    const n = toNumber(s[key]);
    if (n !== null) out[key] = n;
  }
  if (Array.isArray(s.emergencyAccessAccounts)) {
    const accounts = s.emergencyAccessAccounts
      .filter((a): a is string => typeof a === 'string')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    out.emergencyAccessAccounts = [...new Set(accounts)];
  }
  if (Array.isArray(s.declaredSources)) {
    out.declaredSources = SOURCES.filter((source) =>
      (s.declaredSources as unknown[]).some((d) => isSource(d) && d === source),
    );
  }
  return out;
}

export interface TenantUpdate {
  id: string;
  name?: string;
  entraTenantId: string | null;
  settings: Partial<TenantSettings>;
}

/** The edit form's values → `updateTenant` arguments: only what the mutation takes. */
export function toTenantUpdate(data: Record<string, unknown>): TenantUpdate {
  const entra = typeof data.entraTenantId === 'string' ? data.entraTenantId.trim() : '';
  const settings =
    typeof data.settings === 'object' && data.settings !== null
      ? (data.settings as Record<string, unknown>)
      : {};
  return {
    id: String(data.id),
    ...(typeof data.name === 'string' ? { name: data.name.trim() } : {}),
    entraTenantId: entra === '' ? null : entra,
    settings: normalize(settings),
  };
}
