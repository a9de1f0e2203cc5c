import { Inject, Injectable } from '@nestjs/common';
import type { ConnectorSettings, IngestionRun } from '@posture/prisma';
import { isUuid, type ListArgs } from '../common/list-args.js';
import { InvalidInput, NotFound, type InputProblem } from '../errors.js';
import type { TenantScope } from '../scope.js';
import { SECRET_KEY } from '../secret-key.js';
import { TenantsService } from '../tenants/tenants.service.js';
import { ConnectorsRepository, type IngestionRunFilter } from './connectors.repository.js';
import type { MicrosoftEndpoints } from './microsoft-client.js';
import { decryptSecret, encryptSecret } from './secret-box.js';

export type { IngestionRunFilter };

export interface ConnectorInput {
  enabled?: boolean | null;
  directoryId?: string | null;
  clientId?: string | null;
  /** Write-only. */
  clientSecret?: string | null;
  loginBaseUrl?: string | null;
  graphBaseUrl?: string | null;
  exchangeBaseUrl?: string | null;
  overlapMinutes?: number | null;
}

/** What the API shows: never the secret, only whether one is stored. */
export type ConnectorView = Omit<ConnectorSettings, 'secretEncrypted'> & { hasSecret: boolean };

/** A URL as it is stored: parsed and without a trailing slash (unparseable: as given). */
function normalizeUrl(value: string): string {
  try {
    return new URL(value).toString().replace(/\/$/, '');
  } catch {
    return value;
  }
}

function httpsUrl(value: string, path: string, problems: InputProblem[]): string {
  try {
    const u = new URL(value);
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local)) {
      problems.push({ path, reason: 'must be https (http only for a local emulator)' });
    }
    return normalizeUrl(u.toString());
  } catch {
    problems.push({ path, reason: 'is not a URL' });
    return value;
  }
}

/** A new connector's values: Microsoft's public endpoints, and the pull overlap's bounds. */
export const CONNECTOR_DEFAULTS = {
  loginBaseUrl: 'https://login.microsoftonline.com',
  graphBaseUrl: 'https://graph.microsoft.com',
  exchangeBaseUrl: 'https://outlook.office365.com',
  overlapMinutes: 30,
  minOverlapMinutes: 0,
  maxOverlapMinutes: 24 * 60,
} as const;

type BaseUrls = Pick<ConnectorInput, 'loginBaseUrl' | 'graphBaseUrl' | 'exchangeBaseUrl'>;

const urlsChanged = (current: ConnectorSettings, urls: BaseUrls) =>
  (urls.loginBaseUrl != null && urls.loginBaseUrl !== current.loginBaseUrl) ||
  (urls.graphBaseUrl != null && urls.graphBaseUrl !== current.graphBaseUrl) ||
  (urls.exchangeBaseUrl != null && urls.exchangeBaseUrl !== current.exchangeBaseUrl);

export interface ConnectorChange {
  problems: InputProblem[];
  /** The base URLs given, normalized (undefined: keep the stored one). */
  urls: { loginBaseUrl?: string; graphBaseUrl?: string; exchangeBaseUrl?: string };
  directoryId: string | undefined;
  clientId: string | undefined;
  /** Whether saving would drop the stored secret: a base URL changes and no new secret comes. */
  clearsSecret: boolean;
}

/**
 * What a change to a connector would do, without doing it: the problems of the input and whether
 * it clears the stored secret. The one statement of the rules; the dashboard asks for it before
 * saving (connectorChangePreview).
 */
export function planConnectorChange(
  current: ConnectorSettings | null,
  input: ConnectorInput,
): ConnectorChange {
  const problems: InputProblem[] = [];
  const urls = {
    loginBaseUrl: input.loginBaseUrl
      ? httpsUrl(input.loginBaseUrl, 'loginBaseUrl', problems)
      : undefined,
    graphBaseUrl: input.graphBaseUrl
      ? httpsUrl(input.graphBaseUrl, 'graphBaseUrl', problems)
      : undefined,
    exchangeBaseUrl: input.exchangeBaseUrl
      ? httpsUrl(input.exchangeBaseUrl, 'exchangeBaseUrl', problems)
      : undefined,
  };
  const directoryId = input.directoryId ?? current?.directoryId;
  const clientId = input.clientId ?? current?.clientId;
  if (!directoryId || !isUuid(directoryId))
    problems.push({ path: 'directoryId', reason: 'must be the Entra tenant GUID' });
  if (!clientId || !isUuid(clientId))
    problems.push({ path: 'clientId', reason: 'must be the application (client) GUID' });
  if (
    input.clientSecret !== undefined &&
    input.clientSecret !== null &&
    input.clientSecret.length < 8
  ) {
    problems.push({ path: 'clientSecret', reason: 'is too short to be a client secret' });
  }
  const { minOverlapMinutes: min, maxOverlapMinutes: max } = CONNECTOR_DEFAULTS;
  if (
    input.overlapMinutes !== undefined &&
    input.overlapMinutes !== null &&
    (input.overlapMinutes < min || input.overlapMinutes > max)
  ) {
    problems.push({ path: 'overlapMinutes', reason: `must be from ${min} to ${max}` });
  }
  const clearsSecret =
    current !== null &&
    current.secretEncrypted !== null &&
    !input.clientSecret &&
    urlsChanged(current, urls);
  return { problems, urls, directoryId, clientId, clearsSecret };
}

@Injectable()
export class ConnectorsService {
  constructor(
    @Inject(ConnectorsRepository) private readonly repo: ConnectorsRepository,
    @Inject(TenantsService) private readonly tenants: TenantsService,
    @Inject(SECRET_KEY) private readonly key: Buffer,
  ) {}

  static view(s: ConnectorSettings): ConnectorView {
    const { secretEncrypted, ...rest } = s;
    return { ...rest, hasSecret: secretEncrypted !== null };
  }

  async get(scope: TenantScope, tenantId: string): Promise<ConnectorView | null> {
    await this.tenants.get(scope, tenantId);
    const s = await this.repo.settings(tenantId);
    return s && ConnectorsService.view(s);
  }

  /**
   * Creates or changes a tenant's connector. Changing any base URL clears the stored secret
   * (unless a new one comes with the change), so a secret is never sent to a host it was not
   * entered for.
   */
  async update(
    scope: TenantScope,
    tenantId: string,
    input: ConnectorInput,
  ): Promise<ConnectorView> {
    await this.tenants.get(scope, tenantId);
    const current = await this.repo.settings(tenantId);
    const { problems, urls, directoryId, clientId, clearsSecret } = planConnectorChange(
      current,
      input,
    );
    if (problems.length) throw new InvalidInput('invalid connector settings', problems);
    const secretEncrypted = input.clientSecret
      ? encryptSecret(this.key, input.clientSecret)
      : clearsSecret
        ? null
        : undefined;
    const defined = <T extends object>(o: T) =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
    const saved = await this.repo.upsertSettings(
      tenantId,
      {
        tenantId,
        directoryId: directoryId!,
        clientId: clientId!,
        secretEncrypted: secretEncrypted ?? null,
        enabled: input.enabled ?? true,
        overlapMinutes: input.overlapMinutes ?? CONNECTOR_DEFAULTS.overlapMinutes,
        loginBaseUrl: CONNECTOR_DEFAULTS.loginBaseUrl,
        graphBaseUrl: CONNECTOR_DEFAULTS.graphBaseUrl,
        exchangeBaseUrl: CONNECTOR_DEFAULTS.exchangeBaseUrl,
        ...defined(urls),
      },
      {
        directoryId,
        clientId,
        ...(secretEncrypted !== undefined ? { secretEncrypted } : {}),
        ...defined({ enabled: input.enabled, overlapMinutes: input.overlapMinutes }),
        ...defined(urls),
      },
    );
    return ConnectorsService.view(saved);
  }

  /** Each pull through a connector is recorded as an ingestion run; newest first. */
  ingestionRuns(
    scope: TenantScope,
    args: ListArgs,
    f: IngestionRunFilter = {},
  ): Promise<IngestionRun[]> {
    return this.repo.runs(scope, f, args);
  }

  countIngestionRuns(scope: TenantScope, f: IngestionRunFilter = {}): Promise<number> {
    return this.repo.countRuns(scope, f);
  }

  async ingestionRun(scope: TenantScope, id: string): Promise<IngestionRun> {
    const r = await this.repo.run(scope, id);
    if (!r) throw new NotFound(`ingestion run ${id}`);
    return r;
  }

  /** What saving `input` would do (problems, whether the secret is cleared); stores nothing. */
  async preview(
    scope: TenantScope,
    tenantId: string,
    input: ConnectorInput,
  ): Promise<ConnectorChange> {
    await this.tenants.get(scope, tenantId);
    return planConnectorChange(await this.repo.settings(tenantId), input);
  }

  /** The endpoints with the secret decrypted, for a pull; never leaves the jobs layer. */
  async endpoints(
    tenantId: string,
  ): Promise<{ endpoints: MicrosoftEndpoints; settings: ConnectorSettings }> {
    const s = await this.repo.settings(tenantId);
    if (!s) throw new NotFound(`connector of tenant ${tenantId}`);
    if (!s.secretEncrypted)
      throw new InvalidInput(
        'the connector has no client secret (it is cleared when a base URL changes)',
        [{ path: 'clientSecret', reason: 'not set' }],
      );
    return {
      settings: s,
      endpoints: {
        directoryId: s.directoryId,
        clientId: s.clientId,
        clientSecret: decryptSecret(this.key, s.secretEncrypted),
        loginBaseUrl: s.loginBaseUrl,
        graphBaseUrl: s.graphBaseUrl,
        exchangeBaseUrl: s.exchangeBaseUrl,
      },
    };
  }
}
