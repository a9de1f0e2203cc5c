import { useEffect, useState } from 'react';
import { postGraphQL } from '../../data/graphql-request';
import type { ConnectorSettings } from '../../data/records';
import { useGraphQLQuery } from '../../data/use-graphql-query';
import { graphql } from '../../gql';
import type { ConnectorDefaultsRecordFragment, ConnectorSettingsInput } from '../../gql/graphql';

const CONNECTOR_SETTINGS = graphql(`
  query ConnectorSettings($tenantId: ID!) {
    connectorSettings(tenantId: $tenantId) {
      ...ConnectorSettingsRecord
    }
    connectorDefaults {
      ...ConnectorDefaultsRecord
    }
  }
`);

export const ConnectorDefaultsRecord = graphql(`
  fragment ConnectorDefaultsRecord on ConnectorDefaults {
    loginBaseUrl
    graphBaseUrl
    exchangeBaseUrl
    overlapMinutes
    minOverlapMinutes
    maxOverlapMinutes
  }
`);

const UPDATE_CONNECTOR_SETTINGS = graphql(`
  mutation UpdateConnectorSettings($tenantId: ID!, $input: ConnectorSettingsInput!) {
    updateConnectorSettings(tenantId: $tenantId, input: $input) {
      ...ConnectorSettingsRecord
    }
  }
`);

const CONNECTOR_CHANGE_PREVIEW = graphql(`
  query ConnectorChangePreview($tenantId: ID!, $input: ConnectorSettingsInput!) {
    connectorChangePreview(tenantId: $tenantId, input: $input) {
      clearsSecret
      problems {
        path
        reason
      }
    }
  }
`);

/** A new connector's values and the overlap's bounds, as the server states them. */
export type ConnectorDefaults = ConnectorDefaultsRecordFragment;

/**
 * A tenant's connector (ADMIN) and the server's defaults for a new one. Not a resource (one per
 * tenant, keyed by tenant), so it goes around the data provider.
 */
export function useConnectorSettings(tenantId: string | undefined) {
  const query = useGraphQLQuery(CONNECTOR_SETTINGS, tenantId ? { tenantId } : null);
  // After a save, the server's answer is the stored connector.
  const [saved, setData] = useState<ConnectorSettings | undefined>(undefined);
  useEffect(() => setData(undefined), [tenantId]);
  return {
    data: saved ?? query.data?.connectorSettings,
    defaults: query.data?.connectorDefaults,
    error: query.error,
    isPending: query.isPending,
    setData,
  };
}

/** What saving `input` would do, asked again as the values settle (null: ask nothing). */
export function useConnectorChangePreview(tenantId: string, input: ConnectorSettingsInput | null) {
  const settled = useDebounced(input, 300);
  return useGraphQLQuery(CONNECTOR_CHANGE_PREVIEW, settled ? { tenantId, input: settled } : null)
    .data?.connectorChangePreview;
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(JSON.parse(key) as T), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return settled;
}

/** Saves the connector; the answer says whether a secret is still stored. */
export async function saveConnectorSettings(
  tenantId: string,
  input: ConnectorSettingsInput,
): Promise<ConnectorSettings> {
  const data = await postGraphQL(UPDATE_CONNECTOR_SETTINGS, { tenantId, input });
  return data.updateConnectorSettings;
}
