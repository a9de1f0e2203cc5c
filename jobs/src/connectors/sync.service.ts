import { Inject, Injectable, Logger } from '@nestjs/common';
import type { IngestionRun, RunTrigger } from '@posture/prisma';
import { utcDayStart } from '../common/sign-in-days.js';
import { IngestService } from '../ingest/ingest.service.js';
import { ALL_TENANTS, type TenantScope } from '../scope.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { ConnectorsRepository } from './connectors.repository.js';
import { ConnectorsService } from './connectors.service.js';
import { ingestPart, progress, refusedPart, runError } from './ingest-messages.js';
import {
  ConnectorError,
  MicrosoftClient,
  parseQuota,
  type ClientOptions,
} from './microsoft-client.js';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

export interface SyncResult {
  signIns: IngestionRun | null;
  snapshot: IngestionRun | null;
}

/** Graph's filter literal for a date: ISO-8601 UTC without quotes. */
const odataDate = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Pulls a tenant's data through its connector and records each pull as an IngestionRun.
 *
 * Sign-ins: incremental from a durable cursor, re-reading `overlapMinutes` behind it for events
 * that arrive late, page by page into COPY (duplicates are skipped by the primary key). The
 * cursor moves only when a pull completes, so a pull killed midway is simply done again: nothing
 * lost, nothing stored twice.
 */
@Injectable()
export class SyncService {
  private readonly log = new Logger('Sync');

  constructor(
    @Inject(ConnectorsService) private readonly connectors: ConnectorsService,
    @Inject(ConnectorsRepository) private readonly repo: ConnectorsRepository,
    @Inject(IngestService) private readonly ingest: IngestService,
    @Inject(TenantsService) private readonly tenants: TenantsService,
  ) {}

  /** Client options for tests (fast backoff); production uses the defaults. */
  clientOptions: ClientOptions = {};

  /**
   * The client for one pull. Graph reporting calls are paced to GRAPH_REPORTING_QUOTA (default
   * Microsoft's 5 per 10 s per app and tenant; api/src/config.ts validates it at start).
   */
  private client(endpoints: ConstructorParameters<typeof MicrosoftClient>[0]): MicrosoftClient {
    return new MicrosoftClient(endpoints, {
      reportingQuota: parseQuota(process.env.GRAPH_REPORTING_QUOTA, 'GRAPH_REPORTING_QUOTA'),
      ...this.clientOptions,
    });
  }

  /** Pulls fresh data when the tenant has an enabled connector; null when it has none. */
  async syncIfEnabled(tenantId: string, trigger: RunTrigger): Promise<SyncResult | null> {
    if (!(await this.repo.isEnabled(tenantId))) return null;
    return this.sync(ALL_TENANTS, tenantId, trigger);
  }

  async sync(scope: TenantScope, tenantId: string, trigger: RunTrigger): Promise<SyncResult> {
    await this.tenants.get(scope, tenantId);
    const snapshot = await this.pullSnapshot(tenantId, trigger);
    const signIns = await this.pullSignIns(tenantId, trigger);
    return { signIns, snapshot };
  }

  private async locked<T>(
    tenantId: string,
    kind: 'SIGNINS' | 'SNAPSHOT',
    fn: () => Promise<T>,
  ): Promise<T | null> {
    const lock = await this.repo.tryLock(tenantId, kind);
    if (!lock) {
      this.log.log(`tenant ${tenantId}: a ${kind} pull is already running elsewhere; skipped`);
      return null;
    }
    try {
      await this.repo.markInterrupted(tenantId, kind);
      return await fn();
    } finally {
      await lock.release();
    }
  }

  private async fail(run: IngestionRun, err: unknown, retries: number): Promise<IngestionRun> {
    const message = err instanceof Error ? err.message : String(err);
    this.log.warn(`tenant ${run.tenantId}: ${run.kind} pull failed: ${message}`);
    const finishedAt = new Date();
    return this.repo.updateRun(run, {
      status: 'FAILED',
      ...runError('error', { reason: message.slice(0, 2000) }),
      retries,
      ...progress('failed_after', { pages: run.pages }),
      finishedAt,
      durationMs: finishedAt.getTime() - run.startedAt.getTime(),
    });
  }

  async pullSignIns(
    tenantId: string,
    trigger: RunTrigger,
    now: Date = new Date(),
  ): Promise<IngestionRun | null> {
    return this.locked(tenantId, 'SIGNINS', async () => {
      const settings = await this.tenants.settings(ALL_TENANTS, tenantId);
      const { endpoints, settings: connector } = await this.connectors.endpoints(tenantId);
      const cursor = await this.repo.cursor(tenantId);
      // The first pull reads the look-back window and the one before it, which the attempt-rise
      // check compares against, from midnight UTC as the checks' windows start (sign-in-days.ts).
      const windowStart = utcDayStart(
        new Date(now.getTime() - 2 * settings.signInLookbackDays * DAY),
      );
      const from = cursor
        ? new Date(
            Math.max(
              cursor.syncedUntil.getTime() - connector.overlapMinutes * MINUTE,
              windowStart.getTime() - DAY,
            ),
          )
        : windowStart;
      let run = await this.repo.startRun({
        tenantId,
        kind: 'SIGNINS',
        trigger,
        windowFrom: from,
        windowTo: now,
      });
      const client = this.client(endpoints);
      let pageCount = 0;
      let label = ingestPart('interactive');
      const range = `createdDateTime ge ${odataDate(from)} and createdDateTime le ${odataDate(now)}`;
      // Beta carries userAgent and authenticationRequirement; it lists interactive sign-ins
      // unless asked for the non-interactive ones, so both are read.
      async function* pages() {
        for (const [name, filter] of [
          ['interactive', range],
          ['non_interactive', `${range} and signInEventTypes/any(t: t eq 'nonInteractiveUser')`],
        ] as const) {
          label = ingestPart(name);
          const path = `/beta/auditLogs/signIns?$top=1000&$filter=${encodeURIComponent(filter)}`;
          for await (const page of client.graphPages(path)) {
            pageCount++;
            yield page;
          }
        }
      }
      try {
        // The same pipeline as a push: validate, batch, store; progress recorded on the run.
        const result = await this.ingest.ingestSignInPages(ALL_TENANTS, tenantId, pages(), {
          now,
          onBatch: async (p) => {
            run = await this.repo.updateRun(run, {
              pages: pageCount,
              received: p.received,
              inserted: p.accepted,
              duplicates: p.duplicates,
              retries: client.retries,
              ...progress('signins_page', {
                label,
                page: pageCount,
                received: p.received,
                refused: refusedPart(p.rejected),
              }),
            });
          },
        });
        // Coverage is contiguous when this pull started at or before the previous end.
        const contiguous = cursor && from.getTime() <= cursor.syncedUntil.getTime();
        await this.repo.saveCursor(tenantId, contiguous ? cursor.coveredFrom : from, now);
        const finishedAt = new Date();
        const received = result.accepted + result.duplicates + result.rejected.length;
        return await this.repo.updateRun(run, {
          status: 'SUCCEEDED',
          finishedAt,
          durationMs: finishedAt.getTime() - run.startedAt.getTime(),
          pages: pageCount,
          received,
          inserted: result.accepted,
          duplicates: result.duplicates,
          retries: client.retries,
          ...progress('signins_done', {
            accepted: result.accepted,
            duplicates: result.duplicates,
            refused: refusedPart(result.rejected.length),
          }),
        });
      } catch (err) {
        return this.fail(run, err, client.retries);
      }
    });
  }

  /** Exchange Online cmdlets and Graph objects, stored as one snapshot. */
  async pullSnapshot(tenantId: string, trigger: RunTrigger): Promise<IngestionRun | null> {
    return this.locked(tenantId, 'SNAPSHOT', async () => {
      const { endpoints } = await this.connectors.endpoints(tenantId);
      let run = await this.repo.startRun({ tenantId, kind: 'SNAPSHOT', trigger });
      const client = this.client(endpoints);
      try {
        const step = async (key: Parameters<typeof progress>[0], params = {}) => {
          run = await this.repo.updateRun(run, {
            ...progress(key, params),
            retries: client.retries,
          });
        };
        const all = async (path: string) => {
          const out: unknown[] = [];
          for await (const p of client.graphPages(path)) out.push(...p);
          return out;
        };
        const capturedAt = new Date();
        await step('step_exo_config');
        const [authenticationPolicies, orgConfig, transportConfig] = await Promise.all([
          client.cmdlet('Get-AuthenticationPolicy'),
          client.cmdlet('Get-OrganizationConfig'),
          client.cmdlet('Get-TransportConfig'),
        ]);
        await step('step_exo_users');
        const users = await client.cmdlet('Get-User', { ResultSize: 'Unlimited' });
        const casMailboxes = await client.cmdlet('Get-CASMailbox', { ResultSize: 'Unlimited' });
        await step('step_entra_ca');
        const conditionalAccessPolicies = await all('/v1.0/identity/conditionalAccess/policies');
        // What the policies' conditions and grants refer to (docs/domain.md 2.4–2.6).
        await step('step_entra_references');
        const namedLocations = await all('/v1.0/identity/conditionalAccess/namedLocations');
        const authenticationStrengthPolicies = await all(
          '/v1.0/identity/conditionalAccess/authenticationStrength/policies',
        );
        const securityDefaults = await client.graphObject(
          '/v1.0/policies/identitySecurityDefaultsEnforcementPolicy',
        );
        // HMA's registration of the on-premises URLs (ONPREM.HMA.SPN). Without Application.Read.All
        // the pull goes on and that one check answers ERROR naming the missing object.
        await step('step_entra_service_principal');
        const exchangeServicePrincipal = await client
          .graphObject(
            `/v1.0/servicePrincipals(appId='00000002-0000-0ff1-ce00-000000000000')?$select=id,appId,displayName,servicePrincipalNames`,
          )
          .then(
            (sp) => ({
              id: sp.id,
              appId: sp.appId,
              displayName: sp.displayName,
              servicePrincipalNames: sp.servicePrincipalNames,
            }),
            (err: unknown) => {
              if (err instanceof ConnectorError && (err.status === 403 || err.status === 404)) {
                this.log.warn(
                  `tenant ${tenantId}: Exchange Online service principal: ${err.message}`,
                );
                return undefined;
              }
              throw err;
            },
          );
        // Intune app protection (docs/domain.md 7.8). Without DeviceManagementApps.Read.All (or
        // an Intune licence) Graph answers 403: the lists are then left out of the snapshot, so
        // INTUNE.APP_PROTECTION_OUTLOOK says they were not read instead of the pull failing.
        await step('step_intune');
        const appProtection = await this.appProtectionPolicies(all);
        const entraUsers = await all(
          '/v1.0/users?$select=id,userPrincipalName,accountEnabled,onPremisesImmutableId&$top=999',
        );
        const groups = (await all('/v1.0/groups?$select=id,displayName&$top=999')) as Array<{
          id?: string;
          displayName?: string;
        }>;
        // Members only of the groups the checks read: rollout waves and groups named by CA policies.
        const wanted = new Set(await this.repo.waveGroupIds(tenantId));
        for (const p of conditionalAccessPolicies as Array<{
          conditions?: { users?: { includeGroups?: string[]; excludeGroups?: string[] } };
        }>) {
          for (const g of [
            ...(p.conditions?.users?.includeGroups ?? []),
            ...(p.conditions?.users?.excludeGroups ?? []),
          ])
            wanted.add(g);
        }
        // …and groups that app protection policies are assigned to or exclude.
        for (const p of [
          ...(appProtection?.ios ?? []),
          ...(appProtection?.android ?? []),
        ] as Array<{
          assignments?: Array<{ target?: { groupId?: unknown } | null }>;
        }>) {
          for (const a of p.assignments ?? [])
            if (typeof a.target?.groupId === 'string') wanted.add(a.target.groupId);
        }
        const withMembers = [];
        for (const g of groups) {
          if (g.id && wanted.has(g.id)) {
            await step('step_group_members', { group: g.displayName ?? g.id });
            // transitiveMembers: users of nested groups too, and the nested groups themselves
            // (List group transitive members, https://learn.microsoft.com/en-us/graph/api/group-list-transitivemembers).
            withMembers.push({
              ...g,
              membersTransitive: true,
              members: await all(
                `/v1.0/groups/${encodeURIComponent(g.id)}/transitiveMembers?$select=id,userPrincipalName,displayName&$top=999`,
              ),
            });
          } else withMembers.push(g);
        }
        const body = {
          capturedAt: capturedAt.toISOString(),
          exchangeOnline: {
            organizationConfig: orgConfig[0] ?? {},
            authenticationPolicies,
            users,
            transportConfig: transportConfig[0] ?? {},
            casMailboxes,
          },
          entra: {
            conditionalAccessPolicies,
            namedLocations,
            authenticationStrengthPolicies,
            securityDefaults: {
              id: securityDefaults.id,
              displayName: securityDefaults.displayName,
              isEnabled: securityDefaults.isEnabled,
            },
            ...(exchangeServicePrincipal ? { exchangeServicePrincipal } : {}),
            ...(appProtection
              ? {
                  iosManagedAppProtections: appProtection.ios,
                  androidManagedAppProtections: appProtection.android,
                }
              : {}),
            users: entraUsers,
            groups: withMembers,
          },
        };
        const stored = await this.ingest.ingestSnapshot(ALL_TENANTS, tenantId, body, 'PULL');
        const finishedAt = new Date();
        return await this.repo.updateRun(run, {
          status: 'SUCCEEDED',
          finishedAt,
          durationMs: finishedAt.getTime() - run.startedAt.getTime(),
          snapshotId: stored.snapshotId,
          received:
            users.length + entraUsers.length + conditionalAccessPolicies.length + groups.length,
          retries: client.retries,
          ...progress('snapshot_done', {
            mailboxes: users.length,
            policies: conditionalAccessPolicies.length,
            groups: groups.length,
            appProtection: ingestPart(appProtection ? 'nothing' : 'app_protection_not_read'),
          }),
        });
      } catch (err) {
        return this.fail(run, err, client.retries);
      }
    });
  }

  /**
   * iOS and Android app protection policies with their apps and assignments ("List
   * iosManagedAppProtections", https://learn.microsoft.com/en-us/graph/api/intune-mam-iosmanagedappprotection-list;
   * apps and assignments are navigation properties, read with $expand). null when Graph refuses
   * them (403): the permission is not granted or the tenant has no Intune licence.
   */
  private async appProtectionPolicies(
    all: (path: string) => Promise<unknown[]>,
  ): Promise<{ ios: unknown[]; android: unknown[] } | null> {
    try {
      const ios = await all(
        '/v1.0/deviceAppManagement/iosManagedAppProtections?$expand=apps,assignments',
      );
      const android = await all(
        '/v1.0/deviceAppManagement/androidManagedAppProtections?$expand=apps,assignments',
      );
      return { ios, android };
    } catch (err) {
      if (err instanceof ConnectorError && err.status === 403) return null;
      throw err;
    }
  }
}
