import type { CheckDefinition, CheckOutcome, TenantView } from '../types.js';
import { exoPolicyBlocksBasic } from './exchange-online.js';
import { MailboxDirectory, type MemberCoverage } from './mailbox-coverage.js';
import { onPremPolicyBlocksLegacy } from './onprem-authpol.js';
import { GroupDirectory, pilotWave, waveCoverage, waveSummary } from './people.js';
import { cap, lower } from './shared.js';
import { checkMessages } from './messages.js';

const rollout = checkMessages('ROLLOUT', {
  no_wave: 'Not applicable: the tenant has no rollout wave.',
});
const pilotCoverage = checkMessages('ROLLOUT.PILOT_COVERAGE', {
  warn_no_members: 'The pilot wave "%{wave}" has no members, so nobody is piloting the policy.',
  warn_no_mailboxes:
    'No member of the pilot wave "%{wave}" has a mailbox, so nobody is piloting the policy.',
  coverage:
    '%{covered} of %{total} pilot users with a mailbox (%{ratio:percent}) in "%{wave}" are covered.',
});
const schedule = checkMessages('ROLLOUT.SCHEDULE', {
  pass_none_due: 'No wave has reached its planned date yet.',
  pass: 'All %{due:plural:wave:waves} past their planned date are fully covered.',
  warn: '%{count:plural:wave is:waves are} late: %{waves}.',
  late_wave: '"%{wave}" (%{covered}/%{total}, %{ratio:percent})',
});
const orgCoverage = checkMessages('ROLLOUT.ORG_COVERAGE', {
  pass_no_mailboxes: 'There are no user mailboxes to cover.',
  coverage: '%{covered} of %{total} mailbox users (%{ratio:percent}) are covered.',
});

const SET_USER =
  "Exchange Online mailbox: Set-User -AuthenticationPolicy with the policy that has AllowBasicAuthAutodiscover, AllowBasicAuthActiveSync and AllowBasicAuthOutlookService all $false (Exchange Online PowerShell). On-premises mailbox: Set-User -AuthenticationPolicy with the policy that has BlockLegacyAuthActiveSync and BlockLegacyAuthAutodiscover (on-premises Exchange Management Shell). A result names the users and the tenant's own policies";

const WHERE_IT_LIVES =
  'judged where the mailbox lives: an Exchange Online mailbox by its effective Exchange Online policy (own, else the organization default) blocking Basic auth for Autodiscover, ActiveSync and Outlook Service; an on-premises mailbox by its effective on-premises policy (own from on-premises Get-User, else the on-premises default) having BlockLegacyAuthActiveSync and BlockLegacyAuthAutodiscover. Members without a mailbox are counted apart';

function uncoveredRow(u: MemberCoverage) {
  return {
    userPrincipalName: u.userPrincipalName,
    mailboxLocation: u.mailboxLocation,
    reason: u.reason,
    // The web words the reason from this (evidence-tables.ts: a `<field>Message` beside a field).
    reasonMessage: u.reasonMessage,
    effectivePolicy: u.effectivePolicy,
    policySource: u.policySource,
  };
}

/** The name of the tenant's first policy that blocks legacy auth on each side, if any. */
function blockingPolicies(view: TenantView): { online: string | null; onPremises: string | null } {
  const first = <T extends { Name?: string }>(list: T[] | undefined, blocks: (p: T) => boolean) => {
    try {
      return (list ?? []).find((p) => p.Name && blocks(p))?.Name ?? null;
    } catch {
      return null; // a policy lacking a flag: the check itself reports that
    }
  };
  return {
    online:
      view.exchangeOnline.state === 'PRESENT'
        ? first(view.exchangeOnline.data.authenticationPolicies, exoPolicyBlocksBasic)
        : null,
    onPremises:
      view.exchangeOnPremises.state === 'PRESENT'
        ? first(view.exchangeOnPremises.data.authenticationPolicies, onPremPolicyBlocksLegacy)
        : null,
  };
}

/**
 * Set-User for each uncovered user (at most 20), with the tenant's own blocking policy on the side
 * where the mailbox lives; none when a side's users have no blocking policy to get.
 */
function coverageRemediation(
  view: TenantView,
  uncovered: readonly MemberCoverage[],
  orgDefault = false,
): { remediation?: string } {
  const names = blockingPolicies(view);
  const online = uncovered.filter((u) => u.mailboxLocation === 'ONLINE');
  const onPrem = uncovered.filter((u) => u.mailboxLocation === 'ON_PREMISES');
  if ((online.length > 0 && !names.online) || (onPrem.length > 0 && !names.onPremises)) return {};
  const steps: string[] = [];
  if (orgDefault && names.online && online.length > 0) {
    steps.push(
      `Exchange Online PowerShell: Set-OrganizationConfig -DefaultAuthenticationPolicy "${names.online}"`,
    );
  }
  if (orgDefault && names.onPremises && onPrem.length > 0) {
    steps.push(
      `on-premises Exchange Management Shell: Set-OrganizationConfig -DefaultAuthenticationPolicy "${names.onPremises}"`,
    );
  }
  const users = (list: MemberCoverage[], policy: string | null, where: string) =>
    list.length === 0 || !policy
      ? []
      : [
          `${where}: ${list
            .slice(0, 20)
            .map(
              (u) =>
                `Set-User -Identity "${u.userPrincipalName}" -AuthenticationPolicy "${policy}"`,
            )
            .join('; ')}${list.length > 20 ? ` (and the other ${list.length - 20} listed)` : ''}`,
        ];
  steps.push(
    ...users(online, names.online, 'Exchange Online PowerShell'),
    ...users(onPrem, names.onPremises, 'on-premises Exchange Management Shell'),
  );
  return steps.length > 0 ? { remediation: `${steps.join('. ')}.` } : {};
}

function noWave(): CheckOutcome {
  return {
    status: 'NOT_APPLICABLE',
    metric: null,
    ...rollout.say('no_wave'),
    evidence: { waves: [] },
  };
}

export const rolloutPilotCoverage: CheckDefinition = {
  id: 'ROLLOUT.PILOT_COVERAGE',
  title: 'Every member of the pilot wave is covered by a policy that blocks Basic auth',
  severity: 'HIGH',
  metricUnit: 'RATIO',
  sources: ['exchangeOnline', 'entra'],
  description: `Every member of the pilot wave's group (nested groups included) with a mailbox is covered, ${WHERE_IT_LIVES}. At or above the tenant's threshold (default 95%) it is WARN, below FAIL.`,
  outcomes: {
    PASS: "Every member of the pilot wave's group (the wave with the lowest order; nested groups included) who has a mailbox is covered where the mailbox lives; the metric is covered / members with a mailbox.",
    WARN: "Coverage is below 100% but at or above the tenant's pilot coverage threshold (default 95%), or no member of the pilot group has a mailbox.",
    FAIL: 'Coverage is below the threshold; the evidence lists each uncovered user and why.',
    NOT_APPLICABLE: 'The tenant has no rollout wave.',
    ERROR:
      "The pilot's group (or a group nested in it) is not in the Entra snapshot, or a member, user or policy (Exchange Online or, for on-premises mailboxes, on-premises) lacks a key the join needs.",
  },
  rationale:
    'Seed article, Exchange Online configuration: assign the authentication policy to a pilot group of users first, and roll it out to everyone only after testing.',
  remediation: `For each uncovered pilot user: ${SET_USER}. A user whose own policy allows Basic auth needs that policy replaced, not only the organization default.`,
  evaluate(view) {
    const pilot = pilotWave(view.waves);
    if (!pilot) return noWave();
    const cov = waveCoverage(GroupDirectory.of(view), MailboxDirectory.of(view), pilot);
    const threshold = view.settings.pilotCoverageThreshold;
    const withMailbox = cov.members - cov.withoutMailbox;
    const evidence = {
      wave: waveSummary(pilot),
      members: cov.members,
      withMailbox,
      covered: cov.covered,
      withoutMailbox: cov.withoutMailbox,
      threshold,
      uncovered: cap(cov.uncovered.map(uncoveredRow)),
      nestedGroups: cov.nestedGroups,
      nonUserMembersIgnored: cov.otherMembers,
    };
    if (withMailbox === 0) {
      return {
        status: 'WARN',
        metric: null,
        ...(cov.members === 0
          ? pilotCoverage.say('warn_no_members', { wave: pilot.name })
          : pilotCoverage.say('warn_no_mailboxes', { wave: pilot.name })),
        evidence,
      };
    }
    const ratio = cov.covered / withMailbox;
    const said = pilotCoverage.say('coverage', {
      covered: cov.covered,
      total: withMailbox,
      ratio,
      wave: pilot.name,
    });
    if (cov.uncovered.length === 0) return { status: 'PASS', metric: ratio, ...said, evidence };
    return {
      status: ratio >= threshold ? 'WARN' : 'FAIL',
      metric: ratio,
      ...said,
      evidence,
      failingItems: cov.uncovered.map((u) => u.userPrincipalName),
      ...coverageRemediation(view, cov.uncovered),
    };
  },
};

export const rolloutSchedule: CheckDefinition = {
  id: 'ROLLOUT.SCHEDULE',
  title: 'Every wave whose planned date has passed is fully covered',
  severity: 'MEDIUM',
  metricUnit: 'COUNT',
  sources: ['exchangeOnline', 'entra'],
  description: `Each rollout wave whose plannedAt lies in the past has all its members with a mailbox covered, ${WHERE_IT_LIVES}; late waves are named with their coverage.`,
  outcomes: {
    PASS: 'Every wave whose plannedAt has passed is fully covered (also when no wave is due yet).',
    WARN: 'A wave past its planned date still has uncovered members; the summary names the late waves with their coverage.',
    NOT_APPLICABLE: 'The tenant has no rollout wave.',
    ERROR:
      "A due wave's group is not in the Entra snapshot, or the Entra group list or the Exchange Online users or policies are missing.",
  },
  rationale:
    'Seed article, Exchange Online configuration: after the pilot, the authentication policy is rolled out to all users; the wave plan tracks that rollout so it does not stall after the pilot.',
  remediation: `For each uncovered member of a late wave: ${SET_USER}; or move the wave's planned date if the plan changed.`,
  evaluate(view) {
    if (view.waves.length === 0) return noWave();
    const groups = GroupDirectory.of(view);
    const mailboxes = MailboxDirectory.of(view);
    const due = view.waves
      .filter((w) => w.plannedAt !== null && w.plannedAt.getTime() <= view.now.getTime())
      .sort((a, b) => a.order - b.order);
    const results = due.map((w) => ({ wave: w, cov: waveCoverage(groups, mailboxes, w) }));
    const late = results.filter((r) => r.cov.uncovered.length > 0);
    const rows = results.map(({ wave, cov }) => ({
      ...waveSummary(wave),
      members: cov.members,
      covered: cov.covered,
      withoutMailbox: cov.withoutMailbox,
      coverage: cov.coverage,
      late: cov.uncovered.length > 0,
    }));
    const uncovered = [
      ...new Set(late.flatMap((r) => r.cov.uncovered.map((u) => u.userPrincipalName))),
    ];
    const evidence = {
      now: view.now.toISOString(),
      dueWaves: rows,
      notYetDue: view.waves.filter((w) => !due.includes(w)).map(waveSummary),
      uncovered: cap(
        late.flatMap((r) =>
          r.cov.uncovered.map((u) => ({ wave: r.wave.name, ...uncoveredRow(u) })),
        ),
      ),
    };
    if (late.length === 0) {
      return {
        status: 'PASS',
        metric: 0,
        ...(due.length === 0
          ? schedule.say('pass_none_due')
          : schedule.say('pass', { due: due.length })),
        evidence,
      };
    }
    const named = late.map(({ wave, cov }) =>
      schedule.part('late_wave', {
        wave: wave.name,
        covered: cov.covered,
        total: cov.members - cov.withoutMailbox,
        ratio: cov.coverage ?? 0,
      }),
    );
    return {
      status: 'WARN',
      metric: late.length,
      ...schedule.say('warn', { count: late.length, waves: named }),
      evidence,
      failingItems: uncovered,
      ...coverageRemediation(
        view,
        late.flatMap((r) => r.cov.uncovered),
      ),
    };
  },
};

export const rolloutOrgCoverage: CheckDefinition = {
  id: 'ROLLOUT.ORG_COVERAGE',
  title:
    'Every mailbox user is covered by a policy that blocks legacy auth where the mailbox lives',
  severity: 'INFO',
  metricUnit: 'RATIO',
  // Users and policies come from Exchange Online, and from on-premises when it is present
  // (an on-premises mailbox without on-premises data counts as not covered); no group is read.
  sources: ['exchangeOnline'],
  description: `Every user with a mailbox (Exchange Online Get-User, plus on-premises Get-User when present) is covered, ${WHERE_IT_LIVES}. Anything less is WARN: rollout progress, not a fault.`,
  outcomes: {
    PASS: 'Every user with a mailbox, online or on-premises, is covered where the mailbox lives (also when there are no mailbox users); the metric is the covered share.',
    WARN: 'Some mailbox users are not covered yet: rollout progress, not a fault. The evidence lists them, where their mailbox lives and how many are held back by a policy of their own.',
    ERROR:
      'Get-User or Get-AuthenticationPolicy output is missing, or a user lacks UserPrincipalName, RecipientTypeDetails or AuthenticationPolicy.',
  },
  rationale:
    'Seed article, Exchange Online and on-premises configuration: the end state of the rollout is the policy applied to every user through Set-OrganizationConfig -DefaultAuthenticationPolicy, in Exchange Online and on-premises.',
  remediation:
    "Set-OrganizationConfig -DefaultAuthenticationPolicy to the policy that blocks legacy auth, in Exchange Online PowerShell and in the on-premises Exchange Management Shell; for each listed user whose own policy allows legacy auth, Set-User -AuthenticationPolicy $null (fall back to the default) or assign the blocking policy, on the side where the mailbox lives. A result names the tenant's own policies and users.",
  evaluate(view) {
    const cov = MailboxDirectory.of(view).everyone();
    const mailboxUsers = cov.members - cov.withoutMailbox;
    const evidence = {
      mailboxUsers,
      covered: cov.covered,
      withoutMailbox: cov.withoutMailbox,
      online: cov.rows.filter((r) => r.mailboxLocation === 'ONLINE').length,
      onPremises: cov.rows.filter((r) => r.mailboxLocation === 'ON_PREMISES').length,
      uncovered: cap(cov.uncovered.map(uncoveredRow)),
      overriddenByOwnPolicy: cov.uncovered.filter((u) => u.policySource === 'user').length,
    };
    if (mailboxUsers === 0) {
      return {
        status: 'PASS',
        metric: null,
        ...orgCoverage.say('pass_no_mailboxes'),
        evidence,
      };
    }
    const ratio = cov.covered / mailboxUsers;
    const said = orgCoverage.say('coverage', { covered: cov.covered, total: mailboxUsers, ratio });
    if (cov.uncovered.length === 0) return { status: 'PASS', metric: ratio, ...said, evidence };
    return {
      status: 'WARN',
      metric: ratio,
      ...said,
      evidence,
      failingItems: cov.uncovered.map((u) => lower(u.userPrincipalName)),
      ...coverageRemediation(view, cov.uncovered, true),
    };
  },
};
