import { randomBytes } from 'node:crypto';
import {
  Inject,
  Injectable,
  Optional,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { Db } from '@posture/jobs';
import pg from 'pg';

/** What the triggers of migration *_credential_changes notify on a credential's change. */
export const CREDENTIAL_CHANNEL = 'posture_credentials';
/** The listening connection's `application_name` (how pg_stat_activity shows it). */
export const CREDENTIAL_LISTENER_NAME = 'posture credential listener';
/** A cached credential is read again after this long, notification or not. */
export const CREDENTIAL_TTL_MS = 60_000;
/** At most this many credentials are kept (the oldest is dropped first). */
export const CREDENTIAL_CACHE_MAX = 10_000;
/** The first wait before listening again after the connection was lost (doubling to 30 s). */
const RELISTEN_MS = 500;
/** How long connecting and LISTEN may take before the connection counts as lost. */
const LISTEN_TIMEOUT_MS = 10_000;
/** How often a process announces a test of its own and checks it heard the previous one. */
export const CREDENTIAL_HEARTBEAT_MS = 5_000;
/** Injection token of the heartbeat period (tests shorten it). */
export const CREDENTIAL_HEARTBEAT = 'CREDENTIAL_HEARTBEAT';

/**
 * The credentials (API tokens, sessions with their users) this process looked up lately, so that
 * a request does not read its own again: one statement less on every request.
 *
 * A cached credential is never trusted past what PostgreSQL says. Every change to `api_tokens`,
 * `sessions` or `users` (a revocation, an expiry, a sign-out, a role, a disabled user; a use that
 * only moves `last_used_at` is not one) is announced by a trigger with NOTIFY, and this process
 * LISTENs: any announcement drops everything cached. Its own writes drop it at once too
 * (`changed()`), before they answer. Every CREDENTIAL_HEARTBEAT_MS the process announces a test
 * of its own on the listening connection and checks that it heard the previous one back: a
 * connection that went deaf (silently dropped by a firewall, or a pooler that does not pass
 * notifications) counts as lost. The test goes on that connection, not the shared pool, so a
 * pool kept busy by a long load is no false alarm. While not listening (start-up, a lost or deaf connection) nothing is cached and
 * every request reads, and what was cached before listening again is dropped, since
 * announcements may have been missed. A lookup that a change overtook is not kept. Unknown
 * tokens are never cached.
 */
@Injectable()
export class CredentialCache implements OnModuleInit, OnModuleDestroy {
  private readonly entries = new Map<string, { value: object; at: number }>();
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
    @Inject(CREDENTIAL_HEARTBEAT)
    private readonly heartbeatMs: number = CREDENTIAL_HEARTBEAT_MS,
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

  /** Whether credentials are being cached (the notifications are being heard). */
  get listening(): boolean {
    return this.live;
  }

  /** Drops everything cached: a credential row changed, here or (announced) anywhere. */
  changed(): void {
    this.generation++;
    this.entries.clear();
  }

  /** The credential under `key`: cached, or read by `load` (and kept when found). */
  async get<T extends object>(key: string, load: () => Promise<T | null>): Promise<T | null> {
    if (!this.live) return load();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < CREDENTIAL_TTL_MS) return hit.value as T;
    const generation = this.generation;
    const value = await load();
    if (value && this.live && generation === this.generation) {
      this.entries.delete(key);
      if (this.entries.size >= CREDENTIAL_CACHE_MAX) {
        const oldest = this.entries.keys().next();
        if (!oldest.done) this.entries.delete(oldest.value);
      }
      this.entries.set(key, { value, at: now });
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
      .query('SELECT pg_notify($1, $2)', [CREDENTIAL_CHANNEL, `probe:${this.id}:${n}`])
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
      `credential cache: not listening for changes (${err?.message ?? 'connection closed'}); every request reads its credential until listening again in ${this.wait} ms`,
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
      application_name: CREDENTIAL_LISTENER_NAME,
      connectionTimeoutMillis: LISTEN_TIMEOUT_MS,
      query_timeout: LISTEN_TIMEOUT_MS,
    });
    this.client = client;
    client.on('error', (err) => this.lose(client, err));
    client.on('end', () => this.lose(client));
    client.on('notification', (n) => {
      if (n.channel !== CREDENTIAL_CHANNEL) return;
      // Test announcements (this process's or another's) are not changes.
      if (n.payload?.startsWith('probe:')) {
        if (n.payload === `probe:${this.id}:${this.probes.sent}`)
          this.probes.heard = this.probes.sent;
        return;
      }
      this.changed();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CREDENTIAL_CHANNEL}`);
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
