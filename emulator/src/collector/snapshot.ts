import type { CmdletObject } from '../exchange/cmdlet.js';

/**
 * Builds the on-premises part of a configuration snapshot (docs/api.md, POST
 * /api/v1/tenants/{tenantId}/snapshots) by running the cmdlets an administrator would, the way
 * a collector script on an Exchange management host does.
 */
export interface ExchangeShell {
  /** Runs one cmdlet and returns its output objects (PascalCase, every property). */
  run(cmdlet: string, parameters?: Record<string, unknown>): CmdletObject[];
}

export const VIRTUAL_DIRECTORY_KINDS = [
  'ActiveSync',
  'Autodiscover',
  'WebServices',
  'Mapi',
  'OAB',
] as const;
export type VirtualDirectoryKind = (typeof VIRTUAL_DIRECTORY_KINDS)[number];

const VDIR_CMDLETS: Readonly<Record<VirtualDirectoryKind, string>> = {
  ActiveSync: 'Get-ActiveSyncVirtualDirectory',
  Autodiscover: 'Get-AutodiscoverVirtualDirectory',
  WebServices: 'Get-WebServicesVirtualDirectory',
  Mapi: 'Get-MapiVirtualDirectory',
  OAB: 'Get-OabVirtualDirectory',
};

export interface OnPremisesSnapshotBody {
  capturedAt: string;
  exchangeOnPremises: {
    organizationConfig: CmdletObject;
    authenticationPolicies: CmdletObject[];
    users: CmdletObject[];
    activeSyncOrganizationSettings: CmdletObject;
    activeSyncDeviceAccessRules: CmdletObject[];
    mobileDevices: CmdletObject[];
    authServers: CmdletObject[];
    virtualDirectories: CmdletObject[];
    exchangeServers: CmdletObject[];
    casMailboxes: CmdletObject[];
  };
}

function single(shell: ExchangeShell, cmdlet: string): CmdletObject {
  const [first] = shell.run(cmdlet);
  if (!first) throw new Error(`${cmdlet} returned nothing`);
  return first;
}

/**
 * `Get-MobileDevice | Get-MobileDeviceStatistics`, merged: the device object with the
 * statistics' extra fields (LastSuccessSync, LastSyncAttemptTime, Status, …) after it.
 */
function mobileDevices(shell: ExchangeShell): CmdletObject[] {
  return shell.run('Get-MobileDevice', { ResultSize: 'Unlimited' }).map((device) => {
    const [stats] = shell.run('Get-MobileDeviceStatistics', { Identity: device.Identity });
    const merged: CmdletObject = { ...device };
    for (const [k, v] of Object.entries(stats ?? {})) if (!(k in merged)) merged[k] = v;
    return merged;
  });
}

/**
 * One entry per server and directory (`Kind` is ours, docs/api.md). The Autodiscover, EWS and OAB
 * cmdlets report `OAuthAuthentication`; the ActiveSync and MAPI ones only list OAuth among their
 * authentication methods, so for those the flag is derived from that list.
 */
function virtualDirectories(shell: ExchangeShell): CmdletObject[] {
  return VIRTUAL_DIRECTORY_KINDS.flatMap((kind) =>
    shell.run(VDIR_CMDLETS[kind], { ADPropertiesOnly: true }).map((v) => {
      const methods = [v.InternalAuthenticationMethods, v.IISAuthenticationMethods].flatMap((m) =>
        Array.isArray(m) ? m : [],
      );
      const oauth =
        typeof v.OAuthAuthentication === 'boolean'
          ? v.OAuthAuthentication
          : methods.some((m) => String(m).toLowerCase() === 'oauth');
      return { Kind: kind, ...v, OAuthAuthentication: oauth };
    }),
  );
}

export function collectOnPremises(shell: ExchangeShell, capturedAt: Date): OnPremisesSnapshotBody {
  return {
    capturedAt: capturedAt.toISOString(),
    exchangeOnPremises: {
      organizationConfig: single(shell, 'Get-OrganizationConfig'),
      authenticationPolicies: shell.run('Get-AuthenticationPolicy'),
      users: shell.run('Get-User', { ResultSize: 'Unlimited' }),
      activeSyncOrganizationSettings: single(shell, 'Get-ActiveSyncOrganizationSettings'),
      activeSyncDeviceAccessRules: shell.run('Get-ActiveSyncDeviceAccessRule'),
      mobileDevices: mobileDevices(shell),
      authServers: shell.run('Get-AuthServer'),
      virtualDirectories: virtualDirectories(shell),
      exchangeServers: shell.run('Get-ExchangeServer'),
      casMailboxes: shell.run('Get-CASMailbox', { ResultSize: 'Unlimited' }),
    },
  };
}
