import type { ConnectorSettings } from '../../posture/records';

/** Microsoft's public endpoints: the server's defaults for a new connector. */
export const DEFAULT_BASE_URLS = {
  loginBaseUrl: 'https://login.microsoftonline.com',
  graphBaseUrl: 'https://graph.microsoft.com',
  exchangeBaseUrl: 'https://outlook.office365.com',
} as const;

export const BASE_URL_KEYS = ['loginBaseUrl', 'graphBaseUrl', 'exchangeBaseUrl'] as const;
export type BaseUrlKey = (typeof BASE_URL_KEYS)[number];

/** Minutes re-read behind the cursor on each pull (the server's bounds and default). */
export const OVERLAP_MINUTES = { min: 0, max: 1440, default: 30 } as const;

/** The connector form's values. `clientSecret` starts empty: the server never returns it. */
export interface ConnectorFormValues {
  enabled?: boolean | null;
  directoryId?: string | null;
  clientId?: string | null;
  clientSecret?: string | null;
  loginBaseUrl?: string | null;
  graphBaseUrl?: string | null;
  exchangeBaseUrl?: string | null;
  overlapMinutes?: number | string | null;
}

/** The arguments of `updateConnectorSettings`; `clientSecret` only when one was typed. */
export interface ConnectorUpdate {
  tenantId: string;
  enabled: boolean;
  directoryId: string | null;
  clientId: string | null;
  clientSecret?: string;
  loginBaseUrl: string | null;
  graphBaseUrl: string | null;
  exchangeBaseUrl: string | null;
  overlapMinutes: number | null;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const orNull = (value: string) => (value === '' ? null : value);

/** The stored connector as form values, or a new connector's defaults. Never a secret. */
export function connectorFormValues(current: ConnectorSettings | null): ConnectorFormValues {
  if (!current) {
    return {
      enabled: true,
      directoryId: '',
      clientId: '',
      clientSecret: '',
      ...DEFAULT_BASE_URLS,
      overlapMinutes: OVERLAP_MINUTES.default,
    };
  }
  return {
    enabled: current.enabled,
    directoryId: current.directoryId,
    clientId: current.clientId,
    clientSecret: '',
    loginBaseUrl: current.loginBaseUrl,
    graphBaseUrl: current.graphBaseUrl,
    exchangeBaseUrl: current.exchangeBaseUrl,
    overlapMinutes: current.overlapMinutes,
  };
}

/** A base URL as the server stores and compares it (parsed, without a trailing slash). */
export function normalizeUrl(value: unknown): string | null {
  const trimmed = text(value);
  if (trimmed === '') return null;
  try {
    return new URL(trimmed).toString().replace(/\/$/, '');
  } catch {
    return trimmed;
  }
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Why a base URL would be refused (a translation key), as the server checks it: a URL, https,
 * plain http only for a local emulator.
 */
export function baseUrlProblem(value: unknown): string | undefined {
  const trimmed = text(value);
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return 'posture.validation.url';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return undefined;
  return 'posture.validation.https';
}

/** The base URLs these values change, compared as the server compares them. */
export function changedBaseUrls(
  values: ConnectorFormValues,
  current: ConnectorSettings | null,
): BaseUrlKey[] {
  if (!current) return [];
  return BASE_URL_KEYS.filter((key) => {
    const next = normalizeUrl(values[key]);
    return next !== null && next !== normalizeUrl(current[key]);
  });
}

/**
 * Whether saving would clear the stored secret: the server drops it when a base URL changes
 * and no new secret comes with the change, so it is never sent to a host it was not entered for.
 */
export function secretWillBeCleared(
  values: ConnectorFormValues,
  current: ConnectorSettings | null,
): boolean {
  return (
    current !== null &&
    current.hasSecret &&
    text(values.clientSecret) === '' &&
    changedBaseUrls(values, current).length > 0
  );
}

const toInteger = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? Math.trunc(n) : null;
  }
  return null;
};

/**
 * Form values → `updateConnectorSettings` arguments: trimmed; an empty value is null, which the
 * server reads as "keep the stored one"; the secret is sent only when one was typed.
 */
export function toConnectorUpdate(tenantId: string, values: ConnectorFormValues): ConnectorUpdate {
  const secret = text(values.clientSecret);
  return {
    tenantId,
    enabled: values.enabled !== false,
    directoryId: orNull(text(values.directoryId)),
    clientId: orNull(text(values.clientId)),
    ...(secret === '' ? {} : { clientSecret: secret }),
    loginBaseUrl: orNull(text(values.loginBaseUrl)),
    graphBaseUrl: orNull(text(values.graphBaseUrl)),
    exchangeBaseUrl: orNull(text(values.exchangeBaseUrl)),
    overlapMinutes: toInteger(values.overlapMinutes),
  };
}
