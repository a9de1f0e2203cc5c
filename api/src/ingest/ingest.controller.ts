import {
  Controller,
  HttpCode,
  Inject,
  Param,
  Post,
  Req,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { IngestService, InvalidInput } from '@posture/jobs';
import type { Request } from 'express';
import type { AuthContext } from '../auth/auth.types.js';
import { CurrentAuth } from '../auth/current-auth.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { parseSignInBody, parseSnapshotBody } from './push-body.js';

/** The push API for collectors (docs/api.md, "Push ingestion"). Bodies arrive raw. */
@Controller('api/v1/tenants/:tenantId')
export class IngestController {
  constructor(@Inject(IngestService) private readonly ingest: IngestService) {}

  @Roles('ADMIN', 'COLLECTOR')
  @Post('snapshots')
  @HttpCode(201)
  async snapshot(
    @CurrentAuth() auth: AuthContext,
    @Param('tenantId') tenantId: string,
    @Req() req: Request,
  ) {
    const r = await this.ingest.ingestSnapshot(
      auth.scope,
      tenantId,
      parseSnapshotBody(rawBody(req, JSON_TYPES)),
      'PUSH',
    );
    return {
      snapshotId: r.snapshotId,
      sources: r.sources,
      drift: r.drift,
      driftOmitted: r.driftOmitted,
    };
  }

  @Roles('ADMIN', 'COLLECTOR')
  @Post('signins')
  @HttpCode(200)
  async signIns(
    @CurrentAuth() auth: AuthContext,
    @Param('tenantId') tenantId: string,
    @Req() req: Request,
  ) {
    const events = parseSignInBody(rawBody(req, SIGNIN_TYPES), req.headers['content-type']);
    return this.ingest.ingestSignIns(auth.scope, tenantId, events);
  }
}

const JSON_TYPES = ['application/json'];
const SIGNIN_TYPES = ['application/json', 'application/x-ndjson', 'application/ndjson'];

/** The raw body, once its Content-Type is one the route reads (415 otherwise, naming them). */
function rawBody(req: Request, types: readonly string[]): Buffer {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!types.includes(type))
    throw new UnsupportedMediaTypeException(
      `Content-Type ${type ? `"${type}"` : '(none)'} is not accepted; send ${types.join(' or ')}`,
    );
  if (!Buffer.isBuffer(req.body))
    throw new InvalidInput('empty body', [{ path: '(body)', reason: 'the body is empty' }]);
  return req.body;
}
