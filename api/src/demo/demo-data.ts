/**
 * The demo tenant's data until the emulated Microsoft backend feeds it: one configuration
 * snapshot in the cmdlet and Graph shapes, and a small mix of sign-ins. It shows a rollout in
 * progress: a blocking policy assigned to the pilot, one pilot user still on the default, legacy
 * IMAP still succeeding.
 */
const DOMAIN = 'contoso.example';
const EXO = '00000002-0000-0ff1-ce00-000000000000';
const OUTLOOK_MOBILE = '27922004-5251-4030-b22d-91ecd9a37ea4';

const people = ['adele', 'alex', 'diego', 'grady', 'isaiah', 'johanna', 'lee', 'lynne', 'megan', 'nestor'];
const upn = (p: string) => `${p}@${DOMAIN}`;
const oid = (i: number) => `6f1c2a3b-0000-4000-8000-${String(i).padStart(12, '0')}`;

export const DEMO_PILOT_GROUP_ID = '0e5d4c3b-0000-4000-8000-000000000101';

export function demoSnapshot(now: Date): Record<string, unknown> {
  const pilot = people.slice(0, 4);
  return {
    capturedAt: now.toISOString(),
    exchangeOnline: {
      organizationConfig: { DefaultAuthenticationPolicy: null, OAuth2ClientProfileEnabled: true },
      authenticationPolicies: [
        {
          Name: 'Block Basic Auth Mobile',
          Identity: 'Block Basic Auth Mobile',
          AllowBasicAuthActiveSync: false,
          AllowBasicAuthAutodiscover: false,
          AllowBasicAuthOutlookService: false,
          AllowBasicAuthImap: true,
          AllowBasicAuthPop: true,
          AllowBasicAuthSmtp: true,
        },
      ],
      users: people.map((p, i) => ({
        UserPrincipalName: upn(p),
        ExternalDirectoryObjectId: oid(i),
        // The last pilot member was missed when the policy was assigned.
        AuthenticationPolicy: pilot.includes(p) && i < 3 ? 'Block Basic Auth Mobile' : null,
        RecipientTypeDetails: 'UserMailbox',
      })),
      transportConfig: { SmtpClientAuthenticationDisabled: true },
      casMailboxes: people.map((p) => ({ UserPrincipalName: upn(p), SmtpClientAuthenticationDisabled: p === 'nestor' ? false : null })),
    },
    entra: {
      conditionalAccessPolicies: [
        {
          id: 'a1b2c3d4-0000-4000-8000-000000000001',
          displayName: 'Block legacy authentication',
          state: 'enabledForReportingButNotEnforced',
          conditions: {
            users: { includeUsers: ['All'], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [] },
            applications: { includeApplications: ['All'], excludeApplications: [], includeUserActions: [] },
            clientAppTypes: ['exchangeActiveSync', 'other'],
            platforms: null,
            locations: null,
            signInRiskLevels: [],
            userRiskLevels: [],
          },
          grantControls: { operator: 'OR', builtInControls: ['block'], customAuthenticationFactors: [], termsOfUse: [] },
        },
        {
          id: 'a1b2c3d4-0000-4000-8000-000000000002',
          displayName: 'Require MFA for Exchange Online',
          state: 'enabled',
          conditions: {
            users: { includeUsers: ['All'], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [] },
            applications: { includeApplications: ['00000002-0000-0ff1-ce00-000000000000'], excludeApplications: [], includeUserActions: [] },
            clientAppTypes: ['browser', 'mobileAppsAndDesktopClients'],
            platforms: null,
            locations: null,
            signInRiskLevels: [],
            userRiskLevels: [],
          },
          grantControls: { operator: 'OR', builtInControls: ['mfa'], customAuthenticationFactors: [], termsOfUse: [] },
        },
      ],
      users: people.map((p, i) => ({ id: oid(i), userPrincipalName: upn(p), accountEnabled: true })),
      groups: [
        {
          id: DEMO_PILOT_GROUP_ID,
          displayName: 'Pilot wave 1',
          members: pilot.map((p) => ({ id: oid(people.indexOf(p)), userPrincipalName: upn(p), '@odata.type': '#microsoft.graph.user' })),
        },
      ],
    },
  };
}

/** A day of sign-ins: Outlook mobile with MFA, a browser, and an IMAP script that still works. */
export function demoSignIns(now: Date): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const hour = 3_600_000;
  people.forEach((p, i) => {
    for (let h = 1; h <= 6; h++) {
      const at = new Date(now.getTime() - (h * 4 + i) * hour);
      out.push({
        id: `demo-${p}-${h}-om`,
        createdDateTime: at.toISOString(),
        userPrincipalName: upn(p),
        userId: oid(i),
        appId: OUTLOOK_MOBILE,
        appDisplayName: 'Outlook Mobile',
        resourceId: EXO,
        resourceDisplayName: 'Office 365 Exchange Online',
        clientAppUsed: 'Mobile Apps and Desktop clients',
        isInteractive: h % 3 === 0,
        authenticationRequirement: 'multiFactorAuthentication',
        conditionalAccessStatus: 'success',
        ipAddress: `2001:db8::${i + 1}`,
        status: { errorCode: 0, failureReason: null, additionalDetails: null },
        deviceDetail: { deviceId: '', displayName: null, operatingSystem: i % 2 ? 'Android' : 'Ios', browser: 'Rich Client' },
      });
    }
  });
  for (let h = 0; h < 12; h++) {
    out.push({
      id: `demo-nestor-imap-${h}`,
      createdDateTime: new Date(now.getTime() - (h * 2 + 1) * hour).toISOString(),
      userPrincipalName: upn('nestor'),
      userId: oid(9),
      appId: EXO,
      appDisplayName: 'Office 365 Exchange Online',
      resourceId: EXO,
      resourceDisplayName: 'Office 365 Exchange Online',
      clientAppUsed: 'IMAP4',
      isInteractive: false,
      authenticationRequirement: 'singleFactorAuthentication',
      conditionalAccessStatus: 'notApplied',
      ipAddress: '198.51.100.23',
      status: { errorCode: 0, failureReason: null, additionalDetails: null },
      deviceDetail: { deviceId: '', displayName: null, operatingSystem: 'Linux', browser: '' },
    });
  }
  return out;
}
