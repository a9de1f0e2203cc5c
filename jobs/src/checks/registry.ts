import {
  entraCaAppProtectionMobile,
  entraCaBlockLegacyAuth,
  entraCaBreakGlassExcluded,
  entraCaMfaExchange,
} from './catalogue/entra-ca.js';
import {
  exoAuthPolicyBlocksBasic,
  exoAuthPolicyOrgDefault,
  exoSmtpAuthDisabled,
} from './catalogue/exchange-online.js';
import { intuneAppProtectionOutlook } from './catalogue/intune-app-protection.js';
import {
  onPremEasDefaultBlock,
  onPremEasOutlookBasicBlocked,
  onPremEasOutlookServiceAllowed,
  onPremEasProtocolVersion,
  onPremEasUnapprovedDevices,
} from './catalogue/onprem-activesync.js';
import {
  onPremAuthPolicyBlocksLegacy,
  onPremAuthPolicyOrgDefault,
} from './catalogue/onprem-authpol.js';
import {
  onPremHmaEnabled,
  onPremHmaEvoSts,
  onPremHmaSpn,
  onPremServerBuild,
} from './catalogue/onprem-hma.js';
import { rolloutOrgCoverage, rolloutPilotCoverage, rolloutSchedule } from './catalogue/rollout.js';
import {
  signInCaNotApplied,
  signInLegacyAuthAttempts,
  signInLegacyAuthSuccess,
  signInMfaCoverage,
  signInUnapprovedEasClients,
} from './catalogue/signins.js';
import type { CheckDefinition, MetricUnit } from './types.js';

/** The check catalogue, in the order the dashboard lists it. IDs are stable: never rename one. */
export const CHECKS: readonly CheckDefinition[] = [
  // Exchange Online
  exoAuthPolicyBlocksBasic,
  exoAuthPolicyOrgDefault,
  rolloutPilotCoverage,
  rolloutSchedule,
  rolloutOrgCoverage,
  exoSmtpAuthDisabled,
  // Exchange on-premises
  onPremHmaEnabled,
  onPremHmaEvoSts,
  onPremHmaSpn,
  onPremServerBuild,
  onPremAuthPolicyBlocksLegacy,
  onPremAuthPolicyOrgDefault,
  onPremEasDefaultBlock,
  onPremEasOutlookServiceAllowed,
  onPremEasOutlookBasicBlocked,
  onPremEasUnapprovedDevices,
  onPremEasProtocolVersion,
  // Entra ID
  entraCaBlockLegacyAuth,
  entraCaMfaExchange,
  entraCaBreakGlassExcluded,
  entraCaAppProtectionMobile,
  intuneAppProtectionOutlook,
  // Sign-in logs
  signInLegacyAuthSuccess,
  signInLegacyAuthAttempts,
  signInUnapprovedEasClients,
  signInMfaCoverage,
  signInCaNotApplied,
];

const byId = new Map(CHECKS.map((c) => [c.id, c]));

export function findCheck(id: string): CheckDefinition | undefined {
  return byId.get(id);
}

/** What a check's metric measures; a count for an id the catalogue no longer has. */
export function metricUnitOf(checkId: string): MetricUnit {
  return findCheck(checkId)?.metricUnit ?? 'COUNT';
}
