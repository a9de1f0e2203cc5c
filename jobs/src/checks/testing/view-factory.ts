import { DEFAULT_APPROVED_MOBILE_APPS } from '../../tenants/tenant-settings.js';
import type {
  EntraData,
  ExchangeOnlineData,
  ExchangeOnPremisesData,
  SignInAggregates,
  SignInView,
  TenantSettingsView,
  TenantView,
} from '../types.js';

export const NOW = new Date('2026-11-20T06:00:00Z');

export const DEFAULT_SETTINGS: TenantSettingsView = {
  signInLookbackDays: 7,
  deviceLookbackDays: 30,
  pilotCoverageThreshold: 0.95,
  legacyAttemptRiseThreshold: 0.5,
  emergencyAccessAccounts: [],
  approvedMobileAppIds: DEFAULT_APPROVED_MOBILE_APPS.map((a) => a.appId),
  declaredSources: [],
  maxSourceAgeHours: 48,
};

export function emptySignInAggregates(): SignInAggregates {
  return {
    totalEvents: 0,
    unknownClientApps: [],
    legacySuccess: { count: 0, byUserProtocol: { items: [], total: 0 } },
    legacyFailures: { current: 0, previous: 0, users: { items: [], total: 0 } },
    easSuccess: { items: [], total: 0 },
    unapprovedMobileApps: { items: [], total: 0 },
    mfa: { considered: 0, withMfa: 0, missingRequirement: 0, byWave: [] },
    caNotApplied: { count: 0, users: { items: [], total: 0 } },
  };
}

export function presentSignIns(overrides: Partial<SignInAggregates> = {}): SignInView {
  const to = NOW;
  const from = new Date(to.getTime() - 7 * 86_400_000);
  const previousFrom = new Date(from.getTime() - 7 * 86_400_000);
  return {
    state: 'PRESENT',
    window: { from, to },
    previousWindow: { from: previousFrom, to: from },
    ...emptySignInAggregates(),
    ...overrides,
  };
}

/** A view with every source absent; pass what a scenario needs. */
export function makeView(
  parts: {
    exchangeOnline?: ExchangeOnlineData;
    exchangeOnPremises?: ExchangeOnPremisesData;
    entra?: EntraData;
    signIns?: SignInView;
    settings?: Partial<TenantSettingsView>;
    waves?: TenantView['waves'];
    waivers?: TenantView['waivers'];
  } = {},
): TenantView {
  const present = <T>(data: T | undefined, snapshotId: string) =>
    data === undefined
      ? ({ state: 'ABSENT' } as const)
      : ({
          state: 'PRESENT',
          snapshotId,
          capturedAt: new Date(NOW.getTime() - 3_600_000),
          data,
        } as const);
  return {
    tenantId: '00000000-0000-4000-8000-000000000001',
    now: NOW,
    settings: { ...DEFAULT_SETTINGS, ...parts.settings },
    exchangeOnline: present(parts.exchangeOnline, 'snap-exo'),
    exchangeOnPremises: present(parts.exchangeOnPremises, 'snap-onprem'),
    entra: present(parts.entra, 'snap-entra'),
    signIns: parts.signIns ?? { state: 'ABSENT' },
    waves: parts.waves ?? [],
    waivers: parts.waivers ?? [],
  };
}
