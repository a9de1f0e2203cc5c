import type {
  CheckStatus,
  RunStatus,
  RunTrigger,
  Severity,
  SnapshotOrigin,
  Source,
  WaiverScope,
  WaiverState,
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
        settings: {
          checkSchedule: 'Check schedule',
          signInLookbackDays: 'Sign-in look-back (days)',
          deviceLookbackDays: 'Device look-back (days)',
          pilotCoverageThreshold: 'Pilot coverage threshold',
          legacyAttemptRiseThreshold: 'Allowed rise in legacy sign-in attempts',
          emergencyAccessAccounts: 'Emergency access accounts',
          declaredSources: 'Declared sources',
          maxSourceAgeHours: 'Maximum source age (hours)',
          signInRetentionDays: 'Sign-in retention (days)',
        },
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
        counts: 'Results',
        error: 'Error',
        results: 'Check results of this run',
      },
    },
    RolloutWave: {
      name: 'Rollout wave |||| Rollout waves',
      fields: {
        id: 'ID',
        tenantId: 'Tenant',
        name: 'Name',
        groupId: 'Entra group ID',
        order: 'Order',
        plannedAt: 'Planned',
        createdAt: 'Created',
      },
    },
    Waiver: {
      name: 'Waiver |||| Waivers',
      fields: {
        id: 'ID',
        tenantId: 'Tenant',
        checkId: 'Check',
        scope: 'Scope',
        items: 'Items',
        itemsText: 'Users and devices',
        reason: 'Reason',
        author: 'Author',
        expiresAt: 'Expires',
        createdAt: 'Created',
        revokedAt: 'Revoked',
        active: 'State',
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
    waiver_scope: {
      TENANT: 'Whole tenant',
      ITEMS: 'Named users or devices',
    } satisfies Record<WaiverScope, string>,
    waiver_state: {
      ACTIVE: 'Active',
      EXPIRED: 'Expired',
      REVOKED: 'Revoked',
    } satisfies Record<WaiverState, string>,
    page: {
      dashboard: 'Posture overview',
    },
    waiver: {
      waive: 'Waive…',
      revoke: 'Revoke',
      revoke_title: 'Revoke the waiver for %{recordRepresentation}?',
      revoke_content:
        'The findings it covers count again from the next run. The waiver stays in the history as revoked.',
      revoked: 'Waiver revoked',
      filter_all: 'All',
      filter_active: 'Active',
      filter_inactive: 'Expired or revoked',
      items_hint:
        'One per line: a user (UPN or object ID) or a device (DeviceId). Only these items are waived.',
      reason_hint: 'Why the finding is accepted, and what happens before the waiver expires.',
      expiry_hint: 'At most a year ahead: waivers must be looked at again.',
      expiry_past: 'Must be in the future',
      expiry_too_far: 'At most 366 days ahead',
    },
    rollout: {
      pilot: 'Pilot',
      group_hint: 'The ID of a group in the newest Entra snapshot (entra.groups[].id).',
      order_hint: 'Waves are enforced in this order; the lowest is the pilot.',
    },
    history: {
      title: 'Posture over time',
      subtitle: 'Posture score and check results for %{tenant}',
      score: 'Score',
      results: 'Results',
      period: 'Period',
      days: '%{smart_count} day |||| %{smart_count} days',
      current_score: 'Latest score: %{score} / 100',
      no_score: 'No score in this period',
      empty:
        'No check runs in the last %{smart_count} day. |||| No check runs in the last %{smart_count} days.',
      load_error: 'Could not load the posture history.',
    },
    tenant: {
      tab_overview: 'Overview',
      tab_settings: 'Settings',
      tab_waves: 'Rollout waves',
    },
    settings: {
      section_schedule: 'Schedule',
      section_windows: 'Time windows',
      section_thresholds: 'Thresholds',
      section_sources: 'Accounts and sources',
      cron_hint:
        'Cron in UTC: minute hour day-of-month month day-of-week. "0 * * * *" runs every hour, "0 6 * * 1-5" at 06:00 on weekdays.',
      sign_in_lookback_hint: 'How far back the sign-in checks read (1–90 days).',
      device_lookback_hint:
        'ActiveSync devices that synced within this window are checked (1–365 days).',
      max_source_age_hint:
        "When a source's newest data is older than this, its checks report Error (stale data).",
      retention_hint: 'Older sign-ins are refused at ingestion and pruned (7–3650 days).',
      pilot_threshold_hint:
        'Pilot coverage at or above this is a warning, below it a failure (0–100%).',
      rise_threshold_hint:
        'Failed legacy attempts may rise this much against the previous window before a warning (50% = +50%).',
      emergency_hint:
        'Break-glass accounts (UPN or object ID) that every blocking or MFA policy must exclude. Press Enter after each.',
      declared_sources_hint:
        'Sources this tenant is expected to send: a declared source that never arrives makes its checks Error instead of Not applicable.',
    },
    problems: {
      title: 'The server refused some values:',
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
      integer: 'Must be a whole number',
      cron: 'Must be a cron expression of 5 fields (or 6, seconds first)',
    },
    auth: {
      server_unreachable: 'Cannot reach the server. Check your connection and try again.',
    },
  },
};

export type PostureMessages = typeof en;
