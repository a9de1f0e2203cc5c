import type { CheckDefinition, SignInView } from '../types.js';
import { CannotVerify, failingKeys, signInData } from './shared.js';
import { checkMessages, type Message } from './messages.js';

type PresentSignIns = Extract<SignInView, { state: 'PRESENT' }>;

function windowOf(s: PresentSignIns) {
  return { from: s.window.from.toISOString(), to: s.window.to.toISOString() };
}

/** Aggregates that contradict themselves cannot be trusted (never a silent pass). */
function consistent(count: number, listed: number, what: string): void {
  if (!Number.isFinite(count) || count < 0)
    throw new CannotVerify(`${what}: count ${count} is not a valid count`);
  if ((count === 0) !== (listed === 0)) {
    throw new CannotVerify(
      `${what}: the count (${count}) and the listed rows (${listed}) contradict each other`,
    );
  }
}

/** Unknown clientAppUsed values are counted as legacy by the SQL; name them so nobody guesses. */
const common = checkMessages('SIGNIN', {
  nothing: '',
  unknown_apps: ' Unknown client apps counted as legacy: %{apps:quoted}.',
});
const legacySuccess = checkMessages('SIGNIN.LEGACY_AUTH_SUCCESS', {
  pass: 'No successful legacy sign-in in the last %{days} days.',
  fail: '%{count:plural:successful legacy sign-in:successful legacy sign-ins} in the last %{days} days (%{protocols}).%{unknown}',
});
const legacyAttempts = checkMessages('SIGNIN.LEGACY_AUTH_ATTEMPTS', {
  pass: '%{current:plural:failed legacy attempt:failed legacy attempts} in the window against %{previous} before (%{change}; threshold +%{threshold:percent}).',
  warn: '%{current:plural:failed legacy attempt:failed legacy attempts} in the window against %{previous} before (%{change}; threshold +%{threshold:percent}). %{users:plural:user:users} still %{users:choose:tries:try} legacy protocols.%{unknown}',
  change_none: 'none before either',
  change_none_before: 'none in the previous window',
  change_rise: '+%{rise:percent}',
  change_fall: '%{rise:percent}',
});
const unapprovedClients = checkMessages('SIGNIN.UNAPPROVED_EAS_CLIENTS', {
  pass: 'No Basic-auth ActiveSync sign-in and no unapproved mobile app reached Exchange Online in the last %{days} days.',
  fail: '%{parts:join:; }.',
  part_eas: '%{count:plural:user/device:user/devices} signed in over Basic-auth ActiveSync',
  part_apps:
    '%{count:plural:user/app:user/apps} reached Exchange Online from iOS/Android with an unapproved app: %{apps}',
  part_apps_more:
    '%{count:plural:user/app:user/apps} reached Exchange Online from iOS/Android with an unapproved app: %{apps} and more',
  app: '%{name} (%{appId})',
  unnamed_app: 'unnamed app',
  no_app_id: 'no app id',
});
const mfaCoverage = checkMessages('SIGNIN.MFA_COVERAGE', {
  not_applicable:
    'Not applicable: no successful interactive Exchange Online sign-in in the last %{days} days.',
  result:
    '%{withMfa} of %{considered:plural:successful interactive Exchange Online sign-in:successful interactive Exchange Online sign-ins} (%{ratio:percent}) carried MFA.%{weak}%{left}',
  weak_waves: ' Below 99% in %{waves}.',
  weak_wave: '"%{wave}" (%{ratio:percent})',
  left_out: ' %{events:plural:event:events} without authenticationRequirement left out.',
});
const caNotApplied = checkMessages('SIGNIN.CA_NOT_APPLIED', {
  pass: 'Conditional Access evaluated every successful Exchange Online sign-in in the last %{days} days.',
  warn: '%{count:plural:successful Exchange Online sign-in:successful Exchange Online sign-ins} by %{users:plural:user:users} matched no Conditional Access policy.',
});

function unknownNote(s: PresentSignIns): Message {
  return s.unknownClientApps.length === 0
    ? common.part('nothing')
    : common.part('unknown_apps', { apps: s.unknownClientApps });
}

export const signInLegacyAuthSuccess: CheckDefinition = {
  id: 'SIGNIN.LEGACY_AUTH_SUCCESS',
  title: 'No successful sign-in over a legacy protocol',
  severity: 'CRITICAL',
  metricUnit: 'COUNT',
  sources: ['signIns'],
  description:
    'No sign-in with status.errorCode 0 over a legacy protocol in the look-back window (default 7 days). Legacy means clientAppUsed is a legacy protocol, empty, or anything other than Browser and Mobile Apps and Desktop clients (compared case-insensitively; unknown values are named in the evidence).',
  outcomes: {
    PASS: 'No successful (status.errorCode 0) sign-in over a legacy protocol in the sign-in look-back window (default 7 days).',
    FAIL: 'There were some; the metric counts them and the evidence lists them per user and protocol with first and last seen and sample sign-in ids.',
    ERROR:
      'The sign-in aggregates contradict themselves (a count with no rows, or rows with no count).',
  },
  rationale:
    'Seed article, deployment steps 2 and 3: legacy authentication is blocked both at the Entra ID level and at the messaging-service level; a successful legacy sign-in proves one of those blocks is missing. Exchange Online itself no longer accepts Basic authentication for Exchange ActiveSync, POP, IMAP, EWS, Remote PowerShell, Outlook (MAPI, RPC) and the Offline Address Book, whatever the tenant sets ("Deprecation of Basic authentication in Exchange Online", https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online); a legacy success against Exchange Online today is SMTP AUTH (see EXO.SMTP_AUTH.DISABLED), while on-premises Exchange still accepts Basic until its own authentication policies and ActiveSync rules block it.',
  remediation:
    'Enforce the blocks: Microsoft Entra admin center > Protection > Conditional Access > "Block legacy authentication" policy set to On; in Exchange Online PowerShell: Set-TransportConfig -SmtpClientAuthenticationDisabled $true (SMTP AUTH is the Basic protocol Exchange Online still accepts), and Set-OrganizationConfig -DefaultAuthenticationPolicy with the tenant\'s policy that blocks Basic auth. Find the clients in Entra admin center > Monitoring & health > Sign-in logs, filter Client app = the legacy protocols listed.',
  evaluate(view) {
    const s = signInData(view);
    const { count, byUserProtocol } = s.legacySuccess;
    consistent(count, byUserProtocol.total, 'successful legacy sign-ins');
    const evidence = {
      window: windowOf(s),
      count,
      byUserProtocol,
      unknownClientApps: s.unknownClientApps,
    };
    if (count === 0) {
      return {
        status: 'PASS',
        metric: 0,
        ...legacySuccess.say('pass', { days: view.settings.signInLookbackDays }),
        evidence,
      };
    }
    const protocols = [...new Set(byUserProtocol.items.map((r) => r.clientAppUsed || '(empty)'))];
    return {
      status: 'FAIL',
      metric: count,
      ...legacySuccess.say('fail', {
        count,
        days: view.settings.signInLookbackDays,
        protocols,
        unknown: unknownNote(s),
      }),
      evidence,
      failingItems: failingKeys(byUserProtocol, (r) => r.userPrincipalName),
    };
  },
};

export const signInLegacyAuthAttempts: CheckDefinition = {
  id: 'SIGNIN.LEGACY_AUTH_ATTEMPTS',
  title: 'Failed legacy sign-in attempts are not rising',
  severity: 'LOW',
  metricUnit: 'COUNT',
  sources: ['signIns'],
  description:
    "Failed legacy sign-in attempts in the window did not rise more than the tenant's threshold (default +50%) against the previous window of equal length. The users still trying are listed: their clients need replacing before enforcement reaches them.",
  outcomes: {
    PASS: "Failed legacy attempts in the window did not rise more than the tenant's threshold (default +50%) against the previous window of equal length; the metric is this window's count.",
    WARN: 'They rose more than that; the evidence lists the users still trying legacy protocols.',
    ERROR: 'The sign-in aggregates contradict themselves or hold an invalid count.',
  },
  rationale:
    'Seed article, pilot-then-organization rollout of the authentication policy: users whose clients still try legacy protocols lose mail when the policy reaches them, so they must move to Outlook mobile (a modern-auth client) first. Against Exchange Online such attempts already fail for every protocol but SMTP AUTH ("Deprecation of Basic authentication in Exchange Online", https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online): the clients still trying are the ones to move.',
  remediation:
    'Contact the listed users and move them to Outlook for iOS and Android or another modern-auth client; review them in Microsoft Entra admin center > Monitoring & health > Sign-in logs (Status = Failure, Client app = legacy protocols).',
  evaluate(view) {
    const s = signInData(view);
    const { current, previous, users } = s.legacyFailures;
    consistent(current, users.total, 'failed legacy sign-ins');
    if (!Number.isFinite(previous) || previous < 0) {
      throw new CannotVerify(
        `failed legacy sign-ins: previous-window count ${previous} is not a valid count`,
      );
    }
    const threshold = view.settings.legacyAttemptRiseThreshold;
    const rise = previous === 0 ? null : (current - previous) / previous;
    const rising = current > previous * (1 + threshold);
    const evidence = {
      window: windowOf(s),
      previousWindow: {
        from: s.previousWindow.from.toISOString(),
        to: s.previousWindow.to.toISOString(),
      },
      current,
      previous,
      rise,
      threshold,
      usersStillTrying: users,
      unknownClientApps: s.unknownClientApps,
    };
    const change =
      rise === null
        ? current === 0
          ? legacyAttempts.part('change_none')
          : legacyAttempts.part('change_none_before')
        : legacyAttempts.part(rise >= 0 ? 'change_rise' : 'change_fall', { rise });
    const figures = { current, previous, change, threshold };
    if (!rising)
      return { status: 'PASS', metric: current, ...legacyAttempts.say('pass', figures), evidence };
    return {
      status: 'WARN',
      metric: current,
      ...legacyAttempts.say('warn', { ...figures, users: users.total, unknown: unknownNote(s) }),
      evidence,
      failingItems: failingKeys(users, (u) => u.userPrincipalName),
    };
  },
};

export const signInUnapprovedEasClients: CheckDefinition = {
  id: 'SIGNIN.UNAPPROVED_EAS_CLIENTS',
  title: 'Only approved mobile apps reach Exchange Online from phones',
  severity: 'HIGH',
  metricUnit: 'COUNT',
  sources: ['signIns'],
  description:
    "No successful sign-in with clientAppUsed = Exchange ActiveSync (Basic-auth ActiveSync, whatever the client), and no successful modern sign-in to Exchange Online from iOS or Android by an app outside the tenant's approved mobile apps (setting approvedMobileAppIds; default: Outlook for iOS and Android 27922004-5251-4030-b22d-91ecd9a37ea4, Microsoft 365 (Office) mobile d3590ed6-52b3-4102-aeff-aad2292ab01c and Microsoft Teams 1fec8e78-bce4-4aaf-ab1b-5451cc387264 — Microsoft apps that support app protection policies).",
  outcomes: {
    PASS: 'No successful Exchange ActiveSync (Basic-auth ActiveSync) sign-in, and no successful modern Exchange Online sign-in from iOS or Android by an app outside the approved list, in the window.',
    FAIL: 'There were some; the evidence lists user, device, user agent and count for ActiveSync, and each unapproved app by id and name with its users and counts.',
  },
  rationale:
    'Seed article: Outlook for iOS and Android is the approved mobile client; Exchange ActiveSync access with legacy authentication must be blocked, and other clients are blocked so that only apps under app protection (with MFA) reach the mailbox. Microsoft\'s own apps that support "Require app protection policy" ("Conditional Access: Grant", https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-grant) are approved by default; their client ids are the ones Microsoft publishes ("Extend a Teams message extension across Microsoft 365", https://learn.microsoft.com/en-us/microsoftteams/platform/m365-apps/extend-m365-teams-message-extension).',
  remediation:
    'Microsoft Entra admin center > Protection > Conditional Access: a policy for Device platforms Android and iOS, Target resources Office 365 Exchange Online, Grant = Require app protection policy; keep the "Block legacy authentication" policy On for Exchange ActiveSync clients. Move the listed users to Outlook for iOS and Android, or, for an app the organisation accepts, add its application id to the tenant setting "Approved mobile apps".',
  evaluate(view) {
    const s = signInData(view);
    const eas = s.easSuccess;
    const other = s.unapprovedMobileApps;
    const rows = eas.total + other.total;
    // Each unapproved app once, by id and name (the rows are per user and app).
    const apps = new Map<
      string,
      { appId: string | null; appDisplayName: string | null; users: number; count: number }
    >();
    for (const r of other.items) {
      const key = r.appId ?? r.appDisplayName ?? '?';
      const a = apps.get(key) ?? {
        appId: r.appId,
        appDisplayName: r.appDisplayName,
        users: 0,
        count: 0,
      };
      a.users += 1;
      a.count += r.count;
      apps.set(key, a);
    }
    const evidence = {
      window: windowOf(s),
      approvedMobileAppIds: view.settings.approvedMobileAppIds,
      basicAuthActiveSync: eas,
      unapprovedApps: [...apps.values()],
      unapprovedMobileApps: other,
    };
    if (rows === 0) {
      return {
        status: 'PASS',
        metric: 0,
        ...unapprovedClients.say('pass', { days: view.settings.signInLookbackDays }),
        evidence,
      };
    }
    const named = [...apps.values()].map((a) =>
      unapprovedClients.part('app', {
        name: a.appDisplayName ?? unapprovedClients.part('unnamed_app'),
        appId: a.appId ?? unapprovedClients.part('no_app_id'),
      }),
    );
    const parts = [
      eas.total > 0 ? unapprovedClients.part('part_eas', { count: eas.total }) : null,
      other.total > 0
        ? unapprovedClients.part(
            other.total > other.items.length ? 'part_apps_more' : 'part_apps',
            { count: other.total, apps: named },
          )
        : null,
    ].filter((p): p is Message => p !== null);
    return {
      status: 'FAIL',
      metric: rows,
      ...unapprovedClients.say('fail', { parts }),
      evidence,
      failingItems: [
        ...new Set([
          ...failingKeys(eas, (r) => r.userPrincipalName),
          ...failingKeys(other, (r) => r.userPrincipalName),
        ]),
      ],
    };
  },
};

const MFA_PASS = 0.99;
const MFA_WARN = 0.9;

function mfaStatus(ratio: number): 'PASS' | 'WARN' | 'FAIL' {
  return ratio >= MFA_PASS ? 'PASS' : ratio >= MFA_WARN ? 'WARN' : 'FAIL';
}

const RANK = { PASS: 0, WARN: 1, FAIL: 2 } as const;

export const signInMfaCoverage: CheckDefinition = {
  id: 'SIGNIN.MFA_COVERAGE',
  title: 'Successful interactive Exchange Online sign-ins carry MFA',
  severity: 'HIGH',
  metricUnit: 'RATIO',
  sources: ['signIns'],
  description:
    'At least 99% of successful interactive Exchange Online sign-ins (legacy ones included: they never carry MFA) have authenticationRequirement = multiFactorAuthentication; WARN from 90%, FAIL below. Measured over the whole tenant and per rollout wave; the worst applies. Events without authenticationRequirement (v1.0-shaped) are left out and counted in the evidence.',
  outcomes: {
    PASS: 'At least 99% of successful interactive Exchange Online sign-ins in the window carried MFA (authenticationRequirement = multiFactorAuthentication), over the tenant and in every rollout wave.',
    WARN: 'The worst of the tenant and its waves is from 90% to under 99%.',
    FAIL: 'The worst of the tenant and its waves is below 90%.',
    NOT_APPLICABLE: 'No successful interactive Exchange Online sign-in in the window.',
    ERROR:
      'The aggregates contradict themselves, or every such sign-in lacks authenticationRequirement (v1.0-shaped events: collect from the beta endpoint).',
  },
  rationale:
    'Seed article, workflow steps 11-14: Entra ID applies Conditional Access and the user completes the multifactor authentication request before tokens are issued; the sign-in log shows whether that really happened.',
  remediation:
    'Microsoft Entra admin center > Protection > Conditional Access: a policy with Users = All users (or the pilot group), Target resources = Office 365 Exchange Online, Client apps = Mobile apps and desktop clients, Grant = Require multifactor authentication, Enable policy = On; and block legacy authentication, which cannot carry MFA.',
  evaluate(view) {
    const s = signInData(view);
    const { considered, withMfa, missingRequirement, byWave } = s.mfa;
    const bad = (c: number, m: number) =>
      !Number.isFinite(c) || !Number.isFinite(m) || c < 0 || m < 0 || m > c;
    if (bad(considered, withMfa)) {
      throw new CannotVerify(
        `MFA aggregates contradict each other (${withMfa} with MFA of ${considered} considered)`,
      );
    }
    const waves = byWave.map((w) => {
      if (bad(w.considered, w.withMfa)) {
        throw new CannotVerify(
          `MFA aggregates for wave "${w.waveName}" contradict each other (${w.withMfa} of ${w.considered})`,
        );
      }
      const ratio = w.considered === 0 ? null : w.withMfa / w.considered;
      return { ...w, ratio, status: ratio === null ? null : mfaStatus(ratio) };
    });
    const evidence = {
      window: windowOf(s),
      considered,
      withMfa,
      missingRequirement,
      thresholds: { pass: MFA_PASS, warn: MFA_WARN },
      byWave: waves,
    };
    if (considered === 0) {
      if (missingRequirement > 0) {
        throw new CannotVerify(
          `none of the ${missingRequirement} successful interactive Exchange Online sign-ins carries authenticationRequirement (v1.0-shaped events: collect from the beta endpoint)`,
        );
      }
      return {
        status: 'NOT_APPLICABLE',
        metric: null,
        ...mfaCoverage.say('not_applicable', { days: view.settings.signInLookbackDays }),
        evidence,
      };
    }
    const ratio = withMfa / considered;
    let status = mfaStatus(ratio);
    for (const w of waves)
      if (w.status !== null && RANK[w.status] > RANK[status]) status = w.status;
    const weakWaves = waves.filter((w) => w.status !== null && w.status !== 'PASS');
    const left =
      missingRequirement > 0
        ? mfaCoverage.part('left_out', { events: missingRequirement })
        : common.part('nothing');
    return {
      status,
      metric: ratio,
      ...mfaCoverage.say('result', {
        withMfa,
        considered,
        ratio,
        weak:
          weakWaves.length > 0
            ? mfaCoverage.part('weak_waves', {
                waves: weakWaves.map((w) =>
                  mfaCoverage.part('weak_wave', { wave: w.waveName, ratio: w.ratio ?? 0 }),
                ),
              })
            : common.part('nothing'),
        left,
      }),
      evidence,
    };
  },
};

export const signInCaNotApplied: CheckDefinition = {
  id: 'SIGNIN.CA_NOT_APPLIED',
  title: 'Every successful Exchange Online sign-in was evaluated by Conditional Access',
  severity: 'MEDIUM',
  metricUnit: 'COUNT',
  sources: ['signIns'],
  description:
    'No successful Exchange Online sign-in in the window has conditionalAccessStatus = notApplied. WARN otherwise; the users outside every policy are listed.',
  outcomes: {
    PASS: 'Conditional Access evaluated every successful Exchange Online sign-in in the window.',
    WARN: 'Some had conditionalAccessStatus = notApplied; the evidence lists the users outside every policy.',
    ERROR:
      'The sign-in aggregates contradict themselves (a count with no users, or users with no count).',
  },
  rationale:
    'Seed article, workflow step 11: Entra ID applies the Conditional Access policy to every Outlook mobile sign-in; a sign-in no policy applied to got its tokens without MFA or app protection.',
  remediation:
    'Microsoft Entra admin center > Protection > Conditional Access: widen the Exchange Online policies to Users = All users (exclude only emergency-access accounts) and Target resources = Office 365 Exchange Online; check the listed users with Conditional Access > What If.',
  evaluate(view) {
    const s = signInData(view);
    const { count, users } = s.caNotApplied;
    consistent(count, users.total, 'sign-ins with Conditional Access not applied');
    const evidence = { window: windowOf(s), count, users };
    if (count === 0) {
      return {
        status: 'PASS',
        metric: 0,
        ...caNotApplied.say('pass', { days: view.settings.signInLookbackDays }),
        evidence,
      };
    }
    return {
      status: 'WARN',
      metric: count,
      ...caNotApplied.say('warn', { count, users: users.total }),
      evidence,
      failingItems: failingKeys(users, (u) => u.userPrincipalName),
    };
  },
};
