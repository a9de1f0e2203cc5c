import type {
  CheckDefinition,
  DeviceAccessRule,
  ExchangeOnPremisesData,
  MobileDevice,
  TenantView,
} from '../types.js';
import {
  CannotVerify,
  cap,
  days,
  lower,
  onPremData,
  parseDate,
  requireKey,
  requireList,
  requireObject,
  sameText,
} from './shared.js';
import { checkMessages } from './messages.js';

const defaultBlock = checkMessages('ONPREM.EAS.DEFAULT_BLOCK', {
  pass: 'ActiveSync blocks mobile clients that no rule allows (DefaultAccessLevel is Block).',
  fail: 'ActiveSync DefaultAccessLevel is %{level}, which lets any mobile client in.',
});
const outlookService = checkMessages('ONPREM.EAS.OUTLOOKSERVICE_ALLOWED', {
  fail_rule:
    'A device access rule sets DeviceType OutlookService to %{levels:slash}: Exchange Online cannot sync on-premises mailboxes to Outlook mobile.',
  pass_default:
    'DefaultAccessLevel is Allow, so Exchange Online (OutlookService) can sync on-premises mailboxes.',
  pass_rule:
    'A device access rule allows DeviceType OutlookService, so Exchange Online can sync on-premises mailboxes.',
  fail_default:
    'DefaultAccessLevel is %{level} and no rule allows DeviceType OutlookService: Exchange Online cannot sync on-premises mailboxes to Outlook mobile.',
});
const outlookBasic = checkMessages('ONPREM.EAS.OUTLOOK_BASIC_BLOCKED', {
  pass: 'A device access rule blocks DeviceModel "Outlook for iOS and Android" from Basic-auth ActiveSync.',
  fail_no_rule:
    'No device access rule blocks DeviceModel "Outlook for iOS and Android": Outlook mobile can still reach on-premises with Basic auth.',
  fail_rule:
    'The rule for DeviceModel "Outlook for iOS and Android" is %{levels:slash}, not Block: Outlook mobile can still reach on-premises with Basic auth.',
});
const unapproved_ = checkMessages('ONPREM.EAS.UNAPPROVED_DEVICES', {
  pass: 'No allowed device other than the Exchange Online partnership synced in the last %{days} days.',
  fail: '%{devices:plural:unapproved device:unapproved devices} synced with on-premises ActiveSync in the last %{days} days while Allowed.',
});
const protocol = checkMessages('ONPREM.EAS.PROTOCOL_VERSION', {
  pass: 'All %{devices:plural:allowed device:allowed devices} that synced recently speak ActiveSync 16.1 or later.',
  warn: '%{devices:plural:allowed device speaks:allowed devices speak} an ActiveSync protocol older than 16.1 (or an unknown one).',
  // A listed device's `problem` (with `problemMessage` beside it, for the evidence tables).
  problem_unknown: 'unknown protocol version',
  problem_older: 'ActiveSync %{version} is older than 16.1',
});

/** A device's problem in English and as a message (evidence-tables.ts reads the pair). */
function problem(key: 'problem_unknown' | 'problem_older', params: { version?: string } = {}) {
  const { summary, message } = protocol.say(key, params);
  return { problem: summary, problemMessage: message };
}

const ACCESS_LEVELS = ['Allow', 'Block', 'Quarantine'] as const;
type AccessLevel = (typeof ACCESS_LEVELS)[number];

function defaultAccessLevel(onprem: ExchangeOnPremisesData): AccessLevel {
  const settings = requireObject(
    onprem.activeSyncOrganizationSettings,
    'Get-ActiveSyncOrganizationSettings output',
  );
  const level = requireKey(
    settings,
    'DefaultAccessLevel',
    'Get-ActiveSyncOrganizationSettings output',
  );
  const known = ACCESS_LEVELS.find((l) => sameText(level, l));
  if (!known)
    throw new CannotVerify(
      `DefaultAccessLevel is ${JSON.stringify(level)}, not one of Allow, Block, Quarantine`,
    );
  return known;
}

function rules(onprem: ExchangeOnPremisesData): DeviceAccessRule[] {
  const list = requireList(
    onprem.activeSyncDeviceAccessRules,
    'Get-ActiveSyncDeviceAccessRule output',
  );
  for (const r of list) {
    const name = r.Name ?? r.QueryString ?? '(unnamed rule)';
    for (const key of ['Characteristic', 'QueryString', 'AccessLevel'] as const) {
      requireKey(r, key, `device access rule "${name}"`);
    }
  }
  return list;
}

/** Rules match on exact text (no wildcards); Exchange compares it case-insensitively. */
function rulesFor(
  list: DeviceAccessRule[],
  characteristic: string,
  queryString: string,
): DeviceAccessRule[] {
  return list.filter(
    (r) => sameText(r.Characteristic, characteristic) && sameText(r.QueryString, queryString),
  );
}

function ruleRow(r: DeviceAccessRule) {
  return {
    Name: r.Name ?? null,
    Characteristic: r.Characteristic,
    QueryString: r.QueryString,
    AccessLevel: r.AccessLevel,
  };
}

export const onPremEasDefaultBlock: CheckDefinition = {
  id: 'ONPREM.EAS.DEFAULT_BLOCK',
  title: 'ActiveSync blocks unknown mobile clients by default',
  severity: 'HIGH',
  metricUnit: 'COUNT',
  sources: ['exchangeOnPremises'],
  description:
    'The on-premises ActiveSyncOrganizationSettings.DefaultAccessLevel is Block (Allow or Quarantine lets any client in).',
  outcomes: {
    PASS: 'ActiveSyncOrganizationSettings.DefaultAccessLevel is Block.',
    FAIL: 'DefaultAccessLevel is Allow or Quarantine, which lets any mobile client in.',
    ERROR:
      'Get-ActiveSyncOrganizationSettings output is missing, or DefaultAccessLevel is missing or not one of Allow, Block, Quarantine.',
  },
  rationale:
    'Seed article, Exchange on-premises configuration: to allow only Outlook mobile as the approved client, block other mobile device clients at the Exchange on-premises level.',
  remediation:
    'In the on-premises Exchange Management Shell: Set-ActiveSyncOrganizationSettings -DefaultAccessLevel Block',
  evaluate(view) {
    const level = defaultAccessLevel(onPremData(view));
    return level === 'Block'
      ? {
          status: 'PASS',
          metric: null,
          ...defaultBlock.say('pass'),
          evidence: { DefaultAccessLevel: level },
        }
      : {
          status: 'FAIL',
          metric: null,
          ...defaultBlock.say('fail', { level: String(level) }),
          evidence: { DefaultAccessLevel: level },
        };
  },
};

export const onPremEasOutlookServiceAllowed: CheckDefinition = {
  id: 'ONPREM.EAS.OUTLOOKSERVICE_ALLOWED',
  title: 'Exchange Online may sync on-premises mailboxes over ActiveSync (OutlookService)',
  severity: 'CRITICAL',
  metricUnit: 'COUNT',
  sources: ['exchangeOnPremises'],
  description:
    'DefaultAccessLevel is Allow, or a device access rule Characteristic=DeviceType, QueryString=OutlookService, AccessLevel=Allow exists — and no rule blocks or quarantines that device type. Otherwise Exchange Online cannot sync on-premises mailboxes to Outlook mobile: an outage, not only a risk.',
  outcomes: {
    PASS: 'DefaultAccessLevel is Allow, or a device access rule Characteristic=DeviceType, QueryString=OutlookService, AccessLevel=Allow exists, and no rule blocks or quarantines that device type.',
    FAIL: 'Exchange Online cannot sync on-premises mailboxes to Outlook mobile: no rule allows DeviceType OutlookService under a Block or Quarantine default, or a rule blocks or quarantines it. An outage, not only a risk.',
    ERROR:
      'Get-ActiveSyncOrganizationSettings or Get-ActiveSyncDeviceAccessRule output is missing, or a rule lacks Characteristic, QueryString or AccessLevel.',
  },
  rationale:
    'Seed article, Exchange on-premises configuration: when the default access level is not Allow, allow Exchange Online to connect to on-premises with a device access rule for DeviceType OutlookService; Exchange Online syncs the mailbox on behalf of Outlook mobile.',
  remediation:
    'In the on-premises Exchange Management Shell: If ((Get-ActiveSyncOrganizationSettings).DefaultAccessLevel -ne "Allow") {New-ActiveSyncDeviceAccessRule -Characteristic DeviceType -QueryString "OutlookService" -AccessLevel Allow}',
  evaluate(view) {
    const onprem = onPremData(view);
    const level = defaultAccessLevel(onprem);
    const matching = rulesFor(rules(onprem), 'DeviceType', 'OutlookService');
    const allowRule = matching.find((r) => sameText(r.AccessLevel, 'Allow'));
    const denyRules = matching.filter((r) => !sameText(r.AccessLevel, 'Allow'));
    const evidence = { DefaultAccessLevel: level, outlookServiceRules: matching.map(ruleRow) };
    if (denyRules.length > 0) {
      return {
        status: 'FAIL',
        metric: null,
        ...outlookService.say('fail_rule', { levels: denyRules.map((r) => String(r.AccessLevel)) }),
        evidence,
      };
    }
    if (level === 'Allow' || allowRule) {
      return {
        status: 'PASS',
        metric: null,
        ...(level === 'Allow'
          ? outlookService.say('pass_default')
          : outlookService.say('pass_rule')),
        evidence,
      };
    }
    return {
      status: 'FAIL',
      metric: null,
      ...outlookService.say('fail_default', { level: String(level) }),
      evidence,
    };
  },
};

export const onPremEasOutlookBasicBlocked: CheckDefinition = {
  id: 'ONPREM.EAS.OUTLOOK_BASIC_BLOCKED',
  title: 'Outlook for iOS and Android cannot reach on-premises ActiveSync with Basic auth',
  severity: 'HIGH',
  metricUnit: 'COUNT',
  sources: ['exchangeOnPremises'],
  description:
    'A device access rule Characteristic=DeviceModel, QueryString="Outlook for iOS and Android", AccessLevel=Block exists, so Outlook mobile cannot connect directly to on-premises with Basic auth.',
  outcomes: {
    PASS: 'A device access rule Characteristic=DeviceModel, QueryString="Outlook for iOS and Android", AccessLevel=Block exists.',
    FAIL: 'No such rule, or the rule for that device model allows or quarantines it: Outlook mobile can still reach on-premises with Basic auth.',
    ERROR:
      'Get-ActiveSyncDeviceAccessRule output is missing, or a rule lacks Characteristic, QueryString or AccessLevel.',
  },
  rationale:
    'Seed article, Exchange on-premises configuration: block Basic authentication for Outlook for iOS and Android with a device access rule on its device model, so that it connects only through Hybrid Modern Authentication.',
  remediation:
    'In the on-premises Exchange Management Shell: New-ActiveSyncDeviceAccessRule -Characteristic DeviceModel -QueryString "Outlook for iOS and Android" -AccessLevel Block',
  evaluate(view) {
    const matching = rulesFor(
      rules(onPremData(view)),
      'DeviceModel',
      'Outlook for iOS and Android',
    );
    const block = matching.find((r) => sameText(r.AccessLevel, 'Block'));
    const evidence = { outlookMobileRules: matching.map(ruleRow) };
    return block
      ? {
          status: 'PASS',
          metric: null,
          ...outlookBasic.say('pass'),
          evidence,
        }
      : {
          status: 'FAIL',
          metric: null,
          ...(matching.length === 0
            ? outlookBasic.say('fail_no_rule')
            : outlookBasic.say('fail_rule', {
                levels: matching.map((r) => String(r.AccessLevel)),
              })),
          evidence,
        };
  },
};

// ---------------------------------------------------------------------------------------------
// Mobile device partnerships

interface DeviceRow {
  DeviceId: string;
  user: string | null;
  DeviceType: string | null;
  DeviceModel: string | null;
  DeviceUserAgent: string | null;
  ClientType: string | null;
  DeviceAccessState: string | null;
  DeviceAccessStateReason: string | null;
  DeviceActiveSyncVersion: string | null;
  LastSuccessSync: string | null;
}

/** Allowed partnerships that synced within the device look-back window ending at view.now. */
function recentAllowedDevices(view: TenantView): {
  devices: Array<{ raw: MobileDevice; row: DeviceRow }>;
  from: Date;
  read: number;
} {
  const list = requireList(onPremData(view).mobileDevices, 'Get-MobileDevice output');
  const from = new Date(view.now.getTime() - days(view.settings.deviceLookbackDays));
  const devices: Array<{ raw: MobileDevice; row: DeviceRow }> = [];
  for (const d of list) {
    const id = requireKey(d, 'DeviceId', 'a mobile device');
    if (typeof id !== 'string' || id.trim() === '')
      throw new CannotVerify('a mobile device has an empty DeviceId');
    const what = `mobile device ${id}`;
    const lastSync = parseDate(
      requireKey(d, 'LastSuccessSync', what),
      `LastSuccessSync of ${what}`,
    );
    if (lastSync === null || lastSync < from) continue;
    if (!sameText(requireKey(d, 'DeviceAccessState', what), 'Allowed')) continue;
    devices.push({
      raw: d,
      row: {
        DeviceId: id,
        user: d.UserDisplayName ?? null,
        DeviceType: requireKey(d, 'DeviceType', what) ?? null,
        DeviceModel: d.DeviceModel ?? null,
        DeviceUserAgent: d.DeviceUserAgent ?? null,
        ClientType: d.ClientType ?? null,
        DeviceAccessState: d.DeviceAccessState ?? null,
        DeviceAccessStateReason: d.DeviceAccessStateReason ?? null,
        DeviceActiveSyncVersion: d.DeviceActiveSyncVersion ?? null,
        LastSuccessSync: lastSync.toISOString(),
      },
    });
  }
  return { devices, from, read: list.length };
}

export const onPremEasUnapprovedDevices: CheckDefinition = {
  id: 'ONPREM.EAS.UNAPPROVED_DEVICES',
  title: 'No unapproved mobile client syncs with on-premises ActiveSync',
  severity: 'HIGH',
  metricUnit: 'COUNT',
  sources: ['exchangeOnPremises'],
  description:
    'No mobile device partnership that synced in the look-back window (default 30 days) is Allowed while being anything other than the Exchange Online sync partnership (DeviceType OutlookService).',
  outcomes: {
    PASS: 'No mobile device partnership that synced in the device look-back window (default 30 days) is Allowed while being anything other than the Exchange Online partnership (DeviceType OutlookService).',
    FAIL: 'Such devices synced; the evidence lists each (user, DeviceType, DeviceModel, DeviceUserAgent, access state and reason, last sync) and the metric counts them.',
    ERROR:
      'Get-MobileDevice output is missing, or a device lacks DeviceId, LastSuccessSync, DeviceAccessState or DeviceType, or has an unreadable LastSuccessSync.',
  },
  rationale:
    'Seed article, Exchange on-premises configuration: only Outlook mobile, syncing through Exchange Online (the OutlookService partnership), is an approved client; connection attempts from other clients must be blocked at the Exchange on-premises level.',
  remediation:
    'In the on-premises Exchange Management Shell: Set-ActiveSyncOrganizationSettings -DefaultAccessLevel Block; for each listed device, remove its exemption (Set-CASMailbox -ActiveSyncAllowedDeviceIDs @{Remove=…}) or block it (Set-CASMailbox -ActiveSyncBlockedDeviceIDs @{Add=…}); a failing result names each user and device id.',
  evaluate(view) {
    const { devices, from, read } = recentAllowedDevices(view);
    const unapproved = devices
      .filter((d) => !sameText(d.row.DeviceType, 'OutlookService'))
      .map((d) => d.row);
    const evidence = {
      lookbackDays: view.settings.deviceLookbackDays,
      syncedSince: from.toISOString(),
      devicesRead: read,
      allowedRecent: devices.length,
      unapproved: cap(unapproved),
    };
    if (unapproved.length === 0) {
      return {
        status: 'PASS',
        metric: 0,
        ...unapproved_.say('pass', { days: view.settings.deviceLookbackDays }),
        evidence,
      };
    }
    return {
      status: 'FAIL',
      metric: unapproved.length,
      ...unapproved_.say('fail', {
        devices: unapproved.length,
        days: view.settings.deviceLookbackDays,
      }),
      evidence,
      failingItems: unapproved.map((d) => lower(d.DeviceId)),
      remediation: `In the on-premises Exchange Management Shell: ${[
        ...(defaultAccessLevelOrNull(view) === 'Block'
          ? []
          : ['Set-ActiveSyncOrganizationSettings -DefaultAccessLevel Block']),
        ...unapproved
          .slice(0, 20)
          .map((d) =>
            d.DeviceAccessStateReason === 'Individual' && d.user
              ? `Set-CASMailbox -Identity "${d.user}" -ActiveSyncAllowedDeviceIDs @{Remove="${d.DeviceId}"}`
              : d.user
                ? `Set-CASMailbox -Identity "${d.user}" -ActiveSyncBlockedDeviceIDs @{Add="${d.DeviceId}"}`
                : `Get-MobileDevice | Where-Object DeviceId -eq "${d.DeviceId}" | Remove-MobileDevice`,
          ),
      ].join(
        '; ',
      )}${unapproved.length > 20 ? ` (and the other ${unapproved.length - 20} listed)` : ''}`,
    };
  },
};

/** A device access rule per real user agent of the listed devices (none known: the generic text). */
function agentRemediation(agents: Array<string | null>): { remediation?: string } {
  const known = [...new Set(agents.filter((a): a is string => !!a))].slice(0, 10);
  if (known.length === 0) return {};
  return {
    remediation: `Update or replace the listed clients (move users to Outlook for iOS and Android); to stop a client family in the on-premises Exchange Management Shell: ${known
      .map(
        (agent) =>
          `New-ActiveSyncDeviceAccessRule -Characteristic UserAgent -QueryString "${agent}" -AccessLevel Block`,
      )
      .join('; ')}`,
  };
}

/** DefaultAccessLevel when it is readable, else null (the remediation then sets it). */
function defaultAccessLevelOrNull(view: TenantView): string | null {
  try {
    return defaultAccessLevel(onPremData(view));
  } catch {
    return null;
  }
}

const MIN_PROTOCOL: [number, number] = [16, 1];

function protocolVersion(value: string | null | undefined): [number, number] | null {
  const m = typeof value === 'string' ? /^\s*(\d+)(?:\.(\d+))?/.exec(value) : null;
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : null;
}

export const onPremEasProtocolVersion: CheckDefinition = {
  id: 'ONPREM.EAS.PROTOCOL_VERSION',
  title: 'Allowed mobile devices speak ActiveSync 16.1 or later',
  severity: 'LOW',
  metricUnit: 'COUNT',
  sources: ['exchangeOnPremises'],
  description:
    'No allowed device that synced in the look-back window reports a DeviceActiveSyncVersion older than 16.1 (older protocol versions lose access to Exchange Online). A device whose version is empty or unreadable is listed too.',
  outcomes: {
    PASS: 'Every allowed device that synced in the device look-back window speaks ActiveSync 16.1 or later.',
    WARN: 'Some allowed, recently synced devices report a DeviceActiveSyncVersion older than 16.1, or an empty or unreadable one; the evidence lists them.',
    ERROR:
      'Get-MobileDevice output is missing, or a device lacks a key the check reads (DeviceActiveSyncVersion among them).',
  },
  rationale:
    'Seed article, architecture and "Alternatives": users need a mobile client that supports modern authentication (Outlook mobile recommended, third-party modern-auth clients allowed). Devices still on an ActiveSync protocol older than 16.1 lose access to Exchange Online, so they are the clients to replace before enforcement.',
  remediation:
    'Update or replace the listed clients (move users to Outlook for iOS and Android); to stop a client family in the on-premises Exchange Management Shell: New-ActiveSyncDeviceAccessRule -Characteristic UserAgent -QueryString (the DeviceUserAgent) -AccessLevel Block. A warning result names each user agent.',
  evaluate(view) {
    const { devices, from } = recentAllowedDevices(view);
    const old = devices.flatMap(({ raw, row }) => {
      const version = protocolVersion(
        requireKey(raw, 'DeviceActiveSyncVersion', `mobile device ${row.DeviceId}`),
      );
      if (version === null) return [{ ...row, ...problem('problem_unknown') }];
      const [major, minor] = version;
      const older =
        major < MIN_PROTOCOL[0] || (major === MIN_PROTOCOL[0] && minor < MIN_PROTOCOL[1]);
      return older
        ? [{ ...row, ...problem('problem_older', { version: `${major}.${minor}` }) }]
        : [];
    });
    const evidence = {
      lookbackDays: view.settings.deviceLookbackDays,
      syncedSince: from.toISOString(),
      allowedRecent: devices.length,
      olderThan161: cap(old),
    };
    if (old.length === 0) {
      return {
        status: 'PASS',
        metric: 0,
        ...protocol.say('pass', { devices: devices.length }),
        evidence,
      };
    }
    return {
      status: 'WARN',
      metric: old.length,
      ...protocol.say('warn', { devices: old.length }),
      evidence,
      failingItems: old.map((d) => lower(d.DeviceId)),
      ...agentRemediation(old.map((d) => d.DeviceUserAgent)),
    };
  },
};
