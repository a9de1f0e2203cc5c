import {
  APPS,
  BASIC_AUTH_AGENT,
  BROWSER_AGENTS,
  CLIENT_APP,
  HOME_NETWORKS,
  HOSTILE_NETWORKS,
  IOS_VERSIONS,
  IPHONE_MODELS,
  MSAL_MOBILE_AGENT,
  OFFICES,
  OUTLOOK_DESKTOP_AGENT,
  SAMSUNG_MODELS,
  officeEgress,
  type Network,
} from './catalog.js';
import {
  conditionalAccessPolicies,
  evaluateConditionalAccess,
  type AppliedPolicy,
  type CaClientType,
  type CaPlatform,
  type ConditionalAccessPolicy,
} from './conditional-access.js';
import { isoWith7 } from './format.js';
import { mix32, Rng, rngFor, stableGuid } from './prng.js';
import { eventMs, TICKS_PER_MS, type CoreSignIn } from './signin-generator.js';
import type { ScenarioTenant, ScenarioUser } from './tenant.js';

/**
 * Turns a generated event into the Graph `signIn` it stands for (docs/domain.md section 1): who,
 * with which client, from where, and what Conditional Access made of it on that simulated day.
 */
export interface ResolvedSignIn {
  id: string;
  createdDateTime: string;
  ms: number;
  user: ScenarioUser;
  appId: string;
  appDisplayName: string;
  resourceId: string;
  resourceDisplayName: string;
  clientAppUsed: string;
  userAgent: string;
  isInteractive: boolean;
  errorCode: number;
  conditionalAccessStatus: 'success' | 'failure' | 'notApplied';
  policies: AppliedPolicy[];
  authenticationRequirement: 'singleFactorAuthentication' | 'multiFactorAuthentication';
  authenticationProtocol: string;
  incomingTokenType: string;
  authenticationDetails: AuthenticationDetail[];
  authenticationMethodsUsed: string[];
  ipAddress: string;
  autonomousSystemNumber: number;
  location: {
    city: string;
    state: string;
    countryOrRegion: string;
    geoCoordinates: { altitude: null; latitude: number; longitude: number };
  };
  deviceDetail: {
    deviceId: string;
    displayName: string;
    operatingSystem: string;
    browser: string;
    isCompliant: boolean;
    isManaged: boolean;
    trustType: string;
  };
  correlationId: string;
  originalRequestId: string;
  uniqueTokenIdentifier: string;
  sessionId: string;
  processingTimeInMilliseconds: number;
}

interface AuthenticationDetail {
  authenticationStepDateTime: string;
  authenticationMethod: string;
  authenticationMethodDetail: string | null;
  succeeded: boolean;
  authenticationStepResultDetail: string;
  authenticationStepRequirement: string;
}

interface Attempt {
  app: { id: string; name: string };
  resource: { id: string; name: string };
  clientAppUsed: string;
  clientType: CaClientType;
  platform: CaPlatform | null;
  userAgent: string;
  os: string;
  browser: string;
  device: { id: string; name: string; managed: boolean; compliant: boolean; trust: string } | null;
  network: 'home' | 'office' | 'hostile';
  can: { mfa: boolean; approvedApplication: boolean; compliantApplication: boolean };
  /** A failure before Conditional Access is evaluated (wrong password, lockout). */
  primaryFailure: 50126 | 50053 | null;
  protocol: string;
  incomingTokenType: string;
}

const policyCache = new WeakMap<ScenarioTenant, Map<number, ConditionalAccessPolicy[]>>();

/** The tenant's policies on the simulated day in force at `ms` (cached per day). */
export function policiesAt(tenant: ScenarioTenant, ms: number): ConditionalAccessPolicy[] {
  const state = tenant.timeline.stateAt(ms);
  let perDay = policyCache.get(tenant);
  if (!perDay) policyCache.set(tenant, (perDay = new Map()));
  let policies = perDay.get(state.day);
  if (!policies) {
    if (perDay.size > 1000) perDay.clear();
    policies = conditionalAccessPolicies(tenant, state);
    perDay.set(state.day, policies);
  }
  return policies;
}

export function signInId(tenant: ScenarioTenant, e: CoreSignIn): string {
  return stableGuid(tenant.seed, 'signin', e.slice, e.ticks, e.seed);
}

export function resolveSignIn(tenant: ScenarioTenant, e: CoreSignIn): ResolvedSignIn {
  const r = new Rng(mix32(e.seed, tenant.seed));
  const ms = eventMs(e);
  const createdDateTime = isoWith7(ms, e.ticks % TICKS_PER_MS);
  const user = tenant.user(e.user);
  const attempt = describeAttempt(tenant, e, user, r);
  const net = networkFor(tenant, user, attempt.network, ms, r);

  let errorCode = 0;
  let caStatus: ResolvedSignIn['conditionalAccessStatus'] = 'notApplied';
  let policies: AppliedPolicy[] = [];
  let mfaRequired = false;
  if (attempt.primaryFailure !== null) {
    errorCode = attempt.primaryFailure;
  } else {
    const outcome = evaluateConditionalAccess(tenant, policiesAt(tenant, ms), {
      userIndex: user.index,
      resourceId: attempt.resource.id,
      clientType: attempt.clientType,
      platform: attempt.platform,
      can: attempt.can,
    });
    caStatus = outcome.status;
    policies = outcome.policies;
    mfaRequired = outcome.mfaRequired;
    const legacy = attempt.clientType === 'exchangeActiveSync' || attempt.clientType === 'other';
    if (outcome.failedOn === 'block') errorCode = 53003;
    else if (outcome.failedOn === 'mfa') errorCode = legacy ? 53003 : 50074;
    else if (outcome.failedOn === 'app') errorCode = legacy ? 53003 : 53002;
  }

  const stepTime = isoWith7(ms - r.int(2000));
  const details: AuthenticationDetail[] = [];
  const methods: string[] = [];
  if (!e.interactive) {
    details.push(
      step(
        stepTime,
        'Previously satisfied',
        null,
        true,
        'First factor requirement satisfied by claim in the token',
        'Primary authentication',
      ),
    );
    if (mfaRequired)
      details.push(
        step(
          stepTime,
          'Previously satisfied',
          null,
          true,
          'MFA requirement satisfied by claim in the token',
          'Multi-factor authentication',
        ),
      );
  } else if (attempt.primaryFailure !== null) {
    details.push(
      step(
        stepTime,
        'Password',
        'Password in the cloud',
        false,
        'Invalid username or password or Invalid on-premise username or password.',
        'Primary authentication',
      ),
    );
  } else {
    details.push(
      step(
        stepTime,
        'Password',
        'Password in the cloud',
        true,
        'Correct password',
        'Primary authentication',
      ),
    );
    methods.push('Password');
    if (
      mfaRequired &&
      attempt.clientType !== 'exchangeActiveSync' &&
      attempt.clientType !== 'other'
    ) {
      const ok = attempt.can.mfa;
      details.push(
        step(
          stepTime,
          'Mobile app notification',
          null,
          ok,
          ok
            ? 'MFA successfully completed'
            : 'MFA denied; user did not respond to mobile app notification',
          'Multi-factor authentication',
        ),
      );
      if (ok) methods.push('Mobile app notification');
    }
  }

  return {
    id: signInId(tenant, e),
    createdDateTime,
    ms,
    user,
    appId: attempt.app.id,
    appDisplayName: attempt.app.name,
    resourceId: attempt.resource.id,
    resourceDisplayName: attempt.resource.name,
    clientAppUsed: attempt.clientAppUsed,
    userAgent: attempt.userAgent,
    isInteractive: e.interactive,
    errorCode,
    conditionalAccessStatus: caStatus,
    policies,
    authenticationRequirement:
      mfaRequired && (errorCode === 0 || errorCode === 50074)
        ? 'multiFactorAuthentication'
        : 'singleFactorAuthentication',
    authenticationProtocol: attempt.protocol,
    incomingTokenType: attempt.incomingTokenType,
    authenticationDetails: details,
    authenticationMethodsUsed: methods,
    ipAddress: net.ip,
    autonomousSystemNumber: net.asn,
    location: net.location,
    deviceDetail: {
      deviceId: attempt.device?.id ?? '',
      displayName: attempt.device?.name ?? '',
      operatingSystem: attempt.os,
      browser: attempt.browser,
      isCompliant: attempt.device?.compliant ?? false,
      isManaged: attempt.device?.managed ?? false,
      trustType: attempt.device?.trust ?? '',
    },
    correlationId: r.guid(),
    originalRequestId: r.guid(),
    uniqueTokenIdentifier: Buffer.from(r.hex(24)).toString('base64url'),
    sessionId: stableGuid(tenant.seed, 'session', user.index, attempt.app.id),
    processingTimeInMilliseconds: r.between(18, 420),
  };
}

function step(
  at: string,
  method: string,
  detail: string | null,
  ok: boolean,
  result: string,
  requirement: string,
): AuthenticationDetail {
  return {
    authenticationStepDateTime: at,
    authenticationMethod: method,
    authenticationMethodDetail: detail,
    succeeded: ok,
    authenticationStepResultDetail: result,
    authenticationStepRequirement: requirement,
  };
}

function describeAttempt(
  tenant: ScenarioTenant,
  e: CoreSignIn,
  user: ScenarioUser,
  r: Rng,
): Attempt {
  const exo = APPS.exchangeOnline;
  const phone = rngFor(tenant.seed, 'phone', user.index);
  const [iosVersion] = phone.pick(IOS_VERSIONS);
  const phoneRegistered = phone.chance(0.4);
  const none = { mfa: false, approvedApplication: false, compliantApplication: false };
  const base = {
    primaryFailure: null,
    protocol: 'oAuth2',
    incomingTokenType: 'none',
    device: null,
  } as const;
  switch (e.kind) {
    case 'outlookRefresh':
    case 'outlookSignIn': {
      const ios = user.mobile === 'outlookIos';
      const interactive = e.kind === 'outlookSignIn';
      return {
        ...base,
        app: APPS.outlookMobile,
        resource: exo,
        clientAppUsed: CLIENT_APP.modern,
        clientType: 'mobileAppsAndDesktopClients',
        platform: ios ? 'iOS' : 'android',
        userAgent: MSAL_MOBILE_AGENT,
        os: ios ? `iOS ${iosVersion}` : 'Android 14',
        browser: '',
        device: phoneRegistered
          ? {
              id: stableGuid(tenant.seed, 'phone-device', user.index),
              name: ios ? 'iPhone' : 'Android',
              managed: false,
              compliant: false,
              trust: 'Azure AD registered',
            }
          : null,
        network: 'home',
        can: {
          mfa: interactive ? r.chance(0.96) : true,
          approvedApplication: true,
          compliantApplication: true,
        },
        primaryFailure: interactive && r.chance(0.02) ? 50126 : null,
        protocol: interactive ? 'oAuth2' : 'none',
        incomingTokenType: interactive ? 'none' : 'refreshToken',
      };
    }
    case 'desktopRefresh':
      return {
        ...base,
        app: APPS.microsoftOffice,
        resource: exo,
        clientAppUsed: CLIENT_APP.modern,
        clientType: 'mobileAppsAndDesktopClients',
        platform: 'windows',
        userAgent: OUTLOOK_DESKTOP_AGENT,
        os: 'Windows 10',
        browser: 'Rich Client 5.2.9.0',
        device: laptop(tenant, user),
        network: r.chance(0.7) ? 'office' : 'home',
        can: { mfa: true, approvedApplication: false, compliantApplication: false },
        protocol: 'none',
        incomingTokenType: 'primaryRefreshToken',
      };
    case 'browser': {
      const [ua, browser] = r.pick(BROWSER_AGENTS);
      const mac = browser.startsWith('Safari');
      return {
        ...base,
        app: exo,
        resource: exo,
        clientAppUsed: CLIENT_APP.browser,
        clientType: 'browser',
        platform: mac ? 'macOS' : 'windows',
        userAgent: ua,
        os: mac ? 'MacOs' : 'Windows 10',
        browser,
        device: mac ? null : laptop(tenant, user),
        network: r.chance(0.6) ? 'office' : 'home',
        can: { ...none, mfa: r.chance(0.98) },
        primaryFailure: r.chance(0.03) ? 50126 : null,
      };
    }
    case 'easBasic': {
      const ios = user.mobile === 'iosMail';
      const [, hw] = phone.pick(IPHONE_MODELS);
      const samsung = phone.pick(SAMSUNG_MODELS);
      return {
        ...base,
        app: exo,
        resource: exo,
        clientAppUsed: CLIENT_APP.eas,
        clientType: 'exchangeActiveSync',
        platform: ios ? 'iOS' : 'android',
        userAgent: ios
          ? `Apple-${hw}/2107.93`
          : user.mobile === 'gmail'
            ? 'Android-Mail/2024.11.03.694020823.Release'
            : `SAMSUNG-${samsung}/101.400`,
        // Entra derives these from the EAS user agent and spells them its own way [U].
        os: ios ? 'Ios' : 'Android',
        browser: '',
        network: 'home',
        can: none,
        primaryFailure: r.chance(0.01) ? 50126 : null,
        protocol: 'ropc',
      };
    }
    case 'iosAccounts':
      return {
        ...base,
        app: APPS.iosAccounts,
        resource: exo,
        clientAppUsed: CLIENT_APP.modern,
        clientType: 'mobileAppsAndDesktopClients',
        platform: 'iOS',
        userAgent: `Mozilla/5.0 (iPhone; CPU iPhone OS ${iosVersion.replace(/\./g, '_')} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148`,
        os: `iOS ${iosVersion}`,
        browser: 'Mobile Safari',
        network: 'home',
        can: { mfa: true, approvedApplication: false, compliantApplication: false },
      };
    case 'script':
      return {
        ...base,
        app: exo,
        resource: exo,
        clientAppUsed:
          user.script === 'imap'
            ? CLIENT_APP.imap
            : user.script === 'pop'
              ? CLIENT_APP.pop
              : CLIENT_APP.smtp,
        clientType: 'other',
        platform: null,
        userAgent: BASIC_AUTH_AGENT,
        os: '',
        browser: '',
        network: 'office',
        can: none,
        primaryFailure: r.chance(0.005) ? 50126 : null,
        protocol: 'ropc',
      };
    case 'spray': {
      const client = r.weighted<[string, CaClientType]>([
        [[CLIENT_APP.imap, 'other'], 4],
        [[CLIENT_APP.smtp, 'other'], 3],
        [[CLIENT_APP.eas, 'exchangeActiveSync'], 1],
        [[CLIENT_APP.browser, 'browser'], 2],
      ]);
      const browser = client[1] === 'browser';
      return {
        ...base,
        app: exo,
        resource: exo,
        clientAppUsed: client[0],
        clientType: client[1],
        platform: browser ? 'windows' : null,
        userAgent: browser ? (BROWSER_AGENTS[1]?.[0] ?? '') : BASIC_AUTH_AGENT,
        os: browser ? 'Windows 10' : '',
        browser: browser ? 'Chrome 131.0.0' : '',
        network: 'hostile',
        can: none,
        primaryFailure: r.chance(0.05) ? 50053 : 50126,
        protocol: browser ? 'oAuth2' : 'ropc',
      };
    }
    case 'breakGlass':
      return {
        ...base,
        app: APPS.azurePortal,
        resource: APPS.azureManagement,
        clientAppUsed: CLIENT_APP.browser,
        clientType: 'browser',
        platform: 'windows',
        userAgent: BROWSER_AGENTS[0]?.[0] ?? '',
        os: 'Windows 10',
        browser: 'Edge 131.0.0',
        network: 'office',
        can: { ...none, mfa: true },
      };
  }
}

function laptop(tenant: ScenarioTenant, user: ScenarioUser): NonNullable<Attempt['device']> {
  const n = 1000 + (user.index % 9000);
  return {
    id: stableGuid(tenant.seed, 'laptop', user.index),
    name: `${tenant.naming.name.slice(0, 3).toUpperCase()}-LT${n}`,
    managed: true,
    compliant: true,
    trust: 'Hybrid Azure AD joined',
  };
}

function networkFor(
  tenant: ScenarioTenant,
  user: ScenarioUser,
  kind: 'home' | 'office' | 'hostile',
  ms: number,
  r: Rng,
): { ip: string; asn: number; location: ResolvedSignIn['location'] } {
  const office = OFFICES[user.office] ?? OFFICES[0];
  if (kind === 'office' && office) {
    const egress = officeEgress(user.office);
    return {
      ip: r.chance(0.2) ? egress.v6 : egress.v4,
      asn: egress.asn,
      location: loc(
        office.city,
        office.state,
        office.countryOrRegion,
        office.latitude,
        office.longitude,
        r,
      ),
    };
  }
  const net: Network =
    kind === 'hostile'
      ? r.pick(HOSTILE_NETWORKS)
      : (HOME_NETWORKS[user.country] ?? (HOME_NETWORKS.JP as Network));
  // A user's home address holds for a real day; attackers rotate per attempt.
  const addr =
    kind === 'hostile'
      ? r
      : rngFor(tenant.seed, 'home-ip', user.index, Math.floor(ms / 86_400_000));
  const [a, b] = addr.pick(net.v4);
  const v6 = addr.chance(kind === 'hostile' ? 0.15 : 0.35);
  const ip = v6
    ? `${net.v6}:${[0, 0, 0, 0, 0].map(() => addr.int(0x10000).toString(16)).join(':')}`
    : `${a}.${b}.${addr.int(256)}.${1 + addr.int(254)}`;
  return {
    ip,
    asn: net.asn,
    location: loc(net.city, net.state, net.countryOrRegion, net.latitude, net.longitude, r),
  };
}

function loc(
  city: string,
  state: string,
  countryOrRegion: string,
  lat: number,
  lon: number,
  r: Rng,
): ResolvedSignIn['location'] {
  const jitter = () => Math.round((r.next() - 0.5) * 2000) / 10000;
  return {
    city,
    state,
    countryOrRegion,
    geoCoordinates: { altitude: null, latitude: lat + jitter(), longitude: lon + jitter() },
  };
}
