import type { CheckDefinition, ExoAuthenticationPolicy } from '../types.js';
import {
  cap,
  exoData,
  findPolicy,
  policyRef,
  requireKey,
  requireList,
  requireObject,
} from './shared.js';
import { checkMessages } from './messages.js';

const blocksBasic = checkMessages('EXO.AUTHPOL.BLOCKS_BASIC', {
  pass: '%{blocking} of %{total} authentication policies block Basic auth for Autodiscover, ActiveSync and Outlook Service (%{names}).',
  fail_none_exist: 'There is no authentication policy at all, so nothing blocks Basic auth.',
  fail: 'None of the %{total} authentication policies blocks Basic auth for all of Autodiscover, ActiveSync and Outlook Service.',
});
const orgDefault = checkMessages('EXO.AUTHPOL.ORG_DEFAULT', {
  warn_unset:
    'No organization default authentication policy yet; a rollout is in progress (%{waves:plural:wave:waves}).',
  fail_unset:
    'No organization default authentication policy is set, so users without their own policy keep Basic auth.',
  pass: 'The organization default authentication policy "%{policy}" blocks Basic auth for Autodiscover, ActiveSync and Outlook Service.',
  warn_allows:
    'The organization default authentication policy "%{policy}" still allows Basic auth; a rollout is in progress (%{waves:plural:wave:waves}).',
  fail_allows:
    'The organization default authentication policy "%{policy}" allows Basic auth for Autodiscover, ActiveSync or Outlook Service.',
});
const smtp = checkMessages('EXO.SMTP_AUTH.DISABLED', {
  pass: 'SMTP AUTH is disabled for the organization and none of %{mailboxes:plural:mailbox:mailboxes} re-enables it.',
  fail_org:
    'SMTP AUTH is enabled for the whole organization (TransportConfig.SmtpClientAuthenticationDisabled is %{value}).',
  fail_mailboxes:
    'SMTP AUTH is disabled for the organization but %{mailboxes:plural:mailbox:mailboxes} re-enable it.',
});

const BASIC_FLAGS = [
  'AllowBasicAuthAutodiscover',
  'AllowBasicAuthActiveSync',
  'AllowBasicAuthOutlookService',
] as const;

/** True when the policy turns Basic auth off for Autodiscover, ActiveSync and Outlook Service. */
export function exoPolicyBlocksBasic(policy: ExoAuthenticationPolicy): boolean {
  const name = policy.Name ?? '(unnamed policy)';
  return BASIC_FLAGS.every(
    (flag) => requireKey(policy, flag, `authentication policy "${name}"`) === false,
  );
}

export const exoAuthPolicyBlocksBasic: CheckDefinition = {
  id: 'EXO.AUTHPOL.BLOCKS_BASIC',
  title: 'An Exchange Online authentication policy blocks Basic auth for mobile protocols',
  severity: 'HIGH',
  metricUnit: 'COUNT',
  sources: ['exchangeOnline'],
  description:
    'At least one authentication policy has AllowBasicAuthAutodiscover, AllowBasicAuthActiveSync and AllowBasicAuthOutlookService all set to false.',
  outcomes: {
    PASS: 'At least one authentication policy has AllowBasicAuthAutodiscover, AllowBasicAuthActiveSync and AllowBasicAuthOutlookService all false; the metric is how many do.',
    FAIL: 'No policy turns all three off, or there is no policy at all; the evidence lists every policy with its three flags.',
    ERROR: 'Get-AuthenticationPolicy output is missing, or a policy lacks one of the three flags.',
  },
  rationale:
    'Seed article, step 1: create an authentication policy that disables Basic authentication for Autodiscover, ActiveSync and Outlook Service before assigning it to the pilot group.',
  remediation:
    'New-AuthenticationPolicy -Name "Block Basic Auth Mobile" -AllowBasicAuthActiveSync:$false -AllowBasicAuthAutodiscover:$false -AllowBasicAuthOutlookService:$false',
  evaluate(view) {
    const policies = requireList(
      exoData(view).authenticationPolicies,
      'Get-AuthenticationPolicy output',
    );
    const rows = policies.map((p) => ({
      Name: p.Name ?? null,
      AllowBasicAuthAutodiscover: p.AllowBasicAuthAutodiscover,
      AllowBasicAuthActiveSync: p.AllowBasicAuthActiveSync,
      AllowBasicAuthOutlookService: p.AllowBasicAuthOutlookService,
      blocksBasic: exoPolicyBlocksBasic(p),
    }));
    const blocking = rows.filter((r) => r.blocksBasic);
    if (blocking.length > 0) {
      return {
        status: 'PASS',
        metric: blocking.length,
        ...blocksBasic.say('pass', {
          blocking: blocking.length,
          total: rows.length,
          names: blocking.map((b) => b.Name ?? ''),
        }),
        evidence: { policies: rows },
      };
    }
    const flags =
      '-AllowBasicAuthActiveSync:$false -AllowBasicAuthAutodiscover:$false -AllowBasicAuthOutlookService:$false';
    const named = rows.filter((r) => r.Name);
    return {
      status: 'FAIL',
      metric: 0,
      ...(rows.length === 0
        ? blocksBasic.say('fail_none_exist')
        : blocksBasic.say('fail', { total: rows.length })),
      evidence: { policies: rows },
      // The tenant's own policy when it has one; a new one only when it has none.
      ...(named.length > 0
        ? {
            remediation: `In Exchange Online PowerShell, turn the three flags off on the policy meant for the rollout: ${named
              .slice(0, 5)
              .map((r) => `Set-AuthenticationPolicy -Identity "${r.Name}" ${flags}`)
              .join(' or ')}`,
          }
        : {}),
    };
  },
};

/** Set-OrganizationConfig naming the tenant's own blocking policy, when it has one. */
function orgDefaultRemediation(policies: ExoAuthenticationPolicy[]): { remediation?: string } {
  const blocking = policies.filter((p) => p.Name && exoPolicyBlocksBasic(p));
  const first = blocking[0];
  return first
    ? {
        remediation: `In Exchange Online PowerShell: Set-OrganizationConfig -DefaultAuthenticationPolicy "${first.Name}" (the tenant's policy that blocks Basic auth for Autodiscover, ActiveSync and Outlook Service).`,
      }
    : {};
}

export const exoAuthPolicyOrgDefault: CheckDefinition = {
  id: 'EXO.AUTHPOL.ORG_DEFAULT',
  title: 'The Exchange Online organization default authentication policy blocks Basic auth',
  severity: 'MEDIUM',
  metricUnit: 'COUNT',
  sources: ['exchangeOnline'],
  description:
    'OrganizationConfig.DefaultAuthenticationPolicy names an authentication policy that turns Basic auth off for Autodiscover, ActiveSync and Outlook Service. While a rollout is in progress (a wave exists and the default does not block yet) the result is WARN rather than FAIL.',
  outcomes: {
    PASS: 'OrganizationConfig.DefaultAuthenticationPolicy names a policy (by Name, Identity, DistinguishedName or Guid, case-insensitively) that blocks Basic auth for Autodiscover, ActiveSync and Outlook Service.',
    WARN: 'The default is unset or still allows Basic auth while a rollout is in progress (the tenant has a rollout wave).',
    FAIL: 'The default is unset or allows Basic auth, and the tenant has no rollout wave.',
    ERROR:
      'The default names a policy that does not exist, or Get-OrganizationConfig (its DefaultAuthenticationPolicy) or Get-AuthenticationPolicy output is missing.',
  },
  rationale:
    'Seed article, Exchange Online configuration: after the pilot group has tested the policy, roll it out to everyone by making it the organization default with Set-OrganizationConfig -DefaultAuthenticationPolicy.',
  remediation:
    'In Exchange Online PowerShell: Set-OrganizationConfig -DefaultAuthenticationPolicy "Block Basic Auth Mobile" (a policy with AllowBasicAuthAutodiscover, AllowBasicAuthActiveSync and AllowBasicAuthOutlookService all $false).',
  evaluate(view) {
    const exo = exoData(view);
    const policies = requireList(exo.authenticationPolicies, 'Get-AuthenticationPolicy output');
    const org = requireObject(exo.organizationConfig, 'Get-OrganizationConfig output');
    const ref = policyRef(
      requireKey(org, 'DefaultAuthenticationPolicy', 'Get-OrganizationConfig output'),
    );
    const waves = view.waves.map((w) => ({ id: w.id, name: w.name, order: w.order }));
    if (ref === null) {
      const status = waves.length > 0 ? 'WARN' : 'FAIL';
      return {
        ...orgDefaultRemediation(policies),
        status,
        metric: null,
        ...(status === 'WARN'
          ? orgDefault.say('warn_unset', { waves: waves.length })
          : orgDefault.say('fail_unset')),
        evidence: { DefaultAuthenticationPolicy: null, rolloutInProgress: waves.length > 0, waves },
      };
    }
    const policy = findPolicy(policies, ref, 'OrganizationConfig.DefaultAuthenticationPolicy');
    const blocks = exoPolicyBlocksBasic(policy);
    const evidence = {
      DefaultAuthenticationPolicy: ref,
      policy: {
        Name: policy.Name ?? null,
        AllowBasicAuthAutodiscover: policy.AllowBasicAuthAutodiscover,
        AllowBasicAuthActiveSync: policy.AllowBasicAuthActiveSync,
        AllowBasicAuthOutlookService: policy.AllowBasicAuthOutlookService,
        blocksBasic: blocks,
      },
      rolloutInProgress: !blocks && waves.length > 0,
      waves,
    };
    if (blocks) {
      return {
        status: 'PASS',
        metric: null,
        ...orgDefault.say('pass', { policy: ref }),
        evidence,
      };
    }
    return {
      status: waves.length > 0 ? 'WARN' : 'FAIL',
      metric: null,
      ...(waves.length > 0
        ? orgDefault.say('warn_allows', { policy: ref, waves: waves.length })
        : orgDefault.say('fail_allows', { policy: ref })),
      evidence,
      ...orgDefaultRemediation(policies),
    };
  },
};

export const exoSmtpAuthDisabled: CheckDefinition = {
  id: 'EXO.SMTP_AUTH.DISABLED',
  title: 'SMTP AUTH is disabled for the organization and no mailbox re-enables it',
  severity: 'HIGH',
  metricUnit: 'COUNT',
  sources: ['exchangeOnline'],
  description:
    'TransportConfig.SmtpClientAuthenticationDisabled is true and no mailbox overrides it with CASMailbox.SmtpClientAuthenticationDisabled = false.',
  outcomes: {
    PASS: 'TransportConfig.SmtpClientAuthenticationDisabled is true and no mailbox re-enables SMTP AUTH (CASMailbox.SmtpClientAuthenticationDisabled = false).',
    FAIL: 'SMTP AUTH is enabled for the organization, or some mailboxes re-enable it; the evidence lists those mailboxes.',
    ERROR:
      'Get-TransportConfig or Get-CASMailbox output is missing, or lacks SmtpClientAuthenticationDisabled.',
  },
  rationale:
    'Seed article, deployment step 3: block legacy authentication attempts at the messaging-service level. Authenticated SMTP is a Basic-auth protocol that authentication policies for mobile protocols leave open, and the only one Exchange Online still accepts with Basic: unchanged until the end of December 2026, then off by default for existing tenants, though an administrator can turn it back on, with the final removal date to be announced in the second half of 2027 ("Updated Exchange Online SMTP AUTH Basic Authentication Deprecation Timeline", Exchange Team Blog, 27 January 2026, https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835). Until the tenant and every mailbox disable it, a stolen password sends mail as the user.',
  remediation:
    'In Exchange Online PowerShell: Set-TransportConfig -SmtpClientAuthenticationDisabled $true; then Set-CASMailbox -SmtpClientAuthenticationDisabled $null (follow the organization setting) for each listed mailbox; a failing result names them.',
  evaluate(view) {
    const exo = exoData(view);
    const transport = requireObject(exo.transportConfig, 'Get-TransportConfig output');
    const orgDisabled = requireKey(
      transport,
      'SmtpClientAuthenticationDisabled',
      'Get-TransportConfig output',
    );
    const mailboxes = requireList(exo.casMailboxes, 'Get-CASMailbox output');
    const reEnabling = mailboxes
      .filter((m) => {
        const upn = requireKey(m, 'UserPrincipalName', 'a CAS mailbox');
        return requireKey(m, 'SmtpClientAuthenticationDisabled', `CAS mailbox "${upn}"`) === false;
      })
      .map((m) => (m.UserPrincipalName ?? '').toLowerCase());
    const evidence = {
      SmtpClientAuthenticationDisabled: orgDisabled,
      mailboxesReEnabling: cap(reEnabling),
      mailboxesRead: mailboxes.length,
    };
    if (orgDisabled === true && reEnabling.length === 0) {
      return {
        status: 'PASS',
        metric: 0,
        ...smtp.say('pass', { mailboxes: mailboxes.length }),
        evidence,
      };
    }
    const perMailbox = reEnabling
      .slice(0, 20)
      .map((upn) => `Set-CASMailbox -Identity "${upn}" -SmtpClientAuthenticationDisabled $null`);
    const more = reEnabling.length > 20 ? ` (and the other ${reEnabling.length - 20} listed)` : '';
    const remediation = `In Exchange Online PowerShell: ${[
      ...(orgDisabled !== true
        ? ['Set-TransportConfig -SmtpClientAuthenticationDisabled $true']
        : []),
      ...perMailbox,
    ].join('; ')}${more}`;
    if (orgDisabled !== true) {
      return {
        status: 'FAIL',
        metric: reEnabling.length,
        ...smtp.say('fail_org', { value: String(orgDisabled) }),
        evidence,
        remediation,
      };
    }
    return {
      status: 'FAIL',
      metric: reEnabling.length,
      ...smtp.say('fail_mailboxes', { mailboxes: reEnabling.length }),
      evidence,
      failingItems: reEnabling,
      remediation,
    };
  },
};
