import type { TenantSettings } from '../../data/records';

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

/** Form text as the user meant it: trimmed, inner runs of spaces made one. */
const cleanText = (value: string) => value.trim().replace(/\s+/g, ' ');

/**
 * The settings to send (`TenantSettingsInput`): the form's values without GraphQL's
 * `__typename`, texts trimmed, list entries trimmed and each once. An empty value is left
 * out, so the server keeps the stored one; the server checks every value and names the bad ones.
 */
export function settingsInput(values: Record<string, unknown>): Partial<TenantSettings> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith('__') || value === null || value === undefined) continue;
    if (typeof value === 'string') {
      if (cleanText(value) !== '') out[key] = cleanText(value);
    } else if (Array.isArray(value)) {
      const entries = value.map((v) => (typeof v === 'string' ? v.trim() : v));
      out[key] = [...new Set(entries.filter((v) => v !== ''))];
    } else {
      out[key] = value;
    }
  }
  return out as Partial<TenantSettings>;
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
    settings: settingsInput(settings),
  };
}
