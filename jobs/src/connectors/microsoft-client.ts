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

export interface ClientOptions {
  maxAttempts?: number;
  /** Upper bound of one wait, whatever Retry-After says. */
  maxDelayMs?: number;
  baseDelayMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
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

const SCOPES: Record<Resource, string> = {
  graph: 'https://graph.microsoft.com/.default',
  exchange: 'https://outlook.office365.com/.default',
};

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
  private readonly o: Required<Omit<ClientOptions, 'onRetry'>> & Pick<ClientOptions, 'onRetry'>;
  retries = 0;

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
      onRetry: options.onRetry,
    };
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
        const res = await fetch(url, {
          ...(await init()),
          signal: AbortSignal.timeout(this.o.timeoutMs),
        });
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
      scope: SCOPES[resource],
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

  /** Runs an Exchange Online cmdlet through the admin REST endpoint; all pages. */
  async cmdlet(name: string, parameters: Record<string, unknown> = {}): Promise<unknown[]> {
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
