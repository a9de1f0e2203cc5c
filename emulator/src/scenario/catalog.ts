/**
 * Literal values Microsoft's services emit (docs/domain.md sections 1-3): application ids, display
 * names, clientAppUsed strings, error texts, and the strings mail clients present.
 */

export const APPS = {
  exchangeOnline: {
    id: '00000002-0000-0ff1-ce00-000000000000',
    name: 'Office 365 Exchange Online',
  },
  outlookMobile: { id: '27922004-5251-4030-b22d-91ecd9a37ea4', name: 'Outlook Mobile' },
  microsoftOffice: { id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', name: 'Microsoft Office' },
  // iOS/iPadOS Mail with modern authentication registers as "iOS Accounts" [U: id from public tool tables].
  iosAccounts: { id: 'f8d98a96-0999-43f5-8af3-69971c7bb423', name: 'iOS Accounts' },
  azurePortal: { id: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', name: 'Azure Portal' },
  azureManagement: {
    id: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
    name: 'Windows Azure Service Management API',
  },
  microsoftGraph: { id: '00000003-0000-0000-c000-000000000000', name: 'Microsoft Graph' },
  sharePointOnline: {
    id: '00000003-0000-0ff1-ce00-000000000000',
    name: 'Office 365 SharePoint Online',
  },
} as const;

/** Resources that the Conditional Access "Office365" app group covers. */
export const OFFICE365_RESOURCES: ReadonlySet<string> = new Set([
  APPS.exchangeOnline.id,
  APPS.sharePointOnline.id,
  APPS.outlookMobile.id,
  APPS.microsoftOffice.id,
]);

export const CLIENT_APP = {
  browser: 'Browser',
  modern: 'Mobile Apps and Desktop clients',
  eas: 'Exchange ActiveSync',
  imap: 'IMAP4',
  pop: 'POP3',
  smtp: 'Authenticated SMTP',
} as const;

export interface FailureText {
  failureReason: string;
  additionalDetails: string | null;
}

export const FAILURES: Readonly<Record<number, FailureText>> = {
  50053: {
    failureReason:
      'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
    additionalDetails: null,
  },
  50074: {
    failureReason: 'Strong Authentication is required.',
    additionalDetails:
      "The user didn't complete the MFA prompt. They may have decided not to authenticate, timed out while doing other work, or has an issue with their authentication setup.",
  },
  50126: {
    failureReason: 'Error validating credentials due to invalid username or password.',
    additionalDetails:
      "The user didn't enter the right credentials. \u00a0It's expected to see some number of these errors in your logs due to users making mistakes.",
  },
  // [U] wording paraphrases ApplicationUsedIsNotAnApprovedApp.
  53002: {
    failureReason: 'Application used is not an approved application for Conditional Access.',
    additionalDetails: null,
  },
  53003: {
    failureReason:
      'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
    additionalDetails: null,
  },
};

export interface Office {
  city: string;
  state: string;
  countryOrRegion: string;
  usageLocation: string;
  latitude: number;
  longitude: number;
  /** Share of staff in this office. */
  weight: number;
}

export const OFFICES: readonly Office[] = [
  {
    city: 'Tokyo',
    state: 'Tokyo',
    countryOrRegion: 'JP',
    usageLocation: 'JP',
    latitude: 35.6895,
    longitude: 139.6917,
    weight: 30,
  },
  {
    city: 'Osaka',
    state: 'Osaka',
    countryOrRegion: 'JP',
    usageLocation: 'JP',
    latitude: 34.6937,
    longitude: 135.5023,
    weight: 10,
  },
  {
    city: 'Taipei',
    state: 'Taipei City',
    countryOrRegion: 'TW',
    usageLocation: 'TW',
    latitude: 25.033,
    longitude: 121.5654,
    weight: 20,
  },
  {
    city: 'Seattle',
    state: 'Washington',
    countryOrRegion: 'US',
    usageLocation: 'US',
    latitude: 47.6062,
    longitude: -122.3321,
    weight: 15,
  },
  {
    city: 'New York',
    state: 'New York',
    countryOrRegion: 'US',
    usageLocation: 'US',
    latitude: 40.7128,
    longitude: -74.006,
    weight: 10,
  },
  {
    city: 'London',
    state: 'England',
    countryOrRegion: 'GB',
    usageLocation: 'GB',
    latitude: 51.5072,
    longitude: -0.1276,
    weight: 10,
  },
  {
    city: 'Singapore',
    state: 'Singapore',
    countryOrRegion: 'SG',
    usageLocation: 'SG',
    latitude: 1.3521,
    longitude: 103.8198,
    weight: 5,
  },
];

/** Exchange spells CountryOrRegion out. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  JP: 'Japan',
  TW: 'Taiwan',
  US: 'United States',
  GB: 'United Kingdom',
  SG: 'Singapore',
};

export interface Network {
  countryOrRegion: string;
  city: string;
  state: string;
  latitude: number;
  longitude: number;
  /** First two octets of IPv4 addresses handed out here. */
  v4: readonly (readonly [number, number])[];
  /** First three groups of IPv6 addresses. */
  v6: string;
  asn: number;
}

/** Consumer / mobile networks per country, where phones and home PCs come from. */
export const HOME_NETWORKS: Readonly<Record<string, Network>> = {
  JP: {
    countryOrRegion: 'JP',
    city: 'Tokyo',
    state: 'Tokyo',
    latitude: 35.68,
    longitude: 139.76,
    v4: [
      [126, 208],
      [49, 98],
      [133, 106],
    ],
    v6: '240b:10:2c40',
    asn: 2516,
  },
  TW: {
    countryOrRegion: 'TW',
    city: 'Taipei',
    state: 'Taipei City',
    latitude: 25.05,
    longitude: 121.53,
    v4: [
      [1, 160],
      [114, 36],
      [36, 226],
    ],
    v6: '2001:b011:4006',
    asn: 3462,
  },
  US: {
    countryOrRegion: 'US',
    city: 'Bellevue',
    state: 'Washington',
    latitude: 47.61,
    longitude: -122.2,
    v4: [
      [73, 42],
      [172, 56],
      [98, 97],
    ],
    v6: '2601:600:8f80',
    asn: 7922,
  },
  GB: {
    countryOrRegion: 'GB',
    city: 'Manchester',
    state: 'England',
    latitude: 53.48,
    longitude: -2.24,
    v4: [
      [86, 14],
      [81, 98],
    ],
    v6: '2a00:23c6:9d12',
    asn: 2856,
  },
  SG: {
    countryOrRegion: 'SG',
    city: 'Singapore',
    state: 'Singapore',
    latitude: 1.29,
    longitude: 103.85,
    v4: [
      [116, 86],
      [42, 60],
    ],
    v6: '2406:3003:2077',
    asn: 9506,
  },
};

/** Where password sprays come from (hosting ranges abroad). */
export const HOSTILE_NETWORKS: readonly Network[] = [
  {
    countryOrRegion: 'NL',
    city: 'Amsterdam',
    state: 'North Holland',
    latitude: 52.37,
    longitude: 4.89,
    v4: [
      [45, 155],
      [185, 220],
    ],
    v6: '2a06:98c0:3600',
    asn: 209588,
  },
  {
    countryOrRegion: 'RU',
    city: 'Moscow',
    state: 'Moscow',
    latitude: 55.75,
    longitude: 37.62,
    v4: [
      [91, 240],
      [95, 165],
    ],
    v6: '2a0c:9a40:8a0',
    asn: 49505,
  },
  {
    countryOrRegion: 'BR',
    city: 'Sao Paulo',
    state: 'Sao Paulo',
    latitude: -23.55,
    longitude: -46.63,
    v4: [
      [177, 54],
      [191, 96],
    ],
    v6: '2804:14c:5b80',
    asn: 28573,
  },
  {
    countryOrRegion: 'VN',
    city: 'Hanoi',
    state: 'Ha Noi',
    latitude: 21.03,
    longitude: 105.85,
    v4: [
      [113, 190],
      [14, 231],
    ],
    v6: '2405:4802:1d0',
    asn: 45899,
  },
];

/** Corporate egress addresses per office (documentation ranges, so no real owner is implied). */
export function officeEgress(officeIndex: number): { v4: string; v6: string; asn: number } {
  const net = officeIndex % 2 === 0 ? '203.0.113' : '198.51.100';
  return {
    v4: `${net}.${10 + officeIndex * 7}`,
    v6: `2001:db8:${(0x100 + officeIndex).toString(16)}::${(officeIndex + 1) * 10}`,
    asn: 64500 + officeIndex,
  };
}

export const BROWSER_AGENTS: ReadonlyArray<readonly [string, string]> = [
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    'Edge 131.0.0',
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Chrome 131.0.0',
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    'Safari 18.1',
  ],
];

/** The UA that Microsoft's mobile auth libraries send [V-3p]. */
export const MSAL_MOBILE_AGENT = 'Mozilla/5.0 (compatible; MSAL 1.0) PKeyAuth/1.0';
/** Basic auth proxied by Exchange Online shows up as ROPC with this UA. */
export const BASIC_AUTH_AGENT = 'BAV2ROPC';
export const OUTLOOK_DESKTOP_AGENT = 'Mozilla/4.0 (compatible; ms-office; MSOffice 16)';

export const IOS_VERSIONS: ReadonlyArray<readonly [string, string, string]> = [
  // [version, build, EAS build token]
  ['17.6.1', '21G93', '2107.93'],
  ['18.1', '22B83', '2202.83'],
  ['18.2', '22C152', '2203.152'],
];

export const IPHONE_MODELS: ReadonlyArray<readonly [string, string]> = [
  // [DeviceModel as iOS reports it, hardware token in the EAS UA]
  ['iPhone15,2', 'iPhone15C2'],
  ['iPhone16,1', 'iPhone16C1'],
  ['iPhone14,5', 'iPhone14C5'],
];

export const ANDROID_MODELS: readonly string[] = ['Pixel 8', 'Pixel 7a', 'SO-51D', 'SH-53C'];
export const SAMSUNG_MODELS: readonly string[] = ['SM-S918B', 'SM-G991B', 'SM-A546E'];
