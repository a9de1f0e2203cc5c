import type {
  CheckStatus,
  RunStatus,
  RunTrigger,
  Severity,
  SnapshotOrigin,
  Source,
} from '../posture/domain';

/**
 * Our own English messages. ja.ts and zh-TW.ts must translate every key (the type says so,
 * and i18n.spec.ts checks the values); react-admin's own English comes from ra-language-english.
 */
export const en = {
  ra: {
    // The login form's "username" is the account's e-mail address.
    auth: { username: 'E-mail' },
  },
  resources: {
    Tenant: {
      name: 'Tenant |||| Tenants',
      fields: {
        id: 'ID',
        name: 'Name',
        entraTenantId: 'Entra tenant ID',
        createdAt: 'Created',
      },
    },
    CheckResult: {
      name: 'Check result |||| Check results',
      fields: {
        id: 'ID',
        tenantId: 'Tenant',
        runId: 'Run',
        checkId: 'Check',
        title: 'Title',
        status: 'Status',
        severity: 'Severity',
        metric: 'Metric',
        summary: 'Summary',
        evidence: 'Evidence',
        remediation: 'Remediation',
        evaluatedAt: 'Evaluated',
        latest: 'Latest only',
      },
    },
    CheckRun: {
      name: 'Check run |||| Check runs',
      fields: {
        id: 'ID',
        tenantId: 'Tenant',
        trigger: 'Trigger',
        status: 'Status',
        startedAt: 'Started',
        finishedAt: 'Finished',
        durationMs: 'Duration (ms)',
        score: 'Score',
        error: 'Error',
      },
    },
    Snapshot: {
      name: 'Snapshot |||| Snapshots',
      fields: {
        id: 'ID',
        tenantId: 'Tenant',
        capturedAt: 'Captured',
        receivedAt: 'Received',
        sources: 'Sources',
        origin: 'Origin',
        raw: 'Raw snapshot',
      },
    },
    Check: {
      name: 'Check |||| Check catalogue',
      fields: {
        id: 'ID',
        title: 'Title',
        severity: 'Severity',
        sources: 'Sources',
        description: 'Description',
        rationale: 'Rationale',
        remediation: 'Remediation',
      },
    },
  },
  posture: {
    status: {
      PASS: 'Pass',
      WARN: 'Warning',
      FAIL: 'Fail',
      NOT_APPLICABLE: 'Not applicable',
      ERROR: 'Error',
      WAIVED: 'Waived',
    } satisfies Record<CheckStatus, string>,
    severity: {
      CRITICAL: 'Critical',
      HIGH: 'High',
      MEDIUM: 'Medium',
      LOW: 'Low',
      INFO: 'Info',
    } satisfies Record<Severity, string>,
    run_status: {
      RUNNING: 'Running',
      SUCCEEDED: 'Succeeded',
      FAILED: 'Failed',
    } satisfies Record<RunStatus, string>,
    trigger: {
      SCHEDULE: 'Scheduled',
      MANUAL: 'Manual',
      INGEST: 'After ingest',
    } satisfies Record<RunTrigger, string>,
    origin: {
      PUSH: 'Pushed',
      PULL: 'Pulled',
      DEMO: 'Demo',
    } satisfies Record<SnapshotOrigin, string>,
    source: {
      exchangeOnline: 'Exchange Online',
      exchangeOnPremises: 'Exchange on-premises',
      entra: 'Microsoft Entra',
      signIns: 'Sign-ins',
    } satisfies Record<Source, string>,
    page: {
      dashboard: 'Posture overview',
    },
    dashboard: {
      welcome_title: 'Welcome to posture watch',
      welcome_text:
        "posture watch checks whether your organisation's Outlook mobile and Exchange access is locked down: Basic authentication turned off, modern authentication with multi-factor authentication and Conditional Access turned on. It keeps every result as history and tells you the moment a setting drifts.",
      latest_title: 'Latest check results',
      latest_subtitle: 'Newest result of each check for %{tenant}',
      total: '%{smart_count} check |||| %{smart_count} checks',
      no_tenant: 'No tenant yet: create one to start checking.',
      no_results: 'No check results yet.',
      load_error: 'Could not load the check results.',
    },
    validation: {
      guid: 'Must be a GUID, like 00000000-0000-0000-0000-000000000000',
    },
    auth: {
      server_unreachable: 'Cannot reach the server. Check your connection and try again.',
    },
  },
};

export type PostureMessages = typeof en;
