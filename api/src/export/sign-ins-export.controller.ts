import { once } from 'node:events';
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { BrowseService, InvalidInput, type SignInFilter, type SignInRowView } from '@posture/jobs';
import type { Response } from 'express';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { csvCell } from '../rollout/rollout-export.controller.js';

const COLUMNS = [
  'createdAt',
  'tenantId',
  'id',
  'userPrincipalName',
  'appDisplayName',
  'resourceDisplayName',
  'clientAppUsed',
  'isLegacy',
  'success',
  'errorCode',
  'conditionalAccessStatus',
  'operatingSystem',
  'ipAddress',
] as const;

export function signInCsvRow(r: SignInRowView): string {
  return [
    r.createdAt.toISOString(),
    r.tenantId,
    r.id,
    r.userPrincipalName,
    r.appDisplayName,
    r.resourceDisplayName,
    r.clientAppUsed,
    r.isLegacy,
    r.success,
    r.errorCode,
    r.conditionalAccessStatus,
    r.operatingSystem,
    r.ipAddress,
  ]
    .map(csvCell)
    .join(',');
}

type Params = Record<string, string | string[] | undefined>;

const one = (q: Params, key: string): string | null => {
  const v = q[key];
  if (Array.isArray(v)) {
    throw new InvalidInput(`${key} given twice`, [{ path: key, reason: 'give it once' }]);
  }
  return v === undefined || v === '' ? null : v;
};

function bool(q: Params, key: string): boolean | null {
  const v = one(q, key);
  if (v === null) return null;
  if (v === 'true' || v === 'false') return v === 'true';
  throw new InvalidInput(`${key} is not true or false`, [
    { path: key, reason: 'must be true or false' },
  ]);
}

function date(q: Params, key: string): Date | null {
  const v = one(q, key);
  if (v === null) return null;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) {
    throw new InvalidInput(`${key} is not a date`, [
      { path: key, reason: 'must be an ISO 8601 date-time' },
    ]);
  }
  return d;
}

/**
 * The sign-in list's filter from a query string: the same fields as GraphQL's SignInFilterInput
 * (`protocols` repeated or comma-separated), checked the same way by the repository.
 */
export function signInExportFilter(q: Params): SignInFilter {
  const raw = q.protocols;
  const protocols = (Array.isArray(raw) ? raw : raw ? [raw] : [])
    .flatMap((p) => p.split(','))
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    tenantId: one(q, 'tenantId'),
    protocol: one(q, 'protocol'),
    protocols: protocols.length ? protocols : null,
    legacyOnly: bool(q, 'legacyOnly'),
    success: bool(q, 'success'),
    user: one(q, 'user'),
    app: one(q, 'app'),
    from: date(q, 'from'),
    to: date(q, 'to'),
  };
}

/**
 * Every sign-in a filter matches as CSV (docs/api.md), newest first: walked page by page on the
 * keyset cursor and written as it is read, so millions of rows never sit in memory and the export
 * is never cut. Tenant-scoped like the list (a tenant outside the caller's scope yields no rows).
 * `X-Total-Rows` is the list's count for the same filter (`X-Total-Is-Estimate: true` beyond
 * 10,000 rows), for a progress indicator.
 */
@Controller('api/v1')
export class SignInsExportController {
  constructor(@Inject(BrowseService) private readonly browse: BrowseService) {}

  @Get('sign-ins.csv')
  async signIns(
    @CurrentAuth() auth: AuthContext,
    @Query() query: Params,
    @Res() res: Response,
  ): Promise<void> {
    const parsed = signInExportFilter(query);
    // The window's start fixed once: the count and every page read the same rows.
    const filter = { ...parsed, from: parsed.from ?? new Date(Date.now() - 30 * 86_400_000) };
    const total = await this.browse.countSignIns(auth.scope, filter);
    const walk = this.browse.walkSignIns(auth.scope, filter);
    // The first page before the headers: a bad filter is still a clean 400.
    let next = await walk.next();
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="sign-ins.csv"');
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-total-rows', String(total.count));
    res.setHeader('x-total-is-estimate', String(total.isEstimate));
    res.write(`${COLUMNS.join(',')}\r\n`);
    let closed = false;
    res.once('close', () => (closed = true));
    while (!next.done && !closed) {
      const chunk = next.value.map((r) => `${signInCsvRow(r)}\r\n`).join('');
      if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
      next = await walk.next();
    }
    if (closed) await walk.return(undefined);
    res.end();
  }
}
