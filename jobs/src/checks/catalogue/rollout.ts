import type { CheckDefinition, CheckOutcome } from '../types.js';
import { ExoDirectory, GroupDirectory, pilotWave, waveCoverage, waveSummary } from './people.js';
import { cap, lower, pct, plural, requireKey, sameText } from './shared.js';

const SET_USER =
  'Set-User -Identity <user> -AuthenticationPolicy "Block Basic Auth Mobile" (Exchange Online PowerShell; a policy with AllowBasicAuthAutodiscover, AllowBasicAuthActiveSync and AllowBasicAuthOutlookService all $false)';

function noWave(): CheckOutcome {
  return {
    status: 'NOT_APPLICABLE',
    metric: null,
    summary: 'Not applicable: the tenant has no rollout wave.',
    evidence: { waves: [] },
  };
}

export const rolloutPilotCoverage: CheckDefinition = {
  id: 'ROLLOUT.PILOT_COVERAGE',
  title: 'Every member of the pilot wave is covered by a policy that blocks Basic auth',
  severity: 'HIGH',
  sources: ['exchangeOnline', 'entra'],
  description:
    "Every member of the pilot wave's group (nested groups included) has an effective authentication policy (their own, else the organization default) that blocks Basic auth for Autodiscover, ActiveSync and Outlook Service. At or above the tenant's threshold (default 95%) it is WARN, below FAIL.",
  outcomes: {
    PASS: "Every member of the pilot wave's group (the wave with the lowest order; nested groups included) has an effective Exchange Online policy, their own or else the organization default, that blocks Basic auth; the metric is covered / members.",
    WARN: "Coverage is below 100% but at or above the tenant's pilot coverage threshold (default 95%), or the pilot group has no members.",
    FAIL: 'Coverage is below the threshold; the evidence lists each uncovered user and why.',
    NOT_APPLICABLE: 'The tenant has no rollout wave.',
    ERROR:
      "The pilot's group (or a group nested in it) is not in the Entra snapshot, or a member, user or policy lacks a key the join needs.",
  },
  rationale:
    'Seed article, Exchange Online configuration: assign the authentication policy to a pilot group of users first, and roll it out to everyone only after testing.',
  remediation: `For each uncovered pilot user: ${SET_USER}. A user whose own policy allows Basic auth needs that policy replaced, not only the organization default.`,
  evaluate(view) {
    const pilot = pilotWave(view.waves);
    if (!pilot) return noWave();
    const cov = waveCoverage(GroupDirectory.of(view), ExoDirectory.of(view), pilot);
    const threshold = view.settings.pilotCoverageThreshold;
    const evidence = {
      wave: waveSummary(pilot),
      members: cov.members,
      covered: cov.covered,
      threshold,
      uncovered: cap(cov.uncovered),
      nestedGroups: cov.nestedGroups,
      nonUserMembersIgnored: cov.otherMembers,
    };
    if (cov.members === 0) {
      return {
        status: 'WARN',
        metric: null,
        summary: `The pilot wave "${pilot.name}" has no members, so nobody is piloting the policy.`,
        evidence,
      };
    }
    const ratio = cov.covered / cov.members;
    const summary = `${cov.covered} of ${cov.members} pilot users (${pct(ratio)}) in "${pilot.name}" are covered.`;
    if (cov.uncovered.length === 0) return { status: 'PASS', metric: ratio, summary, evidence };
    return {
      status: ratio >= threshold ? 'WARN' : 'FAIL',
      metric: ratio,
      summary,
      evidence,
      failingItems: cov.uncovered.map((u) => u.userPrincipalName),
    };
  },
};

export const rolloutSchedule: CheckDefinition = {
  id: 'ROLLOUT.SCHEDULE',
  title: 'Every wave whose planned date has passed is fully covered',
  severity: 'MEDIUM',
  sources: ['exchangeOnline', 'entra'],
  description:
    'Each rollout wave whose plannedAt lies in the past has all its members covered by an authentication policy that blocks Basic auth; late waves are named with their coverage.',
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
    const exo = ExoDirectory.of(view);
    const due = view.waves
      .filter((w) => w.plannedAt !== null && w.plannedAt.getTime() <= view.now.getTime())
      .sort((a, b) => a.order - b.order);
    const results = due.map((w) => ({ wave: w, cov: waveCoverage(groups, exo, w) }));
    const late = results.filter((r) => r.cov.uncovered.length > 0);
    const rows = results.map(({ wave, cov }) => ({
      ...waveSummary(wave),
      members: cov.members,
      covered: cov.covered,
      coverage: cov.members === 0 ? null : cov.covered / cov.members,
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
        late.flatMap((r) => r.cov.uncovered.map((u) => ({ wave: r.wave.name, ...u }))),
      ),
    };
    if (late.length === 0) {
      return {
        status: 'PASS',
        metric: 0,
        summary:
          due.length === 0
            ? 'No wave has reached its planned date yet.'
            : `All ${plural(due.length, 'wave')} past their planned date are fully covered.`,
        evidence,
      };
    }
    const named = late
      .map(
        ({ wave, cov }) =>
          `"${wave.name}" (${cov.covered}/${cov.members}, ${pct(cov.covered / cov.members)})`,
      )
      .join(', ');
    return {
      status: 'WARN',
      metric: late.length,
      summary: `${plural(late.length, 'wave is', 'waves are')} late: ${named}.`,
      evidence,
      failingItems: uncovered,
    };
  },
};

export const rolloutOrgCoverage: CheckDefinition = {
  id: 'ROLLOUT.ORG_COVERAGE',
  title: 'Every mailbox user is covered by a policy that blocks Basic auth',
  severity: 'INFO',
  // Mailbox users and policies both come from Exchange Online; no group is read.
  sources: ['exchangeOnline'],
  description:
    'Every Exchange Online user with RecipientTypeDetails = UserMailbox has an effective authentication policy (their own, else the organization default) that blocks Basic auth for Autodiscover, ActiveSync and Outlook Service. Anything less is WARN: rollout progress, not a fault.',
  outcomes: {
    PASS: 'Every Exchange Online user with RecipientTypeDetails = UserMailbox has an effective policy that blocks Basic auth (also when there are no mailbox users); the metric is the covered share.',
    WARN: 'Some mailbox users are not covered yet: rollout progress, not a fault. The evidence lists them and how many are held back by a policy of their own.',
    ERROR:
      'Get-User or Get-AuthenticationPolicy output is missing, or a user lacks UserPrincipalName, RecipientTypeDetails or AuthenticationPolicy.',
  },
  rationale:
    'Seed article, Exchange Online configuration: the end state of the rollout is the policy applied to every user through Set-OrganizationConfig -DefaultAuthenticationPolicy.',
  remediation:
    'In Exchange Online PowerShell: Set-OrganizationConfig -DefaultAuthenticationPolicy "Block Basic Auth Mobile"; for each listed user whose own policy allows Basic auth: Set-User -Identity <user> -AuthenticationPolicy $null (fall back to the default) or assign the blocking policy.',
  evaluate(view) {
    const exo = ExoDirectory.of(view);
    const mailboxUsers = exo.allUsers().filter((u) => {
      const upn = requireKey(u, 'UserPrincipalName', 'an Exchange Online user');
      return sameText(
        requireKey(u, 'RecipientTypeDetails', `Exchange Online user "${upn}"`),
        'UserMailbox',
      );
    });
    const uncovered = mailboxUsers.flatMap((u) => {
      const miss = exo.uncoveredReason(u);
      return miss ? [miss] : [];
    });
    const covered = mailboxUsers.length - uncovered.length;
    const evidence = {
      mailboxUsers: mailboxUsers.length,
      covered,
      uncovered: cap(uncovered),
      overriddenByOwnPolicy: uncovered.filter((u) => u.policySource === 'user').length,
    };
    if (mailboxUsers.length === 0) {
      return {
        status: 'PASS',
        metric: null,
        summary: 'Exchange Online has no user mailboxes to cover.',
        evidence,
      };
    }
    const ratio = covered / mailboxUsers.length;
    const summary = `${covered} of ${mailboxUsers.length} mailbox users (${pct(ratio)}) are covered.`;
    if (uncovered.length === 0) return { status: 'PASS', metric: ratio, summary, evidence };
    return {
      status: 'WARN',
      metric: ratio,
      summary,
      evidence,
      failingItems: uncovered.map((u) => lower(u.userPrincipalName)),
    };
  },
};
