import { ANDROID_MODELS, IOS_VERSIONS, IPHONE_MODELS, SAMSUNG_MODELS } from './catalog.js';
import { rngFor, stableGuid } from './prng.js';
import type { ScenarioTenant } from './tenant.js';
import { isActive, type DayState } from './timeline.js';

/**
 * ActiveSync partnerships on the on-premises Exchange servers (docs/domain.md 3.4, 3.5). Only
 * mailboxes that live on-premises have them; Exchange Online's sync to Outlook mobile shows up
 * here as the `OutlookService` partnership (Hybrid Modern Authentication).
 */
export type DeviceKind = 'outlookService' | 'outlookBasic' | 'iphone' | 'gmail' | 'samsung';

export interface MobileDeviceRecord {
  userIndex: number;
  kind: DeviceKind;
  guid: string;
  deviceId: string;
  deviceType: string;
  deviceModel: string;
  deviceOS: string;
  userAgent: string;
  friendlyName: string;
  activeSyncVersion: string;
  imei: string;
  mobileOperator: string;
  osLanguage: string;
  firstSyncTime: number;
  /** A partnership nobody has used for months (falls outside look-back windows). */
  stale: boolean;
  staleSince: number;
}

export const OUTLOOK_SERVICE_RULE = 'OutlookService (DeviceType)';
export const OUTLOOK_BASIC_BLOCK_RULE = 'Outlook for iOS and Android (DeviceModel)';

export interface DeviceAccess {
  state: 'Allowed' | 'Blocked';
  reason: 'Global' | 'Individual' | 'DeviceRule';
  rule: string | null;
  lastSuccessSync: number;
  lastSyncAttemptTime: number;
}

const DAY = 86_400_000;
const cache = new WeakMap<
  ScenarioTenant,
  { devices: MobileDeviceRecord[]; individual: string | null }
>();

/** Every on-premises partnership of the tenant (computed once, a few hundred bytes each). */
export function onPremDevices(tenant: ScenarioTenant): readonly MobileDeviceRecord[] {
  return build(tenant).devices;
}

/** The device a helpdesk engineer allows by hand (regression deviceAllowedIndividually). */
export function individuallyAllowedDevice(tenant: ScenarioTenant): string | null {
  return build(tenant).individual;
}

function build(tenant: ScenarioTenant): {
  devices: MobileDeviceRecord[];
  individual: string | null;
} {
  const hit = cache.get(tenant);
  if (hit) return hit;
  const devices: MobileDeviceRecord[] = [];
  const origin = tenant.timeline.realTimeOfDay(0);
  for (const p of tenant.profiles) {
    if (p.mailbox !== 'onPremises') continue;
    const kinds: DeviceKind[] = [];
    if (p.mobile === 'outlookIos' || p.mobile === 'outlookAndroid') kinds.push('outlookService');
    if (p.outlookBasicOnPrem) kinds.push('outlookBasic');
    if (p.mobile === 'iosMail') kinds.push('iphone');
    if (p.mobile === 'gmail') kinds.push('gmail');
    if (p.mobile === 'samsungEmail') kinds.push('samsung');
    for (const kind of kinds)
      devices.push(makeDevice(tenant, p.index, kind, p.mobile === 'outlookAndroid', origin));
  }
  const individual =
    devices.find((d) => d.kind === 'iphone' && !d.stale) ??
    devices.find((d) => d.kind !== 'outlookService' && !d.stale);
  const built = { devices, individual: individual?.deviceId ?? null };
  cache.set(tenant, built);
  return built;
}

function makeDevice(
  tenant: ScenarioTenant,
  userIndex: number,
  kind: DeviceKind,
  android: boolean,
  origin: number,
): MobileDeviceRecord {
  const r = rngFor(tenant.seed, 'device', userIndex, kind);
  const [iosVersion, iosBuild, easBuild] = r.pick(IOS_VERSIONS);
  const firstSyncTime = origin - r.between(20, 900) * DAY - r.int(DAY);
  const stale = r.chance(0.08);
  const common = {
    userIndex,
    kind,
    guid: stableGuid(tenant.seed, 'device-guid', userIndex, kind),
    imei: '',
    mobileOperator: '',
    osLanguage: '',
    firstSyncTime,
    stale,
    staleSince: origin - r.between(45, 200) * DAY,
  };
  switch (kind) {
    case 'outlookService':
      return {
        ...common,
        // [U] docs/domain.md 3.5: only the DeviceType of this partnership is documented.
        deviceId: r.hex(32, true),
        deviceType: 'OutlookService',
        deviceModel: 'OutlookService',
        deviceOS: '',
        userAgent: 'Outlook-iOS-Android/1.0',
        friendlyName: '',
        activeSyncVersion: '16.1',
        stale: false,
      };
    case 'outlookBasic':
      return {
        ...common,
        deviceId: r.hex(32, true),
        deviceType: 'Outlook',
        deviceModel: 'Outlook for iOS and Android',
        deviceOS: android ? 'Android 14' : `iOS ${iosVersion} ${iosBuild}`,
        userAgent: 'Outlook-iOS-Android/1.0',
        friendlyName: '',
        activeSyncVersion: '16.1',
      };
    case 'iphone': {
      const [model, hw] = r.pick(IPHONE_MODELS);
      return {
        ...common,
        deviceId: `Appl${r.hex(11, true)}`,
        deviceType: 'iPhone',
        deviceModel: model,
        deviceOS: `iOS ${iosVersion} ${iosBuild}`,
        userAgent: `Apple-${hw}/${easBuild}`,
        friendlyName: 'iPhone',
        activeSyncVersion: '16.1',
        imei: String(r.between(35000000, 35999999)) + String(r.between(1000000, 9999999)),
        mobileOperator: r.pick(['NTT DOCOMO', 'KDDI', 'SoftBank', 'Chunghwa Telecom']),
        osLanguage: r.pick(['ja-JP', 'zh-TW', 'en-US']),
      };
    }
    case 'gmail':
      return {
        ...common,
        deviceId: `androidc${r.between(1000000000, 1999999999)}`,
        deviceType: 'Android',
        deviceModel: r.pick(ANDROID_MODELS),
        deviceOS: 'Android 14',
        userAgent: 'Android-Mail/2024.11.03.694020823.Release',
        friendlyName: '',
        // Older protocol on purpose: ONPREM.EAS.PROTOCOL_VERSION has something to find.
        activeSyncVersion: '14.1',
      };
    case 'samsung': {
      const model = r.pick(SAMSUNG_MODELS);
      return {
        ...common,
        deviceId: `SEC${r.hex(17, true)}`,
        deviceType: `SAMSUNG${model.replace('-', '')}`,
        deviceModel: model,
        deviceOS: 'Android 14.0.0',
        userAgent: `SAMSUNG-${model}/101.400`,
        friendlyName: model,
        activeSyncVersion: '16.0',
        osLanguage: 'ja-JP',
      };
    }
  }
}

/** ActiveSync default access on a day (`Get-ActiveSyncOrganizationSettings`). */
export function defaultAccessLevel(state: DayState): 'Allow' | 'Block' {
  return state.onPremHardened && !isActive(state, 'onPremDefaultAccessAllow') ? 'Block' : 'Allow';
}

/**
 * How Exchange decides a partnership's access: an individual exception first, then device
 * rules (block before allow), then the organisation default.
 */
export function deviceAccess(
  tenant: ScenarioTenant,
  d: MobileDeviceRecord,
  state: DayState,
  now: number,
): DeviceAccess {
  const r = rngFor(tenant.seed, 'sync', d.deviceId, Math.floor(now / 600_000));
  const attempt = now - r.int(15 * 60_000);
  const allowRule = !isActive(state, 'outlookServiceRuleDeleted');
  const blockRule = state.onPremHardened;
  const def = defaultAccessLevel(state);
  let access: Pick<DeviceAccess, 'state' | 'reason' | 'rule'>;
  let blockedSinceDay: number;
  if (
    isActive(state, 'deviceAllowedIndividually') &&
    individuallyAllowedDevice(tenant) === d.deviceId
  ) {
    access = { state: 'Allowed', reason: 'Individual', rule: null };
    blockedSinceDay = 0;
  } else if (blockRule && d.deviceModel === 'Outlook for iOS and Android') {
    access = { state: 'Blocked', reason: 'DeviceRule', rule: OUTLOOK_BASIC_BLOCK_RULE };
    blockedSinceDay = tenant.timeline.plan.pilotDay;
  } else if (allowRule && d.deviceType === 'OutlookService') {
    access = { state: 'Allowed', reason: 'DeviceRule', rule: OUTLOOK_SERVICE_RULE };
    blockedSinceDay = 0;
  } else if (def === 'Allow') {
    access = { state: 'Allowed', reason: 'Global', rule: null };
    blockedSinceDay = 0;
  } else {
    access = { state: 'Blocked', reason: 'Global', rule: null };
    blockedSinceDay =
      d.deviceType === 'OutlookService'
        ? (state.regressions.get('outlookServiceRuleDeleted') ?? 0)
        : tenant.timeline.plan.pilotDay;
  }
  if (d.stale) {
    return {
      ...access,
      lastSuccessSync: d.staleSince,
      lastSyncAttemptTime: d.staleSince + r.int(DAY),
    };
  }
  const lastSuccessSync =
    access.state === 'Allowed'
      ? attempt - r.int(60_000)
      : Math.min(attempt, tenant.timeline.realTimeOfDay(blockedSinceDay)) - r.int(3_600_000);
  return { ...access, lastSuccessSync, lastSyncAttemptTime: attempt };
}
