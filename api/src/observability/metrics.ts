import { createHash, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { OpsRepository } from '@posture/jobs';
import { ChangeCache } from '../auth/change-cache.js';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export const METRICS_TOKEN = Symbol('METRICS_TOKEN');

/** The route label of a request: a handful of fixed values, never a raw path (cardinality). */
export function routeLabel(path: string): string {
  if (path.startsWith('/graphql')) return '/graphql';
  if (/^\/api\/v1\/tenants\/[^/]+\/snapshots$/.test(path)) return '/api/v1/tenants/:id/snapshots';
  if (/^\/api\/v1\/tenants\/[^/]+\/signins$/.test(path)) return '/api/v1/tenants/:id/signins';
  if (path.startsWith('/api/')) return '/api/other';
  if (path === '/health' || path === '/ready' || path === '/metrics') return path;
  return '/dashboard';
}

/**
 * Prometheus metrics (prom-client) on a registry of this app's own. HTTP latency is measured in
 * this process; the product's figures (ingestion, runs, alerts, queue, deliveries) are read from
 * the database at scrape time, so every process of a scaled-out deployment reports the same.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly http: Histogram<'method' | 'route' | 'status'>;
  private readonly tokenDigest: Buffer | null;

  constructor(
    @Inject(OpsRepository) private readonly ops: OpsRepository,
    @Inject(METRICS_TOKEN) token: string | null,
    @Inject(ChangeCache) credentials: ChangeCache,
  ) {
    this.tokenDigest = token ? digest(token) : null;
    collectDefaultMetrics({ register: this.registry, prefix: 'posture_' });
    this.http = new Histogram({
      name: 'posture_http_request_duration_seconds',
      help: 'HTTP answers by method, route and status.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [this.registry],
    });
    const repo = this.ops;
    const gauge = <L extends string>(
      name: string,
      help: string,
      labelNames: L[],
      fill: (g: Gauge<L>) => Promise<void>,
    ) =>
      new Gauge<L>({
        name,
        help,
        labelNames,
        registers: [this.registry],
        async collect() {
          this.reset();
          await fill(this);
        },
      });
    // One database read per scrape, shared by every gauge below.
    let pending: ReturnType<OpsRepository['figures']> | null = null;
    const figures = () => {
      pending ??= repo.figures().finally(() => setTimeout(() => (pending = null), 0));
      return pending;
    };
    gauge(
      'posture_pulled_rows',
      'Rows stored by pull ingestion runs, per tenant.',
      ['tenant_id'],
      async (g) => {
        for (const f of (await figures()).ingestedRows) g.set({ tenant_id: f.tenantId }, f.value);
      },
    );
    gauge(
      'posture_ingest_lag_seconds',
      'Seconds since the newest sign-in was stored (push or pull), per tenant.',
      ['tenant_id'],
      async (g) => {
        for (const f of (await figures()).ingestLagSeconds)
          g.set({ tenant_id: f.tenantId }, f.value);
      },
    );
    gauge(
      'posture_sign_ins_today',
      'Sign-ins stored for today (UTC), per tenant.',
      ['tenant_id'],
      async (g) => {
        for (const f of (await figures()).signInsToday) g.set({ tenant_id: f.tenantId }, f.value);
      },
    );
    gauge(
      'posture_check_run_duration_seconds',
      'Duration of the newest finished check run, per tenant.',
      ['tenant_id'],
      async (g) => {
        for (const f of (await figures()).lastCheckRunSeconds)
          g.set({ tenant_id: f.tenantId }, f.value);
      },
    );
    gauge(
      'posture_check_runs_failed',
      'Check runs that failed, per tenant.',
      ['tenant_id'],
      async (g) => {
        for (const f of (await figures()).checkRunsFailed)
          g.set({ tenant_id: f.tenantId }, f.value);
      },
    );
    gauge(
      'posture_open_alerts',
      'Unresolved alerts, per tenant and severity.',
      ['tenant_id', 'severity'],
      async (g) => {
        for (const f of (await figures()).openAlerts)
          g.set({ tenant_id: f.tenantId, severity: f.severity }, f.value);
      },
    );
    gauge('posture_queue_depth', 'Jobs waiting in the queue, per queue.', ['queue'], async (g) => {
      for (const f of (await figures()).queueDepth) g.set({ queue: f.queue }, f.value);
    });
    gauge('posture_notifications_pending', 'Notifications waiting for delivery.', [], async (g) => {
      g.set((await figures()).notificationsPending);
    });
    gauge('posture_delivery_failures', 'Failed delivery attempts on record.', [], async (g) => {
      g.set((await figures()).deliveryFailures);
    });
    // This process's own: 0 means every request reads its credential and the tenants' retention
    // (auth/change-cache.ts).
    gauge(
      'posture_change_cache_listening',
      'Whether this process hears changes to credentials and tenants, and so caches them (1) or not (0).',
      [],
      async (g) => {
        g.set(credentials.listening ? 1 : 0);
      },
    );
  }

  /** Express middleware timing every answer. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    const end = this.http.startTimer();
    res.once('finish', () =>
      end({ method: req.method, route: routeLabel(req.path), status: String(res.statusCode) }),
    );
    next();
  };

  get enabled(): boolean {
    return this.tokenDigest !== null;
  }

  /** The scrape's bearer token, compared in constant time. */
  authorized(header: string | undefined): boolean {
    if (!this.tokenDigest || !header?.startsWith('Bearer ')) return false;
    return timingSafeEqual(digest(header.slice('Bearer '.length)), this.tokenDigest);
  }
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}
