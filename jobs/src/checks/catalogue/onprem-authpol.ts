import type { CheckDefinition, OnPremAuthenticationPolicy } from '../types.js';
import {
  findPolicy,
  onPremData,
  policyRef,
  requireKey,
  requireList,
  requireObject,
} from './shared.js';
import { checkMessages } from './messages.js';

const blocksLegacy = checkMessages('ONPREM.AUTHPOL.BLOCKS_LEGACY', {
  pass: '%{blocking} of %{total:plural:on-premises authentication policy:on-premises authentication policies} block legacy auth for ActiveSync and Autodiscover (%{names}).',
  fail_none_exist:
    'Exchange on-premises has no authentication policy, so nothing blocks legacy auth for ActiveSync and Autodiscover.',
  fail: 'None of the %{total:plural:on-premises authentication policy:on-premises authentication policies} blocks legacy auth for both ActiveSync and Autodiscover.',
});
const orgDefault = checkMessages('ONPREM.AUTHPOL.ORG_DEFAULT', {
  pass: 'The on-premises default authentication policy "%{policy}" blocks legacy auth for ActiveSync and Autodiscover.',
  warn_unset:
    'No on-premises default authentication policy is set; a rollout is in progress (%{waves:plural:wave:waves}).',
  fail_unset: 'No on-premises default authentication policy is set.',
  warn_allows:
    'The on-premises default authentication policy "%{policy}" does not block legacy auth for both ActiveSync and Autodiscover; a rollout is in progress (%{waves:plural:wave:waves}).',
  fail_allows:
    'The on-premises default authentication policy "%{policy}" does not block legacy auth for both ActiveSync and Autodiscover.',
});

const BLOCK_FLAGS = ['BlockLegacyAuthActiveSync', 'BlockLegacyAuthAutodiscover'] as const;

/** True when the on-premises policy blocks legacy (Basic, Digest, NTLM, Kerberos) auth for ActiveSync and Autodiscover. */
export function onPremPolicyBlocksLegacy(policy: OnPremAuthenticationPolicy): boolean {
  const name = policy.Name ?? '(unnamed policy)';
  return BLOCK_FLAGS.every(
    (flag) => requireKey(policy, flag, `on-premises authentication policy "${name}"`) === true,
  );
}

function policyRow(p: OnPremAuthenticationPolicy) {
  return {
    Name: p.Name ?? null,
    BlockLegacyAuthActiveSync: p.BlockLegacyAuthActiveSync,
    BlockLegacyAuthAutodiscover: p.BlockLegacyAuthAutodiscover,
    blocksLegacy: onPremPolicyBlocksLegacy(p),
  };
}

export const onPremAuthPolicyBlocksLegacy: CheckDefinition = {
  id: 'ONPREM.AUTHPOL.BLOCKS_LEGACY',
  title: 'An on-premises authentication policy blocks legacy auth for ActiveSync and Autodiscover',
  severity: 'HIGH',
  metricUnit: 'COUNT',
  sources: ['exchangeOnPremises'],
  description:
    'At least one Exchange on-premises authentication policy has BlockLegacyAuthActiveSync and BlockLegacyAuthAutodiscover both true.',
  outcomes: {
    PASS: 'At least one on-premises authentication policy has BlockLegacyAuthActiveSync and BlockLegacyAuthAutodiscover both true.',
    FAIL: 'No policy blocks both, or there is no policy at all.',
    ERROR:
      'The on-premises Get-AuthenticationPolicy output is missing, or a policy lacks one of the two flags.',
  },
  rationale:
    'Seed article, Exchange on-premises configuration: to stop legacy-auth attempts against on-premises ActiveSync, create an authentication policy that blocks legacy auth for Autodiscover and ActiveSync (BlockLegacyAuthAutodiscover and BlockLegacyAuthActiveSync true).',
  remediation:
    'In the on-premises Exchange Management Shell (Exchange 2019 CU2 or later): New-AuthenticationPolicy -Name BlockLegacyActiveSyncAuth -BlockLegacyAuthActiveSync -BlockLegacyAuthAutodiscover',
  evaluate(view) {
    const policies = requireList(
      onPremData(view).authenticationPolicies,
      'on-premises Get-AuthenticationPolicy output',
    );
    const rows = policies.map(policyRow);
    const blocking = rows.filter((r) => r.blocksLegacy);
    if (blocking.length > 0) {
      return {
        status: 'PASS',
        metric: blocking.length,
        ...blocksLegacy.say('pass', {
          blocking: blocking.length,
          total: rows.length,
          names: blocking.map((b) => b.Name ?? ''),
        }),
        evidence: { policies: rows },
      };
    }
    return {
      status: 'FAIL',
      metric: 0,
      ...(rows.length === 0
        ? blocksLegacy.say('fail_none_exist')
        : blocksLegacy.say('fail', { total: rows.length })),
      evidence: { policies: rows },
      // The tenant's own policies when it has some; a new one only when it has none.
      ...(rows.some((r) => r.Name)
        ? {
            remediation: `In the on-premises Exchange Management Shell (Exchange 2019 or later), on the policy meant for the rollout: ${rows
              .filter((r) => r.Name)
              .slice(0, 5)
              .map(
                (r) =>
                  `Set-AuthenticationPolicy -Identity "${r.Name}" -BlockLegacyAuthActiveSync -BlockLegacyAuthAutodiscover`,
              )
              .join(' or ')}`,
          }
        : {}),
    };
  },
};

export const onPremAuthPolicyOrgDefault: CheckDefinition = {
  id: 'ONPREM.AUTHPOL.ORG_DEFAULT',
  title: 'The on-premises organization default authentication policy blocks legacy auth',
  severity: 'MEDIUM',
  metricUnit: 'COUNT',
  sources: ['exchangeOnPremises'],
  description:
    'The on-premises OrganizationConfig.DefaultAuthenticationPolicy names a policy that blocks legacy auth for ActiveSync and Autodiscover. While a rollout is in progress (a wave exists and the default does not block yet) the result is WARN rather than FAIL.',
  outcomes: {
    PASS: 'The on-premises DefaultAuthenticationPolicy names a policy that blocks legacy auth for ActiveSync and Autodiscover.',
    WARN: 'The default is unset or does not block while a rollout is in progress (the tenant has a rollout wave).',
    FAIL: 'The default is unset or does not block, and the tenant has no rollout wave.',
    ERROR:
      'The default names a policy that does not exist, or the on-premises Get-OrganizationConfig or Get-AuthenticationPolicy output is missing.',
  },
  rationale:
    'Seed article, Exchange on-premises configuration: assign the policy to a pilot group with Set-User first, then apply it to the whole organization with Set-OrganizationConfig -DefaultAuthenticationPolicy in the on-premises Exchange PowerShell.',
  remediation:
    "In the on-premises Exchange Management Shell: Set-OrganizationConfig -DefaultAuthenticationPolicy (the policy that blocks legacy auth for ActiveSync and Autodiscover; pilot users first with Set-User -AuthenticationPolicy). A result names the organization's own policy when it has one.",
  evaluate(view) {
    const onprem = onPremData(view);
    const policies = requireList(
      onprem.authenticationPolicies,
      'on-premises Get-AuthenticationPolicy output',
    );
    const org = requireObject(
      onprem.organizationConfig,
      'on-premises Get-OrganizationConfig output',
    );
    const ref = policyRef(
      requireKey(org, 'DefaultAuthenticationPolicy', 'on-premises Get-OrganizationConfig output'),
    );
    const policy =
      ref === null
        ? null
        : findPolicy(policies, ref, 'the on-premises DefaultAuthenticationPolicy');
    const blocks = policy !== null && onPremPolicyBlocksLegacy(policy);
    const inProgress = !blocks && view.waves.length > 0;
    const evidence = {
      DefaultAuthenticationPolicy: ref,
      policy: policy ? policyRow(policy) : null,
      rolloutInProgress: inProgress,
      waves: view.waves.map((w) => ({ id: w.id, name: w.name, order: w.order })),
    };
    if (blocks) {
      return {
        status: 'PASS',
        metric: null,
        ...orgDefault.say('pass', { policy: ref }),
        evidence,
      };
    }
    const blocking = policies.find((p) => p.Name && onPremPolicyBlocksLegacy(p));
    return {
      status: inProgress ? 'WARN' : 'FAIL',
      metric: null,
      ...(ref === null
        ? inProgress
          ? orgDefault.say('warn_unset', { waves: view.waves.length })
          : orgDefault.say('fail_unset')
        : inProgress
          ? orgDefault.say('warn_allows', { policy: ref, waves: view.waves.length })
          : orgDefault.say('fail_allows', { policy: ref })),
      evidence,
      ...(blocking
        ? {
            remediation: `In the on-premises Exchange Management Shell: Set-OrganizationConfig -DefaultAuthenticationPolicy "${blocking.Name}" (the organization's policy that blocks legacy auth for ActiveSync and Autodiscover).`,
          }
        : {}),
    };
  },
};
