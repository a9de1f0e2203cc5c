import { createHash } from 'node:crypto';
import { authorize } from '../auth/access.js';
import type { RequestContext } from '../http/context.js';
import { ExchangeError } from '../http/errors.js';
import { readJson, sendJson } from '../http/respond.js';
import type { EmulatorRuntime } from '../runtime.js';
import { decodeSkipToken, encodeSkipToken, nextLink } from '../http/skiptoken.js';
import { CmdletError, invokeCmdlet, toExchangeError, type CmdletObject } from './cmdlet.js';
import { ONLINE_CMDLETS } from './online-cmdlets.js';

const CONTENT_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const MAX_PAGE = 1000;

interface CmdletToken {
  v: 1;
  t: string;
  c: string;
  f: string;
  o: number;
}

const invalid = (message: string) =>
  new ExchangeError(
    400,
    'BadRequest',
    'Invalid Operation',
    'Microsoft.Exchange.AdminApi.CommandInvocation.InvalidRequestException',
    message,
  );

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}[+-]\d{2}:\d{2}$/;

/**
 * The REST serializer annotates values PowerShell would type: collections, GUIDs and dates
 * (`"X@odata.type": "#Collection(String)"` before `"X": [...]`), as captured responses show.
 */
export function annotate(obj: CmdletObject): CmdletObject {
  const out: CmdletObject = {};
  for (const [key, value] of Object.entries(obj)) {
    if (Array.isArray(value)) {
      out[`${key}@odata.type`] = '#Collection(String)';
    } else if (
      typeof value === 'string' &&
      GUID.test(value) &&
      (key === 'Guid' || key.endsWith('Guid') || key === 'ExchangeObjectId')
    ) {
      out[`${key}@data.type`] = 'System.Guid';
      out[`${key}@odata.type`] = '#Guid';
    } else if (typeof value === 'string' && DATETIME.test(value)) {
      out[`${key}@data.type`] = 'System.DateTime';
    }
    out[key] = value;
  }
  return out;
}

function pageSize(ctx: RequestContext): number {
  const prefer = `${String(ctx.req.headers.prefer ?? '')},${String(ctx.req.headers['x-prefer'] ?? '')}`;
  const m = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(prefer);
  return m?.[1] ? Math.min(MAX_PAGE, Math.max(1, Number(m[1]))) : MAX_PAGE;
}

/** The Exchange system mailbox the admin API routes app-only requests by. */
export const ANCHOR_MAILBOX = 'SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}';
const ANCHOR = /^APP:SystemMailbox\{bb558c35-97f1-4cb9-8ff7-d53741dc928c\}@([^@\s]+)$/i;

/**
 * The headers the real admin API expects of app-only callers (as Microsoft's own module and
 * CIPP's New-ExoRequest send them): `X-AnchorMailbox: APP:SystemMailbox{bb558c35-…}@<tenant
 * domain>` naming this tenant, and `Prefer: odata.maxpagesize=N`. Missing or wrong: 400.
 */
function requireExchangeHeaders(ctx: RequestContext, matches: (ref: string) => boolean): void {
  const anchor = String(ctx.req.headers['x-anchormailbox'] ?? '');
  const m = ANCHOR.exec(anchor.trim());
  if (!m?.[1]) {
    throw invalid(
      `The X-AnchorMailbox header is missing or malformed; expected APP:${ANCHOR_MAILBOX}@<tenant domain>.`,
    );
  }
  if (!matches(m[1]) && !matches(m[1].toLowerCase())) {
    throw invalid(`The X-AnchorMailbox header names '${m[1]}', which is not this tenant.`);
  }
  if (!/odata\.maxpagesize\s*=\s*\d+/i.test(String(ctx.req.headers.prefer ?? ''))) {
    throw invalid(
      'The Prefer header must ask for odata.maxpagesize (e.g. odata.maxpagesize=1000).',
    );
  }
}

/** `POST /adminapi/beta/{tenant}/InvokeCommand`: runs one Exchange Online cmdlet. */
export async function invokeCommandHandler(
  rt: EmulatorRuntime,
  ctx: RequestContext,
): Promise<void> {
  const tenantRef = ctx.params.tenant ?? '';
  const tr = authorize(rt, ctx, {
    audience: 'exchange',
    roles: ['Exchange.ManageAsApp'],
    tenantRef,
  });
  requireExchangeHeaders(ctx, (ref) => tr.tenant.matches(ref));
  const body = await readJson(ctx.req, (why) =>
    invalid(
      `Invalid request: ${why}. Expected {"CmdletInput":{"CmdletName":"...","Parameters":{...}}}.`,
    ),
  );
  const input = (body as { CmdletInput?: unknown } | null)?.CmdletInput;
  if (typeof input !== 'object' || input === null)
    throw invalid('Invalid request: the body must contain a CmdletInput object.');
  const { CmdletName: name, Parameters: params = {} } = input as {
    CmdletName?: unknown;
    Parameters?: unknown;
  };
  if (typeof name !== 'string' || name.trim() === '')
    throw invalid('Invalid request: CmdletInput.CmdletName must be a cmdlet name.');
  if (typeof params !== 'object' || params === null || Array.isArray(params))
    throw invalid('Invalid request: CmdletInput.Parameters must be an object.');

  const now = rt.clock.now();
  let result;
  try {
    result = invokeCmdlet(ONLINE_CMDLETS, name, params as Record<string, unknown>, {
      tenant: tr.tenant,
      state: tr.tenant.timeline.stateAt(now),
      now,
    });
  } catch (e) {
    if (e instanceof CmdletError) throw toExchangeError(e);
    throw e;
  }

  const fingerprint = createHash('sha256')
    .update(
      `${name.toLowerCase()}\n${JSON.stringify(params)}\n${ctx.url.searchParams.get('$select') ?? ''}`,
    )
    .digest('base64url')
    .slice(0, 16);
  let offset = 0;
  const raw = ctx.url.searchParams.get('$skiptoken');
  if (raw !== null) {
    const bad = () =>
      invalid('The $skiptoken is invalid or does not belong to this cmdlet invocation.');
    const token = decodeSkipToken<CmdletToken>(rt.pagingKey, raw, bad);
    if (
      token.v !== 1 ||
      token.t !== tr.tenant.tenantId ||
      token.c !== name.toLowerCase() ||
      token.f !== fingerprint
    )
      throw bad();
    offset = ctx.fault.repeat ? Math.max(0, token.o - 3) : token.o;
  }
  const select =
    ctx.url.searchParams
      .get('$select')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? null;
  const end = Math.min(result.objects.length, offset + pageSize(ctx));
  const value: CmdletObject[] = [];
  for (let i = offset; i < end; i++) {
    const obj = result.objects.at(i);
    value.push(annotate(select ? Object.fromEntries(select.map((k) => [k, obj[k] ?? null])) : obj));
  }
  const out: Record<string, unknown> = {
    '@odata.context': `${ctx.origin}/adminapi/beta/${tenantRef}/$metadata#Collection(Exchange.GenericHashTable)`,
    'adminapi.warnings@odata.type': '#Collection(String)',
    '@adminapi.warnings': offset === 0 ? result.warnings : [],
  };
  if (end < result.objects.length) {
    out['@odata.nextLink'] = nextLink(
      ctx.origin,
      ctx.url,
      encodeSkipToken(rt.pagingKey, {
        v: 1,
        t: tr.tenant.tenantId,
        c: name.toLowerCase(),
        f: fingerprint,
        o: end,
      } satisfies CmdletToken),
    );
  }
  out.value = value;
  sendJson(ctx, 200, out, {}, CONTENT_TYPE);
}
