import { createHash } from 'node:crypto';
import { authorize } from '../auth/access.js';
import type { RequestContext } from '../http/context.js';
import { GraphError } from '../http/errors.js';
import { GRAPH_JSON, sendJson } from '../http/respond.js';
import type { EmulatorRuntime, TenantRuntime } from '../runtime.js';
import { eventMs, SLICE_MS, TICKS_PER_MS, type CoreSignIn } from '../scenario/signin-generator.js';
import { resolveSignIn, type ResolvedSignIn } from '../scenario/signins.js';
import {
  badSkipToken,
  decodeSkipToken,
  encodeSkipToken,
  nextLink,
  parseSelect,
  parseTop,
  pick,
  rejectUnsupported,
} from './paging.js';
import { compileSignInFilter, withinBounds, type SignInQuery } from './signin-query.js';
import {
  BETA_SIGNIN_FIELDS,
  renderBeta,
  renderV1,
  V1_SIGNIN_FIELDS,
  type GraphVersion,
} from './signin-shape.js';

/** Sign-ins older than this are gone (Entra ID P1/P2 retention). */
const RETENTION_MS = 30 * 86_400_000;
/** Events examined per request before answering with what was found and a nextLink (as Graph does on sparse filters). */
const SCAN_BUDGET = 200_000;
/** How many items of the previous page the `repeat` fault serves again. */
const REPEAT_ITEMS = 3;

/** Resume point: slice to continue in, and the (ticks, seed) key of the last item served there. */
interface Cursor {
  s: number;
  k: [number, number] | null;
}

interface SignInToken {
  v: 1;
  t: string;
  f: string;
  a: number;
  c: Cursor;
  r: Cursor;
}

/** Recent reporting calls per app and tenant (sliding window), per emulator. */
const reportingCalls = new WeakMap<EmulatorRuntime, Map<string, number[]>>();

/**
 * The identity and access reports quota, when configured (EmulatorOptions.reportingQuota): over
 * it, 429 TooManyRequests with Retry-After, as Graph answers. Counted per app (the token's appid)
 * and tenant, on the real clock (throttling is about real time, not the scenario's days).
 */
function enforceReportingQuota(rt: EmulatorRuntime, ctx: RequestContext, tenantId: string): void {
  const quota = rt.options.reportingQuota;
  if (!quota) return;
  const payload = ctx.req.headers.authorization?.split('.')[1] ?? '';
  let appId = '';
  try {
    appId = String(
      (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { appid?: unknown })
        .appid ?? '',
    );
  } catch {
    appId = '';
  }
  const byKey = reportingCalls.get(rt) ?? new Map<string, number[]>();
  reportingCalls.set(rt, byKey);
  const key = `${appId}|${tenantId}`;
  const now = Date.now();
  const recent = (byKey.get(key) ?? []).filter((t) => t > now - quota.windowMs);
  if (recent.length >= quota.requests) {
    byKey.set(key, recent);
    const retryAfter = Math.max(1, Math.ceil(((recent[0] ?? now) + quota.windowMs - now) / 1000));
    throw new GraphError(
      429,
      'TooManyRequests',
      `Too many requests: the identity and access reports allow ${quota.requests} requests per ${quota.windowMs / 1000} seconds per app and tenant.`,
      { 'Retry-After': String(retryAfter) },
    );
  }
  recent.push(now);
  byKey.set(key, recent);
}

/** `GET /{beta|v1.0}/auditLogs/signIns`. */
export async function signInsHandler(
  rt: EmulatorRuntime,
  ctx: RequestContext,
  version: GraphVersion,
): Promise<void> {
  const tr = authorize(rt, ctx, { audience: 'graph', roles: ['AuditLog.Read.All'] });
  enforceReportingQuota(rt, ctx, tr.tenant.tenantId);
  const url = ctx.url;
  rejectUnsupported(
    url,
    ['$filter', '$top', '$skiptoken', '$orderby', '$select'],
    'auditLogs/signIns',
  );
  const orderBy = url.searchParams.get('$orderby');
  if (orderBy !== null && !/^createdDateTime(\s+desc)?$/i.test(orderBy.trim())) {
    throw new GraphError(
      400,
      'BadRequest',
      `$orderby '${orderBy}' is not supported by the emulator: results are always newest first (createdDateTime desc).`,
    );
  }
  const top = parseTop(url.searchParams.get('$top'), 1000, 1000);
  const filter = url.searchParams.get('$filter');
  const selectRaw = url.searchParams.get('$select');
  const select = parseSelect(
    selectRaw,
    new Set<string>(version === 'v1.0' ? V1_SIGNIN_FIELDS : BETA_SIGNIN_FIELDS),
    'signIn',
  );
  const query = compileSignInFilter(filter, version);
  const fingerprint = createHash('sha256')
    .update(`${version}\n${filter ?? ''}\n${selectRaw ?? ''}`)
    .digest('base64url')
    .slice(0, 16);
  const tenantId = tr.tenant.tenantId;

  const now = rt.clock.now();
  const raw = url.searchParams.get('$skiptoken');
  let asOf = now;
  let cursor: Cursor;
  let endSlice: number;
  if (raw !== null) {
    const token = decodeSkipToken<SignInToken>(rt.pagingKey, raw, badSkipToken);
    if (token.v !== 1 || token.t !== tenantId || token.f !== fingerprint) throw badSkipToken();
    asOf = token.a;
    // The `repeat` fault resumes a few items early, so they arrive twice.
    cursor = ctx.fault.repeat ? token.r : token.c;
  } else {
    const upper = Math.min(query.upper?.ms ?? Number.POSITIVE_INFINITY, asOf);
    cursor = { s: Math.floor(upper / SLICE_MS), k: null };
  }
  endSlice = Math.floor(
    Math.max(query.lower?.ms ?? Number.NEGATIVE_INFINITY, asOf - RETENTION_MS) / SLICE_MS,
  );
  if (!Number.isFinite(endSlice)) endSlice = cursor.s;

  const page = scan(tr, query, asOf, cursor, endSlice, top);
  const includeUnknown = /include-unknown-enum-members/i.test(String(ctx.req.headers.prefer ?? ''));
  const value = page.items.map(({ core, resolved }) => {
    const e = resolved ?? resolveSignIn(tr.tenant, core);
    const shaped =
      version === 'v1.0'
        ? renderV1(e, { includeUnknownEnumMembers: includeUnknown })
        : renderBeta(e, tenantId, { includeUnknownEnumMembers: includeUnknown });
    return pick(shaped, select);
  });

  const body: Record<string, unknown> = {
    '@odata.context': `${ctx.origin}/${version}/$metadata#auditLogs/signIns`,
  };
  if (page.next) {
    const last = page.items.length - REPEAT_ITEMS - 1;
    const lastItem = page.items[last];
    const repeatFrom: Cursor = lastItem ? after(lastItem.core) : cursor;
    const token: SignInToken = {
      v: 1,
      t: tenantId,
      f: fingerprint,
      a: asOf,
      c: page.next,
      r: repeatFrom,
    };
    body['@odata.nextLink'] = nextLink(ctx.origin, url, encodeSkipToken(rt.pagingKey, token));
  }
  body.value = value;
  sendJson(
    ctx,
    200,
    body,
    includeUnknown ? { 'Preference-Applied': 'include-unknown-enum-members' } : {},
    GRAPH_JSON,
  );
}

function after(e: CoreSignIn): Cursor {
  return { s: e.slice, k: [e.ticks, e.seed] };
}

/** True when `e` comes strictly after the cursor key in newest-first order. */
function isAfter(e: CoreSignIn, k: [number, number]): boolean {
  return e.ticks < k[0] || (e.ticks === k[0] && e.seed < k[1]);
}

interface Page {
  items: Array<{ core: CoreSignIn; resolved: ResolvedSignIn | null }>;
  next: Cursor | null;
}

/**
 * Walks slices newest first from the cursor, keeping events that are visible at `asOf` (late
 * arrivals are not, yet) and match the query, until the page is full and one more match proves
 * there is a next page.
 */
function scan(
  tr: TenantRuntime,
  q: SignInQuery,
  asOf: number,
  cursor: Cursor,
  endSlice: number,
  top: number,
): Page {
  const items: Page['items'] = [];
  let examined = 0;
  for (let s = cursor.s; s >= endSlice; s--) {
    const events = tr.signIns.slice(s);
    for (const e of events) {
      if (s === cursor.s && cursor.k && !isAfter(e, cursor.k)) continue;
      if (e.visibleAt > asOf) continue;
      if (!q.eventTypes.has(e.interactive ? 'interactiveUser' : 'nonInteractiveUser')) continue;
      if (!withinBounds({ ms: eventMs(e), ticks: e.ticks % TICKS_PER_MS }, q)) continue;
      let resolved: ResolvedSignIn | null = null;
      if (q.predicates.length > 0) {
        resolved = resolveSignIn(tr.tenant, e);
        const r = resolved;
        if (!q.predicates.every((p) => p(r))) continue;
      }
      if (items.length === top) {
        const last = items[items.length - 1];
        return { items, next: last ? after(last.core) : cursor };
      }
      items.push({ core: e, resolved });
    }
    examined += events.length;
    if (examined >= SCAN_BUDGET && s - 1 >= endSlice) return { items, next: { s: s - 1, k: null } };
  }
  return { items, next: null };
}
