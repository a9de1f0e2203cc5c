import type { EmulatorLogger, EmulatorOptions } from '../config.js';
import { DEMO_CLIENT_SECRET } from '../config.js';
import { startEmulator, type EmulatorHandle } from '../emulator.js';

export const quietLogger: EmulatorLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** A small emulator on an ephemeral port; quiet unless a test passes a logger. */
export function startTestEmulator(options: Partial<EmulatorOptions> = {}): Promise<EmulatorHandle> {
  return startEmulator({ port: 0, users: 200, logger: quietLogger, ...options });
}

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
export const EXCHANGE_SCOPE = 'https://outlook.office365.com/.default';

export async function requestToken(
  em: EmulatorHandle,
  scope: string,
  opts: { tenantId?: string; secret?: string; clientId?: string } = {},
): Promise<Response> {
  const tenant = opts.tenantId ?? em.tenants[0]?.tenantId ?? '';
  return fetch(`${em.url}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: opts.clientId ?? em.clientId,
      client_secret: opts.secret ?? DEMO_CLIENT_SECRET,
      scope,
    }),
  });
}

export async function token(
  em: EmulatorHandle,
  scope: string,
  opts: { tenantId?: string } = {},
): Promise<string> {
  const res = await requestToken(em, scope, opts);
  if (res.status !== 200)
    throw new Error(`token request failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export async function get(
  url: string,
  bearer: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, { headers: { Authorization: `Bearer ${bearer}`, ...headers } });
}

export interface GraphPage<T = Record<string, unknown>> {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  value: T[];
}

/** Follows nextLinks to the end; returns every item and the number of pages. */
export async function getAll<T = Record<string, unknown>>(
  url: string,
  bearer: string,
  headers: Record<string, string> = {},
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let pages = 0;
  let next: string | undefined = url;
  while (next) {
    const res = await get(next, bearer, headers);
    if (res.status !== 200) throw new Error(`GET ${next}: ${res.status} ${await res.text()}`);
    const page = (await res.json()) as GraphPage<T>;
    items.push(...page.value);
    pages++;
    next = page['@odata.nextLink'];
  }
  return { items, pages };
}

export async function invoke(
  em: EmulatorHandle,
  bearer: string,
  cmdlet: string,
  parameters: Record<string, unknown> = {},
  opts: { tenant?: string; headers?: Record<string, string>; url?: string } = {},
): Promise<Response> {
  const url =
    opts.url ??
    `${em.url}/adminapi/beta/${opts.tenant ?? em.tenants[0]?.tenantId ?? ''}/InvokeCommand`;
  return fetch(url, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${bearer}`,
      'Content-Type': 'application/json',
      // What the real admin API expects of app-only callers (invoke-command.handler.ts).
      'X-AnchorMailbox': `APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@${
        (
          em.tenants.find((t) => t.tenantId === opts.tenant || t.domain === opts.tenant) ??
          em.tenants[0]
        )?.domain ?? ''
      }`,
      Prefer: 'odata.maxpagesize=1000',
      ...opts.headers,
    },
    body: JSON.stringify({ CmdletInput: { CmdletName: cmdlet, Parameters: parameters } }),
  });
}

/** A fixed instant for tests that need the same "now" in two emulators. */
export const FIXED_NOW = Date.parse('2026-11-20T06:00:00.000Z');

export function graphFilterUrl(
  em: EmulatorHandle,
  version: 'v1.0' | 'beta',
  filter: string,
  top?: number,
): string {
  const params = new URLSearchParams({ $filter: filter });
  if (top !== undefined) params.set('$top', String(top));
  return `${em.url}/${version}/auditLogs/signIns?${params.toString()}`;
}
