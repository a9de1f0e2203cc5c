import { csvLine, SIGN_IN_COLUMNS, signInValues, toSignInRow } from '@posture/jobs';
/**
 * The bench's one generator: realistic Microsoft Graph signIn events of about 1.2 KB of JSON
 * (the fields Graph returns for an Exchange Online sign-in, with the CA policies applied), the
 * same for every figure. Deterministic in `g`, spread over `spanMs` before `now`.
 */
const CLIENTS = [
  'Browser',
  'Mobile Apps and Desktop clients',
  'Mobile Apps and Desktop clients',
  'Exchange ActiveSync',
  'IMAP4',
  'POP3',
  'Authenticated SMTP',
  'Browser',
];
const OS = ['iOS 17.4', 'Android 14', 'Windows 10', 'MacOs', 'Windows 11', 'iOS 18.1'];
const APPS = [
  ['27922004-5251-4030-b22d-91ecd9a37ea4', 'Outlook Mobile'],
  ['d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office'],
  ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
] as const;

const hex = (n: number, len: number) =>
  (n >>> 0)
    .toString(16)
    .padStart(8, '0')
    .repeat(Math.ceil(len / 8))
    .slice(0, len);

/** A GUID-shaped id unique per `g` and `salt`. */
export function guid(g: number, salt: number): string {
  const a = hex(g * 2654435761 + salt, 8);
  return `${a}-${hex(g, 4)}-4${hex(salt, 3)}-8${hex(g ^ salt, 3)}-${hex(g, 12)}`;
}

export function signInEvent(g: number, now: number, spanMs: number): Record<string, unknown> {
  const user = g % 5000;
  const [appId, appName] = APPS[g % APPS.length]!;
  const failed = g % 7 === 0;
  return {
    id: guid(g, 1),
    createdDateTime: new Date(now - Math.floor((g * 7919) % spanMs)).toISOString(),
    userDisplayName: `User ${user}`,
    userPrincipalName: `user${user}@contoso.com`,
    userId: guid(user, 2),
    appId,
    appDisplayName: appName,
    ipAddress: `203.0.${(g >> 8) & 255}.${g & 255}`,
    clientAppUsed: CLIENTS[g % CLIENTS.length],
    correlationId: guid(g, 3),
    conditionalAccessStatus: g % 9 === 0 ? 'notApplied' : failed ? 'failure' : 'success',
    isInteractive: g % 2 === 0,
    riskState: 'none',
    resourceDisplayName: 'Office 365 Exchange Online',
    resourceId: '00000002-0000-0ff1-ce00-000000000000',
    authenticationRequirement:
      g % 4 === 0 ? 'singleFactorAuthentication' : 'multiFactorAuthentication',
    userAgent:
      g % 2 === 0
        ? 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148'
        : 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
    status: failed
      ? {
          errorCode: 50126,
          failureReason: 'Error validating credentials due to invalid username or password.',
          additionalDetails: "The user didn't enter the right credentials.",
        }
      : { errorCode: 0, failureReason: null, additionalDetails: null },
    deviceDetail: {
      deviceId: g % 3 === 0 ? guid(user, 4) : '',
      displayName: g % 3 === 0 ? `DEVICE-${user}` : '',
      operatingSystem: OS[g % OS.length],
      browser: g % 2 === 0 ? 'Mobile Safari' : 'Chrome 124.0.0',
      isCompliant: g % 3 === 0,
      isManaged: g % 3 === 0,
      trustType: g % 3 === 0 ? 'Azure AD joined' : '',
    },
    location: {
      city: 'Redmond',
      state: 'Washington',
      countryOrRegion: 'US',
    },
    appliedConditionalAccessPolicies: [
      {
        id: guid(1, 5),
        displayName: 'Require MFA for Exchange Online',
        enforcedGrantControls: ['Mfa'],
        enforcedSessionControls: [],
        result: failed ? 'failure' : 'success',
      },
    ],
  };
}

/**
 * The row of `sign_ins` the app stores for an event, as CSV for COPY (the raw COPY figure): the
 * app's own validation and mapping (toSignInRow, the repository's columns), so both figures write
 * exactly the same rows.
 */
export const CSV_COLUMNS = ['tenant_id', ...SIGN_IN_COLUMNS];

export function signInCsv(tenantId: string, e: Record<string, unknown>, now: Date): string {
  const checked = toSignInRow(e, now, 3650);
  if (!checked.ok)
    throw new Error(`the bench generated an event the app refuses: ${checked.reason}`);
  return csvLine([tenantId, ...signInValues(checked.row)]).slice(0, -1);
}
