import type { ConnectorSettings } from '../../data/records';
import type { ConnectorSettingsInput } from '../../gql/graphql';
import type { ConnectorDefaults } from './use-connector-settings';

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

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const orNull = (value: string) => (value === '' ? null : value);

/** The stored connector as form values, or the server's defaults for a new one. Never a secret. */
export function connectorFormValues(
  current: ConnectorSettings | null,
  defaults: ConnectorDefaults,
): ConnectorFormValues {
  const from = current ?? { ...defaults, enabled: true, directoryId: '', clientId: '' };
  return {
    enabled: from.enabled,
    directoryId: from.directoryId,
    clientId: from.clientId,
    clientSecret: '',
    loginBaseUrl: from.loginBaseUrl,
    graphBaseUrl: from.graphBaseUrl,
    exchangeBaseUrl: from.exchangeBaseUrl,
    overlapMinutes: from.overlapMinutes,
  };
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
 * Form values → `ConnectorSettingsInput`: trimmed; an empty value is null, which the server
 * reads as "keep the stored one"; the secret is sent only when one was typed.
 */
export function toConnectorInput(values: ConnectorFormValues): ConnectorSettingsInput {
  const secret = text(values.clientSecret);
  return {
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
