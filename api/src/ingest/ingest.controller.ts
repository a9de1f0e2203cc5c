import {
  Controller,
  HttpCode,
  HttpException,
  HttpStatus,
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
import {
  BodyTooLarge,
  parseSignInBody,
  parseSnapshotBody,
  streamNdjsonSignIns,
} from './push-body.js';
import { streamedBodyLimit } from './push-stream.js';

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
    acceptedType(req, SIGNIN_TYPES);
    const limit = streamedBodyLimit(req);
    if (limit === null) {
      const events = parseSignInBody(rawBody(req, SIGNIN_TYPES), req.headers['content-type']);
      return this.ingest.ingestSignIns(auth.scope, tenantId, events);
    }
    // NDJSON: parsed line by line as it arrives and written in pipelined batches.
    if (!hasBody(req))
      throw new InvalidInput('empty body', [{ path: '(body)', reason: 'the body is empty' }]);
    try {
      return await this.ingest.ingestSignIns(auth.scope, tenantId, streamNdjsonSignIns(req, limit));
    } catch (err) {
      if (err instanceof BodyTooLarge)
        throw new HttpException(err.message, HttpStatus.PAYLOAD_TOO_LARGE);
      throw err;
    }
  }
}

const JSON_TYPES = ['application/json'];
const SIGNIN_TYPES = ['application/json', 'application/x-ndjson', 'application/ndjson'];

/** 415 naming the accepted types unless the Content-Type is one the route reads. */
function acceptedType(req: Request, types: readonly string[]): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!types.includes(type))
    throw new UnsupportedMediaTypeException(
      `Content-Type ${type ? `"${type}"` : '(none)'} is not accepted; send ${types.join(' or ')}`,
    );
}

/** As body-parser decides: a declared length (even 0) or a chunked body. */
function hasBody(req: Request): boolean {
  return (
    req.headers['transfer-encoding'] !== undefined ||
    !Number.isNaN(Number.parseInt(req.headers['content-length'] ?? '', 10))
  );
}

/** The raw body, once its Content-Type is one the route reads. */
function rawBody(req: Request, types: readonly string[]): Buffer {
  acceptedType(req, types);
  if (!Buffer.isBuffer(req.body))
    throw new InvalidInput('empty body', [{ path: '(body)', reason: 'the body is empty' }]);
  return req.body;
}
