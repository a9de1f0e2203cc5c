import type { EmulatorLogger } from '../config.js';
import { collectOnPremises, type ExchangeShell } from './snapshot.js';

export interface CollectorOptions {
  /** Base URL of the posture API, e.g. http://127.0.0.1:3000. */
  targetUrl: string;
  /** Our Tenant.id in the posture API (not the Entra tenant GUID). */
  tenantId: string;
  /** A COLLECTOR (or ADMIN) API token; sent as a bearer, never logged. */
  token: string;
  intervalMs: number;
  /** Where the cmdlets run: the emulated on-premises Exchange (see EmulatorHandle.onPremises). */
  source: ExchangeShell;
  logger?: EmulatorLogger;
  /** Push once right away (default true), then every intervalMs. */
  runImmediately?: boolean;
  timeoutMs?: number;
  now?: () => number;
}

export interface PushResult {
  ok: boolean;
  status: number | null;
  snapshotId?: string;
  error?: string;
}

export interface Collector {
  /** Pushes one snapshot now (in addition to the schedule). */
  pushNow(): Promise<PushResult>;
  /** Stops the schedule and waits for a push in flight. */
  stop(): Promise<void>;
}

const consoleLogger: EmulatorLogger = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
  error: (m) => console.error(m),
};

/**
 * The on-premises collector: on a schedule, reads Exchange on-premises and pushes a snapshot to
 * POST /api/v1/tenants/{tenantId}/snapshots. A failed push is logged and retried at the next
 * tick; it never throws out of the schedule.
 */
export function startCollector(options: CollectorOptions): Collector {
  const log = options.logger ?? consoleLogger;
  const url = `${options.targetUrl.replace(/\/+$/, '')}/api/v1/tenants/${encodeURIComponent(options.tenantId)}/snapshots`;
  // Whatever we log passes through this, so the token cannot leak through an echoed body.
  const redact = (s: string) => (options.token ? s.split(options.token).join('[redacted]') : s);
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<PushResult> | null = null;
  let stopped = false;

  const push = async (): Promise<PushResult> => {
    try {
      const body = collectOnPremises(options.source, new Date((options.now ?? Date.now)()));
      const res = await fetch(url, {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
      const text = await res.text();
      if (!res.ok) {
        log.warn(
          redact(`collector: push to ${url} failed: HTTP ${res.status} ${text.slice(0, 300)}`),
        );
        return { ok: false, status: res.status, error: redact(text.slice(0, 300)) };
      }
      let snapshotId: string | undefined;
      try {
        snapshotId = (JSON.parse(text) as { snapshotId?: string }).snapshotId;
      } catch {
        snapshotId = undefined;
      }
      log.info(
        `collector: pushed on-premises snapshot (${body.exchangeOnPremises.mobileDevices.length} devices, ${body.exchangeOnPremises.users.length} users): HTTP ${res.status}${snapshotId ? ` snapshot ${snapshotId}` : ''}`,
      );
      return snapshotId === undefined
        ? { ok: true, status: res.status }
        : { ok: true, status: res.status, snapshotId };
    } catch (e) {
      const message = redact(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
      log.warn(`collector: push to ${url} failed: ${message}`);
      return { ok: false, status: null, error: message };
    }
  };

  const run = (): Promise<PushResult> => {
    const p = push();
    inFlight = p;
    void p.finally(() => {
      if (inFlight === p) inFlight = null;
    });
    return p;
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      void run().finally(() => schedule(options.intervalMs));
    }, delay);
  };

  schedule(options.runImmediately === false ? options.intervalMs : 0);

  return {
    pushNow: run,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (inFlight) await inFlight;
    },
  };
}
