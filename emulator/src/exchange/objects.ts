import { exchangeDate } from '../scenario/format.js';
import type { ScenarioTenant } from '../scenario/tenant.js';
import type { CmdletObject } from './cmdlet.js';

/**
 * Where an Exchange object lives decides the shape of its identifiers: Exchange Online names
 * objects inside Microsoft's forest; on-premises inside the customer's Active Directory.
 */
export interface ExchangeSite {
  kind: 'online' | 'onPremises';
  tenant: ScenarioTenant;
  /** Where a lookup that failed says it searched (ManagementObjectNotFoundException text). */
  server: string;
  configDn: string;
  orgId: string | null;
  originatingServer: string;
  exchangeVersion: string;
}

const FOREST = 'JPNPR01A001.PROD.OUTLOOK.COM';

export function onlineSite(t: ScenarioTenant): ExchangeSite {
  const d = t.naming.initialDomain;
  return {
    kind: 'online',
    tenant: t,
    server: 'TYCP286MB2401.JPNP286.PROD.OUTLOOK.COM',
    configDn: `CN=Configuration,CN=${d},CN=ConfigurationUnits,DC=JPNPR01A001,DC=PROD,DC=OUTLOOK,DC=COM`,
    orgId: `${FOREST}/Microsoft Exchange Hosted Organizations/${d} - ${FOREST}/ConfigurationUnits/${d}/Configuration`,
    originatingServer: `TYCP286A01DC001.${FOREST}`,
    exchangeVersion: '0.20 (15.0.0.0)',
  };
}

export function onPremSite(t: ScenarioTenant): ExchangeSite {
  return {
    kind: 'onPremises',
    tenant: t,
    server: `DC01.${adDomain(t)}`,
    configDn: `CN=${t.naming.name},CN=Microsoft Exchange,CN=Services,CN=Configuration,${adDn(t)}`,
    orgId: null,
    originatingServer: `DC01.${adDomain(t)}`,
    exchangeVersion: '0.20 (15.0.0.0)',
  };
}

/** The on-premises Active Directory domain, e.g. corp.contoso.com. */
export function adDomain(t: ScenarioTenant): string {
  return `corp.${t.naming.domain}`;
}

export function adDn(t: ScenarioTenant): string {
  return adDomain(t)
    .split('.')
    .map((p) => `DC=${p}`)
    .join(',');
}

export interface AdObjectInput {
  name: string;
  dn: string;
  identity: string;
  guid: string;
  objectCategory: string;
  objectClass: readonly string[];
  whenCreated: number;
  whenChanged: number;
  adminDisplayName?: string | null;
}

/** The properties every Exchange configuration object carries (they close the cmdlet output). */
export function adObject(site: ExchangeSite, o: AdObjectInput): CmdletObject {
  return {
    AdminDisplayName: o.adminDisplayName ?? '',
    ExchangeVersion: site.exchangeVersion,
    Name: o.name,
    DistinguishedName: o.dn,
    Identity: o.identity,
    ObjectCategory: o.objectCategory,
    ObjectClass: [...o.objectClass],
    WhenChanged: exchangeDate(o.whenChanged),
    WhenCreated: exchangeDate(o.whenCreated),
    WhenChangedUTC: exchangeDate(o.whenChanged),
    WhenCreatedUTC: exchangeDate(o.whenCreated),
    ExchangeObjectId: o.guid,
    OrganizationalUnitRoot: site.kind === 'online' ? site.tenant.naming.initialDomain : null,
    OrganizationId: site.orgId,
    Id: o.identity,
    Guid: o.guid,
    OriginatingServer: site.originatingServer,
    IsValid: true,
    ObjectState: 'Unchanged',
  };
}

/** Real time a simulated day began; used for WhenChanged of settings that changed that day. */
export function changedOn(t: ScenarioTenant, day: number | undefined, fallback: number): number {
  return day === undefined ? fallback : t.timeline.realTimeOfDay(day);
}

export const CREATED_LONG_AGO = Date.UTC(2019, 9, 14, 3, 22, 51);
export const CONFIGURED = Date.UTC(2024, 4, 10, 2, 3, 11);
