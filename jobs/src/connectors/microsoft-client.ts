import { z } from 'zod';

/**
 * Talks to Microsoft's real wire format (or the emulator, which speaks the same): OAuth 2.0
 * client credentials, Graph OData paging, the Exchange admin REST endpoint. Throttling (429 with
 * Retry-After), 5xx, dropped connections and truncated bodies are retried with backoff and
 * jitter, up to a bound; then the error says what happened.
 */
export interface MicrosoftEndpoints {
  directoryId: string;
  clientId: string;
  clientSecret: string;
  loginBaseUrl: string;
  graphBaseUrl: string;
  exchangeBaseUrl: string;
}

export type Resource = 'graph' | 'exchange';

/** At most `requests` calls per `windowMs`, per app and tenant. */
export interface Quota {
  requests: number;
  windowMs: number;
}

/**
 * Graph's identity and access reports (auditLogs/signIns) allow 5 requests per 10 seconds per
 * app and tenant: "Microsoft Graph service-specific throttling limits", section "Identity and
 * access reports service limits",
 * https://learn.microsoft.com/en-us/graph/throttling-limits#identity-and-access-reports-service-limits
 */
export const GRAPH_REPORTING_QUOTA: Quota = { requests: 5, windowMs: 10_000 };

/** `5/10` (requests per seconds) or `off`; anything else is refused naming the variable. */
export function parseQuota(text: string | undefined, name: string): Quota | null {
  if (text === undefined || text.trim() === '') return GRAPH_REPORTING_QUOTA;
  if (text.trim().toLowerCase() === 'off') return null;
  const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,5})\s*$/.exec(text);
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) {
    throw new Error(`${name} must be <requests>/<seconds> (e.g. 5/10) or off, not "${text}"`);
  }
  return { requests: Number(m[1]), windowMs: Number(m[2]) * 1000 };
}

/**
 * Paces calls to a quota with a sliding window, shared by every client of one app and tenant in
 * this process (a pull creates a new client; the quota does not reset with it).
 */
class Pacer {
  /** When each recent call was made; a call's time moves to its answer, when the server saw it. */
  private readonly recent: Array<{ at: number }> = [];
  private chain: Promise<void> = Promise.resolve();
  constructor(private readonly quota: Quota) {}

  /**
   * Resolves when one more call fits in the window (calls are admitted in order), with `done`, to
   * call when the answer arrived: the server counted the call at some instant before then, so the
   * window is measured from the answer, never from a moment the server may not have seen yet.
   */
  admit(sleep: (ms: number) => Promise<void>): Promise<() => void> {
    const turn = this.chain.then(async () => {
      for (;;) {
        const now = Date.now();
        while (this.recent.length > 0 && (this.recent[0]?.at ?? 0) <= now - this.quota.windowMs) {
          this.recent.shift();
        }
        if (this.recent.length < this.quota.requests) break;
        // The oldest call may still be in flight (concurrent callers): look again shortly.
        const oldest = this.recent[0]?.at ?? now;
        await sleep(Number.isFinite(oldest) ? oldest + this.quota.windowMs - now + 50 : 100);
      }
      const entry = { at: Number.POSITIVE_INFINITY };
      this.recent.push(entry);
      return () => {
        entry.at = Date.now();
      };
    });
    this.chain = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }
}
const pacers = new Map<string, Pacer>();

/**
 * The resource hosts of each cloud. The `.default` scope must name the cloud the base URL is in:
 * "Any permission scope value (including the .default scope) that contains the Microsoft Graph
 * domain MUST use the domain of the Microsoft Graph service root endpoint for the national cloud
 * deployment" ("Access national cloud deployments with the Microsoft Graph SDKs",
 * https://learn.microsoft.com/en-us/graph/sdks/national-clouds). Graph's roots per cloud:
 * "Microsoft Graph national cloud deployments", https://learn.microsoft.com/en-us/graph/deployments
 * (graph.microsoft.us for US Government L4, dod-graph.microsoft.us for L5 (DOD),
 * microsoftgraph.chinacloudapi.cn for 21Vianet). Exchange Online's: outlook.office365.us (GCC
 * High), webmail.apps.mil (DoD), partner.outlook.cn (21Vianet), the hosts Microsoft's
 * ExchangeOnlineManagement module connects to for those -ExchangeEnvironmentName values ("Connect
 * to Exchange Online PowerShell", https://learn.microsoft.com/en-us/powershell/exchange/connect-to-exchange-online-powershell).
 * A base URL on any other host (the emulator, a test proxy) stands in for the global cloud.
 */
export const CLOUD_HOSTS: Record<Resource, readonly string[]> = {
  graph: [
    'graph.microsoft.com',
    'graph.microsoft.us',
    'dod-graph.microsoft.us',
    'microsoftgraph.chinacloudapi.cn',
  ],
  exchange: [
    'outlook.office365.com',
    'outlook.office.com',
    'outlook.office365.us',
    'webmail.apps.mil',
    'partner.outlook.cn',
  ],
};

/** The client-credentials scope for a resource at a base URL. */
export function scopeFor(resource: Resource, baseUrl: string): string {
  let host = '';
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    host = '';
  }
  const known = CLOUD_HOSTS[resource].includes(host) ? host : CLOUD_HOSTS[resource][0];
  return `https://${known}/.default`;
}

/**
 * What the Exchange admin API expects of app-only callers, as Microsoft's ExchangeOnlineManagement
 * module sends it (and CIPP's New-ExoRequest.ps1 copies): the request is routed by the tenant's
 * system mailbox, and pages are asked for at the largest size.
 */
export const EXCHANGE_ANCHOR_MAILBOX = 'SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}';
export const EXCHANGE_PAGE_SIZE = 1000;

export interface ClientOptions {
  maxAttempts?: number;
  /** Upper bound of one wait, whatever Retry-After says. */
  maxDelayMs?: number;
  baseDelayMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Pacing of Graph reporting calls (auditLogs); null: none. Default GRAPH_REPORTING_QUOTA. */
  reportingQuota?: Quota | null;
  /** The HTTP client (tests route national-cloud hosts to the emulator through it). */
  fetch?: typeof fetch;
  onRetry?: (info: { url: string; attempt: number; delayMs: number; reason: string }) => void;
}

export class ConnectorError extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'ConnectorError';
  }
}

const tokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive(),
  token_type: z.string(),
});
type Page = { value: unknown[]; '@odata.nextLink'?: string };
const page: z.ZodType<Page> = z.looseObject({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().url().optional(),
});

const graphObject = z.record(z.string(), z.unknown());

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

function errorMessage(body: string): string {
  try {
    const j = JSON.parse(body) as {
      error?: { code?: string; message?: string } | string;
      error_description?: string;
    };
    if (typeof j.error === 'object' && j.error)
      return `${j.error.code ?? 'error'}: ${j.error.message ?? ''}`.trim();
    if (typeof j.error === 'string') return `${j.error}: ${j.error_description ?? ''}`.trim();
  } catch {
    /* not JSON */
  }
  return body.slice(0, 300);
}

export class MicrosoftClient {
  private readonly tokens = new Map<Resource, { token: string; expiresAt: number }>();
  private readonly o: Required<Omit<ClientOptions, 'onRetry' | 'reportingQuota'>> &
    Pick<ClientOptions, 'onRetry'>;
  private readonly reporting: Pacer | null;
  private anchorDomain: Promise<string> | null = null;
  retries = 0;
  /** Graph reporting calls made, and how many of them answered 429. */
  readonly reportingCalls = { made: 0, throttled: 0 };

  constructor(
    private readonly ep: MicrosoftEndpoints,
    options: ClientOptions = {},
  ) {
    this.o = {
      maxAttempts: options.maxAttempts ?? 7,
      maxDelayMs: options.maxDelayMs ?? 60_000,
      baseDelayMs: options.baseDelayMs ?? 500,
      timeoutMs: options.timeoutMs ?? 60_000,
      sleep: options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      onRetry: options.onRetry,
    };
    const quota =
      options.reportingQuota === undefined ? GRAPH_REPORTING_QUOTA : options.reportingQuota;
    if (quota) {
      const key = `${ep.loginBaseUrl}|${ep.clientId}|${ep.directoryId}|${quota.requests}/${quota.windowMs}`;
      const pacer = pacers.get(key) ?? new Pacer(quota);
      pacers.set(key, pacer);
      this.reporting = pacer;
    } else this.reporting = null;
  }

  private backoff(attempt: number): number {
    // Full jitter: spreads retries of many workers instead of synchronising them.
    return Math.random() * Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** attempt);
  }

  /** One HTTP exchange with retries; `parse` may throw to ask for a retry (truncated body). */
  private async send<T>(
    url: string,
    init: () => Promise<RequestInit>,
    parse: (text: string) => T,
    resource: Resource | null,
  ): Promise<T> {
    let lastReason = '';
    let refreshed = false;
    for (let attempt = 0; attempt < this.o.maxAttempts; attempt++) {
      let delay: number | null = null;
      try {
        const reporting = resource === 'graph' && /\/auditLogs\//i.test(new URL(url).pathname);
        const request = await init();
        const answered =
          reporting && this.reporting ? await this.reporting.admit(this.o.sleep) : null;
        if (reporting) this.reportingCalls.made++;
        let res: Response;
        try {
          res = await this.o.fetch(url, {
            ...request,
            signal: AbortSignal.timeout(this.o.timeoutMs),
          });
        } finally {
          answered?.();
        }
        if (reporting && res.status === 429) this.reportingCalls.throttled++;
        const text = await res.text();
        if (res.ok) {
          try {
            return parse(text);
          } catch (err) {
            lastReason = `unreadable answer (${(err as Error).message.slice(0, 120)})`;
          }
        } else if (res.status === 401 && resource && !refreshed) {
          // An expired or revoked token: get a new one once, then give up.
          this.tokens.delete(resource);
          refreshed = true;
          lastReason = `401 ${errorMessage(text)}`;
          delay = 0;
        } else if (RETRYABLE.has(res.status)) {
          lastReason = `${res.status} ${errorMessage(text)}`;
          delay = retryAfterMs(res.headers.get('retry-after'));
        } else {
          throw new ConnectorError(
            `${new URL(url).pathname}: ${res.status} ${errorMessage(text)}`,
            res.status,
          );
        }
      } catch (err) {
        if (err instanceof ConnectorError) throw err;
        lastReason = `network: ${(err as Error).message}`;
      }
      if (attempt === this.o.maxAttempts - 1) break;
      const wait = Math.min(this.o.maxDelayMs, delay ?? this.backoff(attempt));
      this.retries++;
      this.o.onRetry?.({ url, attempt: attempt + 1, delayMs: wait, reason: lastReason });
      await this.o.sleep(wait);
    }
    throw new ConnectorError(
      `${new URL(url).pathname}: gave up after ${this.o.maxAttempts} attempts; last: ${lastReason}`,
    );
  }

  async token(resource: Resource): Promise<string> {
    const cached = this.tokens.get(resource);
    if (cached && cached.expiresAt > Date.now() + 120_000) return cached.token;
    const url = `${this.ep.loginBaseUrl.replace(/\/$/, '')}/${encodeURIComponent(this.ep.directoryId)}/oauth2/v2.0/token`;
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.ep.clientId,
      client_secret: this.ep.clientSecret,
      scope: scopeFor(
        resource,
        resource === 'graph' ? this.ep.graphBaseUrl : this.ep.exchangeBaseUrl,
      ),
    });
    const t = await this.send(
      url,
      async () => ({
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }),
      (text) => tokenResponse.parse(JSON.parse(text)),
      null,
    );
    this.tokens.set(resource, {
      token: t.access_token,
      expiresAt: Date.now() + t.expires_in * 1000,
    });
    return t.access_token;
  }

  /** A nextLink is followed only on the host we were given: our token never goes elsewhere. */
  private checkSameOrigin(link: string, base: string): string {
    if (new URL(link).origin !== new URL(base).origin) {
      throw new ConnectorError(
        `refusing to follow a nextLink to another host (${new URL(link).origin})`,
      );
    }
    return link;
  }

  /** Every page of a Graph collection, validated, following @odata.nextLink. */
  async *graphPages(pathAndQuery: string): AsyncGenerator<unknown[]> {
    const base = this.ep.graphBaseUrl.replace(/\/$/, '');
    let url: string | undefined = `${base}${pathAndQuery}`;
    while (url) {
      const p: Page = await this.send(
        url,
        async () => ({
          headers: {
            authorization: `Bearer ${await this.token('graph')}`,
            accept: 'application/json',
          },
        }),
        (text) => page.parse(JSON.parse(text)),
        'graph',
      );
      yield p.value;
      url = p['@odata.nextLink'] ? this.checkSameOrigin(p['@odata.nextLink'], base) : undefined;
    }
  }

  /** One Graph object (not a collection), e.g. /v1.0/policies/identitySecurityDefaultsEnforcementPolicy. */
  async graphObject(pathAndQuery: string): Promise<Record<string, unknown>> {
    const base = this.ep.graphBaseUrl.replace(/\/$/, '');
    return this.send(
      `${base}${pathAndQuery}`,
      async () => ({
        headers: {
          authorization: `Bearer ${await this.token('graph')}`,
          accept: 'application/json',
        },
      }),
      (text) => graphObject.parse(JSON.parse(text)),
      'graph',
    );
  }

  /**
   * The tenant's initial domain (Graph /organization, Organization.Read.All) for the anchor
   * mailbox; without that permission, the directory id, which the admin API also resolves.
   */
  private tenantDomain(): Promise<string> {
    this.anchorDomain ??= (async () => {
      try {
        for await (const orgs of this.graphPages('/v1.0/organization?$select=id,verifiedDomains')) {
          for (const org of orgs as Array<{
            verifiedDomains?: Array<{ name?: string; isInitial?: boolean }>;
          }>) {
            const initial = org.verifiedDomains?.find((d) => d.isInitial)?.name;
            if (initial) return initial;
          }
        }
      } catch (err) {
        if (!(err instanceof ConnectorError && (err.status === 403 || err.status === 404)))
          throw err;
      }
      return this.ep.directoryId;
    })();
    return this.anchorDomain;
  }

  /** Runs an Exchange Online cmdlet through the admin REST endpoint; all pages. */
  async cmdlet(name: string, parameters: Record<string, unknown> = {}): Promise<unknown[]> {
    const anchor = `APP:${EXCHANGE_ANCHOR_MAILBOX}@${await this.tenantDomain()}`;
    const base = this.ep.exchangeBaseUrl.replace(/\/$/, '');
    let url: string | undefined =
      `${base}/adminapi/beta/${encodeURIComponent(this.ep.directoryId)}/InvokeCommand`;
    const body = JSON.stringify({ CmdletInput: { CmdletName: name, Parameters: parameters } });
    const out: unknown[] = [];
    while (url) {
      const p: Page = await this.send(
        url,
        async () => ({
          method: 'POST',
          headers: {
            authorization: `Bearer ${await this.token('exchange')}`,
            'content-type': 'application/json',
            accept: 'application/json',
            'x-anchormailbox': anchor,
            prefer: `odata.maxpagesize=${EXCHANGE_PAGE_SIZE}`,
          },
          body,
        }),
        (text) => page.parse(JSON.parse(text)),
        'exchange',
      );
      out.push(...p.value);
      url = p['@odata.nextLink'] ? this.checkSameOrigin(p['@odata.nextLink'], base) : undefined;
    }
    return out;
  }
}
