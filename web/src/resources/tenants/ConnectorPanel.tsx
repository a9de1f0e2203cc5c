import EditIcon from '@mui/icons-material/Edit';
import ListIcon from '@mui/icons-material/List';
import { CircularProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, ReferenceManyField, useRecordContext, useTranslate } from 'react-admin';
import type { Tenant } from '../../data/records';
import { refetchListWhileRunning } from '../ingestion-runs/ingestion-runs';
import { IngestionRunTable } from '../ingestion-runs/IngestionRunTable';
import { ConnectorForm } from './ConnectorForm';
import { ConnectorSettingsFields } from './ConnectorSettingsFields';
import { useConnectorSettings } from './use-connector-settings';

const Heading = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2">
      {translate(title)}
    </Typography>
  );
};

/** How the tenant is pulled (ADMIN): the connector, a form to change it, its latest pulls. */
export const ConnectorPanel = (_props: { label: false }) => {
  const record = useRecordContext<Tenant>();
  const translate = useTranslate();
  const { data, defaults, error, isPending, setData } = useConnectorSettings(record?.id);
  const [editing, setEditing] = useState(false);
  if (!record) return null;

  const settings = () => {
    if (isPending) return <CircularProgress size={24} />;
    if (error || !defaults)
      return <Typography color="error">{translate('posture.connector.load_error')}</Typography>;
    const current = data ?? null;
    if (current === null || editing) {
      return (
        <>
          {current === null && (
            <Typography variant="body2" color="text.secondary">
              {translate('posture.connector.none')}
            </Typography>
          )}
          <ConnectorForm
            // A fresh form for each stored version.
            key={current?.updatedAt ?? 'new'}
            tenantId={record.id}
            current={current}
            defaults={defaults}
            onSaved={(saved) => {
              setData(saved);
              setEditing(false);
            }}
            onCancel={current ? () => setEditing(false) : undefined}
          />
        </>
      );
    }
    return (
      <>
        <ConnectorSettingsFields settings={current} />
        <div>
          <Button
            label="posture.connector.edit"
            onClick={() => setEditing(true)}
            data-testid="connector-edit"
          >
            <EditIcon />
          </Button>
        </div>
      </>
    );
  };

  return (
    <Stack spacing={2} sx={{ width: '100%' }} data-testid="connector-panel">
      <Heading title="posture.connector.title" />
      {settings()}
      <Heading title="posture.connector.latest_runs" />
      <ReferenceManyField
        reference="IngestionRun"
        target="tenantId"
        sort={{ field: 'startedAt', order: 'DESC' }}
        perPage={5}
        queryOptions={{ refetchInterval: refetchListWhileRunning }}
      >
        <IngestionRunTable showTenant={false} />
      </ReferenceManyField>
      <div>
        <Button
          label="posture.connector.all_runs"
          to={`/Tenant/${encodeURIComponent(record.id)}/show/ingestion`}
        >
          <ListIcon />
        </Button>
      </div>
    </Stack>
  );
};
