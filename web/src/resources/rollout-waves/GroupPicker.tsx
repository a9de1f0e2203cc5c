import { useEffect, useMemo, useState } from 'react';
import { AutocompleteInput, required, useRecordContext } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { RolloutWave } from '../../data/records';
import { useGraphQLQuery } from '../../data/use-graphql-query';
import { ENTRA_GROUPS } from '../../rollout/queries';

/** Waits this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 250;

/**
 * The wave's group, picked from the groups of the tenant's newest Entra data: the server
 * searches by name or id (bounded), the wave's current group stays listed while editing.
 */
export const GroupPicker = () => {
  const tenantId = useWatch({ name: 'tenantId' }) as string | undefined;
  const record = useRecordContext<RolloutWave>();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useGraphQLQuery(ENTRA_GROUPS, tenantId ? { tenantId, q } : null);
  const current = useGraphQLQuery(
    ENTRA_GROUPS,
    tenantId && record?.groupId ? { tenantId, q: record.groupId } : null,
  );
  const choices = useMemo(() => {
    const byId = new Map<string, { id: string; name: string }>();
    for (const g of [...(current.data?.groups ?? []), ...(found.data?.groups ?? [])])
      byId.set(g.id, { id: g.id, name: g.displayName ? `${g.displayName} (${g.id})` : g.id });
    return [...byId.values()];
  }, [found.data, current.data]);
  return (
    <AutocompleteInput
      source="groupId"
      choices={choices}
      optionText="name"
      validate={required()}
      isPending={found.isPending && !!tenantId}
      onInputChange={(_e, value) => setTyped(value)}
      // The server has searched already; show what it answered.
      filterOptions={(options) => options}
      helperText="posture.rollout.group_hint"
      noOptionsText="posture.rollout.group_search_empty"
      disabled={!tenantId}
      data-testid="group-picker"
    />
  );
};
