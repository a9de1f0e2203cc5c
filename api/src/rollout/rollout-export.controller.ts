import { once } from 'node:events';
import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { RolloutProgressService, type WaveMemberRow } from '@posture/jobs';
import type { Response } from 'express';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';

const COLUMNS = [
  'userPrincipalName',
  'wave',
  'mailboxLocation',
  'covered',
  'effectivePolicy',
  'policySource',
  'reason',
  'protocols',
  'clients',
  'legacyCount',
  'lastSeen',
] as const;

/** Rows written per chunk; the response waits for the socket to drain between chunks. */
const CHUNK_ROWS = 500;

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; a cell a spreadsheet would
 * run as a formula (=, +, -, @, tab, CR first) is prefixed with an apostrophe.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(wave: string, r: WaveMemberRow): string {
  return [
    r.userPrincipalName,
    wave,
    r.mailboxLocation,
    r.covered,
    r.effectivePolicy,
    r.policySource,
    r.reason,
    r.protocols.join('; '),
    r.clients.join('; '),
    r.count,
    r.lastSeen?.toISOString() ?? null,
  ]
    .map(csvCell)
    .join(',');
}

/** CSV exports of the rollout (docs/api.md): every member of a wave, streamed, never cut. */
@Controller('api/v1/tenants/:tenantId/rollout/waves/:waveId')
export class RolloutExportController {
  constructor(@Inject(RolloutProgressService) private readonly rollout: RolloutProgressService) {}

  @Get('members.csv')
  async members(
    @CurrentAuth() auth: AuthContext,
    @Param('tenantId') tenantId: string,
    @Param('waveId') waveId: string,
    @Res() res: Response,
  ): Promise<void> {
    const { wave, rows } = await this.rollout.waveMembers(auth.scope, tenantId, waveId);
    const file = `${wave.name.replace(/[^\w.-]+/g, '_').slice(0, 80) || 'wave'}-members.csv`;
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${file}"`);
    res.setHeader('x-total-rows', String(rows.length));
    res.write(`${COLUMNS.join(',')}\r\n`);
    for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
      const chunk = rows
        .slice(i, i + CHUNK_ROWS)
        .map((r) => `${csvRow(wave.name, r)}\r\n`)
        .join('');
      if (!res.write(chunk)) await once(res, 'drain');
    }
    res.end();
  }
}
