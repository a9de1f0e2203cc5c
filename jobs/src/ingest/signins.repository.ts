import { Inject, Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Db } from '../database/db.js';
import { csvLine } from './copy.js';
import type { SignInRow } from './signin.schema.js';

/** The columns the app writes for a sign-in (besides tenant_id), in COPY order. */
export const COLUMNS = [
  'id',
  'created_at',
  'user_id',
  'user_principal_name',
  'app_id',
  'app_display_name',
  'resource_id',
  'resource_display_name',
  'client_app_used',
  'error_code',
  'is_interactive',
  'authentication_requirement',
  'conditional_access_status',
  'operating_system',
  'browser',
  'device_id',
  'user_agent',
  'ip_address',
  'event',
] as const;

/** A row's values in COLUMNS order. */
export function values(r: SignInRow): unknown[] {
  return [
    r.id,
    r.createdAt,
    r.userId,
    r.userPrincipalName,
    r.appId,
    r.appDisplayName,
    r.resourceId,
    r.resourceDisplayName,
    r.clientAppUsed,
    r.errorCode,
    r.isInteractive,
    r.authenticationRequirement,
    r.conditionalAccessStatus,
    r.operatingSystem,
    r.browser,
    r.deviceId,
    r.userAgent,
    r.ipAddress,
    r.event,
  ];
}

/**
 * A validated row as its COPY line (CSV, UTF-8), encoded as soon as it is validated: a batch
 * waiting for its write holds these bytes (outside the JavaScript heap), not the row's strings,
 * so the rows of a batch are never promoted to V8's old generation only to die there.
 */
export type EncodedSignIn = Buffer;

export function encodeSignIn(r: SignInRow): EncodedSignIn {
  return Buffer.from(csvLine(values(r)));
}

/** Bytes of one buffer of SignInLines (a line longer than this gets a buffer of its own). */
const LINES_CHUNK = 65_536;

/**
 * Written buffers kept for the next lines, shared by every ingestion of the process (a finished
 * push leaves no buffers for the collector to find later): at most two batches' worth, 16 MiB.
 */
const spare: Buffer[] = [];
const SPARE_MAX = 256;

/**
 * COPY lines written one after another into 64 KiB buffers that are reused once their batch is
 * written: the memory for rows is the batches in flight, whatever is ingested, with no garbage
 * buffers left for the collector. Each line is a view into its buffer; consecutive
 * lines are one contiguous write to COPY.
 */
export class SignInLines {
  private chunk: Buffer | null = null;
  private used = 0;
  /** The buffers holding lines since the last take(). */
  private taken: Buffer[] = [];

  encode(r: SignInRow): EncodedSignIn {
    const line = csvLine(values(r));
    // At most 3 UTF-8 bytes per UTF-16 code unit.
    if (line.length * 3 > LINES_CHUNK) return Buffer.from(line);
    if (!this.chunk || this.used + line.length * 3 > LINES_CHUNK) {
      this.chunk = spare.pop() ?? Buffer.allocUnsafeSlow(LINES_CHUNK);
      this.used = 0;
      this.taken.push(this.chunk);
    }
    const n = this.chunk.write(line, this.used);
    const view = this.chunk.subarray(this.used, this.used + n);
    this.used += n;
    return view;
  }

  /**
   * The buffers of the lines encoded since the last call, to give back with release() once
   * their batch is written; the next line starts a new buffer.
   */
  take(): Buffer[] {
    const t = this.taken;
    this.taken = [];
    this.chunk = null;
    return t;
  }

  /** Buffers whose lines are written (and will not be read again): reused for the next lines. */
  release(chunks: readonly Buffer[]): void {
    for (const c of chunks) if (spare.length < SPARE_MAX) spare.push(c);
  }
}

export interface SignInWriteResult {
  inserted: number;
  duplicates: number;
}

@Injectable()
export class SignInsRepository {
  constructor(@Inject(Db) private readonly db: Db) {}

  /**
   * Writes one batch: COPY into a session-local staging table, create the month partitions it
   * needs, then insert into sign_ins skipping ids already stored (or repeated in the batch).
   * An event's createdDateTime never changes, so the primary key (tenant, created_at, id) is
   * what makes a repeated event a duplicate; no cross-partition lookup per row is needed.
   * One transaction: a batch lands whole or not at all.
   */
  async writeBatch(
    tenantId: string,
    rows: readonly (SignInRow | EncodedSignIn)[],
  ): Promise<SignInWriteResult> {
    if (rows.length === 0) return { inserted: 0, duplicates: 0 };
    const client = await this.db.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `CREATE TEMP TABLE IF NOT EXISTS sign_in_staging (
           ${COLUMNS.map((c) => `"${c}" ${c === 'created_at' ? 'timestamptz' : c === 'error_code' ? 'integer' : c === 'is_interactive' ? 'boolean' : c === 'event' ? 'jsonb' : 'text'}`).join(', ')}
         ) ON COMMIT DELETE ROWS`,
      );
      await this.copy(client, rows);
      await client.query(
        `SELECT posture_ensure_sign_in_partition(m)
           FROM (SELECT DISTINCT date_trunc('month', created_at) AS m FROM sign_in_staging) months`,
      );
      const res = await client.query(
        `INSERT INTO sign_ins (tenant_id, ${COLUMNS.map((c) => `"${c}"`).join(', ')})
         SELECT DISTINCT ON (s.id) $1::uuid, ${COLUMNS.map((c) => `s."${c}"`).join(', ')}
           FROM sign_in_staging s
          ORDER BY s.id, s.created_at
         ON CONFLICT DO NOTHING`,
        [tenantId],
      );
      await client.query('COMMIT');
      const inserted = res.rowCount ?? 0;
      return { inserted, duplicates: rows.length - inserted };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  private async copy(
    client: PoolClient,
    rows: readonly (SignInRow | EncodedSignIn)[],
  ): Promise<void> {
    const stream = client.query(
      copyFrom(
        `COPY sign_in_staging (${COLUMNS.map((c) => `"${c}"`).join(', ')}) FROM STDIN WITH (FORMAT csv)`,
      ),
    );
    // About 64 KiB of CSV per write, not one write per row: lines that follow one another in
    // the same buffer (SignInLines) are written as one view, others are gathered and copied.
    async function* chunks() {
      let parts: Buffer[] = [];
      let bytes = 0;
      for (const r of rows) {
        const line = Buffer.isBuffer(r) ? r : encodeSignIn(r);
        const last = parts.at(-1);
        if (
          last &&
          last.buffer === line.buffer &&
          last.byteOffset + last.length === line.byteOffset
        )
          parts[parts.length - 1] = Buffer.from(
            last.buffer,
            last.byteOffset,
            last.length + line.length,
          );
        else parts.push(line);
        bytes += line.length;
        if (bytes >= 65_536) {
          yield parts.length === 1 ? parts[0]! : Buffer.concat(parts, bytes);
          parts = [];
          bytes = 0;
        }
      }
      if (bytes > 0) yield parts.length === 1 ? parts[0]! : Buffer.concat(parts, bytes);
    }
    await pipeline(Readable.from(chunks()), stream);
  }

  async count(tenantId: string): Promise<number> {
    const { rows } = await this.db.pool.query<{ n: string }>(
      'SELECT count(*) AS n FROM sign_ins WHERE tenant_id = $1',
      [tenantId],
    );
    return Number(rows[0]?.n ?? 0);
  }
}
