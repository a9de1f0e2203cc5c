import { describe, expect, it } from 'vitest';
import { findCheck, CHECKS } from './registry.js';
import { SEVERITIES } from './types.js';

/** The catalogue of docs/CHECKS.md; IDs are stable and referenced by waivers, alerts and the API. */
const EXPECTED_IDS = [
  'EXO.AUTHPOL.BLOCKS_BASIC',
  'EXO.AUTHPOL.ORG_DEFAULT',
  'ROLLOUT.PILOT_COVERAGE',
  'ROLLOUT.SCHEDULE',
  'ROLLOUT.ORG_COVERAGE',
  'EXO.SMTP_AUTH.DISABLED',
  'ONPREM.HMA.ENABLED',
  'ONPREM.HMA.EVOSTS',
  'ONPREM.AUTHPOL.BLOCKS_LEGACY',
  'ONPREM.AUTHPOL.ORG_DEFAULT',
  'ONPREM.EAS.DEFAULT_BLOCK',
  'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED',
  'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED',
  'ONPREM.EAS.UNAPPROVED_DEVICES',
  'ONPREM.EAS.PROTOCOL_VERSION',
  'ENTRA.CA.BLOCK_LEGACY_AUTH',
  'ENTRA.CA.MFA_EXCHANGE',
  'ENTRA.CA.BREAK_GLASS_EXCLUDED',
  'ENTRA.CA.APP_PROTECTION_MOBILE',
  'SIGNIN.LEGACY_AUTH_SUCCESS',
  'SIGNIN.LEGACY_AUTH_ATTEMPTS',
  'SIGNIN.UNAPPROVED_EAS_CLIENTS',
  'SIGNIN.MFA_COVERAGE',
  'SIGNIN.CA_NOT_APPLIED',
];

/** Severities exactly as the tables of docs/CHECKS.md give them. */
const SEVERITY_OF: Record<string, string> = {
  'EXO.AUTHPOL.BLOCKS_BASIC': 'HIGH',
  'EXO.AUTHPOL.ORG_DEFAULT': 'MEDIUM',
  'ROLLOUT.PILOT_COVERAGE': 'HIGH',
  'ROLLOUT.SCHEDULE': 'MEDIUM',
  'ROLLOUT.ORG_COVERAGE': 'INFO',
  'EXO.SMTP_AUTH.DISABLED': 'HIGH',
  'ONPREM.HMA.ENABLED': 'CRITICAL',
  'ONPREM.HMA.EVOSTS': 'HIGH',
  'ONPREM.AUTHPOL.BLOCKS_LEGACY': 'HIGH',
  'ONPREM.AUTHPOL.ORG_DEFAULT': 'MEDIUM',
  'ONPREM.EAS.DEFAULT_BLOCK': 'HIGH',
  'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED': 'CRITICAL',
  'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED': 'HIGH',
  'ONPREM.EAS.UNAPPROVED_DEVICES': 'HIGH',
  'ONPREM.EAS.PROTOCOL_VERSION': 'LOW',
  'ENTRA.CA.BLOCK_LEGACY_AUTH': 'CRITICAL',
  'ENTRA.CA.MFA_EXCHANGE': 'CRITICAL',
  'ENTRA.CA.BREAK_GLASS_EXCLUDED': 'HIGH',
  'ENTRA.CA.APP_PROTECTION_MOBILE': 'LOW',
  'SIGNIN.LEGACY_AUTH_SUCCESS': 'CRITICAL',
  'SIGNIN.LEGACY_AUTH_ATTEMPTS': 'LOW',
  'SIGNIN.UNAPPROVED_EAS_CLIENTS': 'HIGH',
  'SIGNIN.MFA_COVERAGE': 'HIGH',
  'SIGNIN.CA_NOT_APPLIED': 'MEDIUM',
};

describe('the check registry', () => {
  it('holds exactly the catalogue of CHECKS.md, each ID once', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...EXPECTED_IDS].sort());
    expect(ids).toHaveLength(24); // 23 added to EXO.AUTHPOL.BLOCKS_BASIC: every ID in CHECKS.md
  });

  it.each(EXPECTED_IDS)('%s is findable and fully described, with its catalogue severity', (id) => {
    const check = findCheck(id);
    expect(check).toBeDefined();
    expect(check!.title.trim()).not.toBe('');
    expect(check!.description.trim()).not.toBe('');
    expect(check!.rationale.trim()).not.toBe('');
    expect(check!.remediation.trim()).not.toBe('');
    expect(SEVERITIES).toContain(check!.severity);
    expect(check!.severity).toBe(SEVERITY_OF[id]);
    expect(check!.sources.length).toBeGreaterThan(0);
  });

  it('SIGNIN checks read only sign-ins; pilot and schedule read Exchange Online and Entra', () => {
    for (const c of CHECKS.filter((c) => c.id.startsWith('SIGNIN.')))
      expect(c.sources).toEqual(['signIns']);
    expect(findCheck('ROLLOUT.PILOT_COVERAGE')!.sources).toEqual(['exchangeOnline', 'entra']);
    expect(findCheck('ROLLOUT.SCHEDULE')!.sources).toEqual(['exchangeOnline', 'entra']);
  });
});
