import { randomBytes } from 'node:crypto';
import {
  Inject,
  Injectable,
  Optional,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { Db, type SharedReads } from '@posture/jobs';
import pg from 'pg';

/**
 * What the triggers of migration *_change_announcements notify, with the changed table's name,
 * on a change to a credential (api_tokens, sessions, users) or a tenant (tenants).
 */
export const CHANGE_CHANNEL = 'posture_changes';
/** The listening connection's `application_name` (how pg_stat_activity shows it). */
export const CHANGE_LISTENER_NAME = 'posture change listener';
/** A cached read is read again after this long, announcement or not. */
export const CHANGE_CACHE_TTL_MS = 60_000;
/** At most this many reads are kept (the oldest is dropped first). */
export const CHANGE_CACHE_MAX = 10_000;
/** The first wait before listening again after the connection was lost (doubling to 30 s). */
const RELISTEN_MS = 500;
/** How long connecting and LISTEN may take before the connection counts as lost. */
const LISTEN_TIMEOUT_MS = 10_000;
/** How often a process announces a test of its own and checks it heard the previous one. */
export const CHANGE_HEARTBEAT_MS = 5_000;
/** Injection token of the heartbeat period (tests shorten it). */
export const CHANGE_HEARTBEAT = 'CHANGE_HEARTBEAT';
/** The tables a credential (a token, or a session with its user) is read from. */
export const CREDENTIAL_TABLES = ['api_tokens', 'sessions', 'users'] as const;

/**
 * What this process read lately from rows that rarely change, so that a request does not read
 * them again: its credential (API token, or session with its user) and the tenants' retention a
 * sign-in list applies (jobs/src/browse/browse.repository.ts). One statement less each, on every
 * request.
 *
 * A cached read is never trusted past what PostgreSQL says. Every change to the tables it was
 * read from (a revocation, an expiry, a sign-out, a role, a disabled user, a tenant's settings,
 * a new or deleted tenant; a use that only moves `last_used_at` is not one) is announced by a
 * trigger with NOTIFY, the table's name as payload, and this process LISTENs: an announcement
 * drops every read of that table. Its own writes drop them at once too (`changed()`), before
 * they answer. Every CHANGE_HEARTBEAT_MS the process announces a test of its own on the
 * listening connection and checks that it heard the previous one back: a connection that went
 * deaf (silently dropped by a firewall, or a pooler that does not pass notifications) counts as
 * lost. The test goes on that connection, not the shared pool, so a pool kept busy by a long
 * load is no false alarm. While not listening (start-up, a lost or deaf connection) nothing is
 * cached and every request reads, and what was cached before listening again is dropped, since
 * announcements may have been missed. A read that a change overtook is not kept, nor one that
 * found nothing (an unknown token).
 */
@Injectable()
export class ChangeCache implements OnModuleInit, OnModuleDestroy, SharedReads {
  private readonly entries = new Map<
    string,
    { value: object; at: number; tables: readonly string[] }
  >();
  /** Bumped by every change: a read that started before one is not kept. */
  private generation = 0;
  private client: pg.Client | null = null;
  private live = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private wait = RELISTEN_MS;
  private readonly id = randomBytes(6).toString('hex');
  /** Test announcements sent, and the last one heard back. */
  private probes = { sent: 0, heard: 0 };
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    @Inject(Db) private readonly db: Db,
    @Optional()
    @Inject(CHANGE_HEARTBEAT)
    private readonly heartbeatMs: number = CHANGE_HEARTBEAT_MS,
  ) {}

  onModuleInit(): void {
    void this.listen();
    this.heartbeat = setInterval(() => this.beat(), this.heartbeatMs);
    this.heartbeat.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.live = false;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Whether reads are being cached (the announcements are being heard). */
  get listening(): boolean {
    return this.live;
  }

  /**
   * Drops every read of `table` (of every table when none is named): it changed, here or
   * (announced) anywhere.
   */
  changed(table?: string): void {
    this.generation++;
    if (table === undefined) {
      this.entries.clear();
      return;
    }
    for (const [key, entry] of this.entries) {
      if (entry.tables.includes(table)) this.entries.delete(key);
    }
  }

  /** The read under `key`, of rows of `tables`: cached, or read by `load` (and kept when found). */
  async get<T extends object>(
    key: string,
    tables: readonly string[],
    load: () => Promise<T | null>,
  ): Promise<T | null> {
    if (!this.live) return load();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < CHANGE_CACHE_TTL_MS) return hit.value as T;
    const generation = this.generation;
    const value = await load();
    if (value && this.live && generation === this.generation) {
      this.entries.delete(key);
      if (this.entries.size >= CHANGE_CACHE_MAX) {
        const oldest = this.entries.keys().next();
        if (!oldest.done) this.entries.delete(oldest.value);
      }
      this.entries.set(key, { value, at: now, tables });
    }
    return value;
  }

  /** Checks the last test announcement came back, and sends the next. */
  private beat(): void {
    const client = this.client;
    if (!this.live || !client) return;
    if (this.probes.heard !== this.probes.sent) {
      this.lose(client, new Error('its own test announcement was not heard back'));
      return;
    }
    const n = ++this.probes.sent;
    // A session hears its own announcements. Unanswered, the next beat counts the connection lost.
    client
      .query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, `probe:${this.id}:${n}`])
      .catch(() => undefined);
  }

  private lose(client: pg.Client, err?: Error): void {
    if (this.client !== client) return;
    this.client = null;
    this.live = false;
    this.changed();
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    // Never the connection string: it may hold the database password.
    console.warn(
      `change cache: not listening for changes (${err?.message ?? 'connection closed'}); every request reads its credential and the tenants' retention until listening again in ${this.wait} ms`,
    );
    this.retry = setTimeout(() => void this.listen(), this.wait);
    this.retry.unref();
    this.wait = Math.min(this.wait * 2, 30_000);
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    // Bounded, so a connection that never answers is given up and tried again.
    const client = new pg.Client({
      connectionString: this.db.url,
      application_name: CHANGE_LISTENER_NAME,
      connectionTimeoutMillis: LISTEN_TIMEOUT_MS,
      query_timeout: LISTEN_TIMEOUT_MS,
    });
    this.client = client;
    client.on('error', (err) => this.lose(client, err));
    client.on('end', () => this.lose(client));
    client.on('notification', (n) => {
      if (n.channel !== CHANGE_CHANNEL) return;
      // Test announcements (this process's or another's) are not changes.
      if (n.payload?.startsWith('probe:')) {
        if (n.payload === `probe:${this.id}:${this.probes.sent}`)
          this.probes.heard = this.probes.sent;
        return;
      }
      // The changed table; anything else (an empty payload) drops everything.
      this.changed(n.payload || undefined);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (this.client !== client) return;
      this.changed();
      this.probes = { sent: 0, heard: 0 };
      this.live = true;
      this.wait = RELISTEN_MS;
    } catch (err) {
      this.lose(client, err as Error);
    }
  }
}
