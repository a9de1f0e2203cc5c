import { useEffect, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import { postGraphQL } from '../../data/graphql-request';
import type { ConnectorSettings } from '../../posture/records';
import type { ConnectorUpdate } from './connector-form';

const FIELDS = `tenantId enabled directoryId clientId hasSecret loginBaseUrl graphBaseUrl
  exchangeBaseUrl overlapMinutes updatedAt`;

const CONNECTOR_SETTINGS = `
  query ConnectorSettings($tenantId: ID!) {
    connectorSettings(tenantId: $tenantId) { ${FIELDS} }
  }
`;

const UPDATE_CONNECTOR_SETTINGS = `
  mutation UpdateConnectorSettings(
    $tenantId: ID!
    $directoryId: String
    $clientId: String
    $clientSecret: String
    $enabled: Boolean
    $loginBaseUrl: String
    $graphBaseUrl: String
    $exchangeBaseUrl: String
    $overlapMinutes: Int
  ) {
    updateConnectorSettings(
      tenantId: $tenantId
      directoryId: $directoryId
      clientId: $clientId
      clientSecret: $clientSecret
      enabled: $enabled
      loginBaseUrl: $loginBaseUrl
      graphBaseUrl: $graphBaseUrl
      exchangeBaseUrl: $exchangeBaseUrl
      overlapMinutes: $overlapMinutes
    ) { ${FIELDS} }
  }
`;

interface State {
  /** Null: the tenant has no connector yet. */
  data?: ConnectorSettings | null;
  error?: unknown;
  isPending: boolean;
}

/**
 * A tenant's connector (ADMIN). Not a resource (one per tenant, keyed by tenant), so it goes
 * around the data provider; an ended session still logs the user out.
 */
export function useConnectorSettings(tenantId: string | undefined) {
  const [state, setState] = useState<State>({ isPending: true });
  const logoutIfAccessDenied = useLogoutIfAccessDenied();

  useEffect(() => {
    if (!tenantId) return undefined;
    const controller = new AbortController();
    setState({ isPending: true });
    postGraphQL<{ connectorSettings: ConnectorSettings | null }>(
      CONNECTOR_SETTINGS,
      { tenantId },
      controller.signal,
    ).then(
      (data) => setState({ data: data.connectorSettings, isPending: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ error, isPending: false });
        void logoutIfAccessDenied(error);
      },
    );
    return () => controller.abort();
  }, [tenantId, logoutIfAccessDenied]);

  /** After a save: the server's answer is the stored connector. */
  const setData = (data: ConnectorSettings) => setState({ data, isPending: false });
  return { ...state, setData };
}

/** Saves the connector; the answer says whether a secret is still stored. */
export async function saveConnectorSettings(update: ConnectorUpdate): Promise<ConnectorSettings> {
  const data = await postGraphQL<{ updateConnectorSettings: ConnectorSettings }>(
    UPDATE_CONNECTOR_SETTINGS,
    { ...update },
  );
  return data.updateConnectorSettings;
}
