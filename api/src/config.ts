import path from 'node:path';
import {
  parseRetainedTables,
  type NotificationOptions,
  type PartitionOptions,
} from '@posture/jobs';
import { z } from 'zod';

const onOff = z.enum(['on', 'off']);

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgresql:// URL')
    .optional(),
  POSTURE_SECRET_KEY: z
    .string()
    .refine(
      (v) => Buffer.from(v, 'base64').length === 32,
      'must be 32 random bytes, base64-encoded (openssl rand -base64 32)',
    )
    .optional(),
  POSTURE_SECRET_KEY_PREVIOUS: z
    .string()
    .refine(
      (v) => Buffer.from(v, 'base64').length === 32,
      'must be 32 random bytes, base64-encoded (the key before a rotation)',
    )
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  JOBS: onOff.default('on'),
  EMULATOR: onOff.optional(),
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  PUSH_BODY_LIMIT_MB: z.coerce.number().positive().max(1024).default(50),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  WEB_DIST_DIR: z.string().optional(),
  SCHEDULE_TICK_MS: z.coerce.number().int().min(200).max(3_600_000).default(15_000),
  JOB_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  /** How often the clock creates sign-in partitions ahead and drops those past retention. */
  PARTITION_MAINTENANCE_MS: z.coerce.number().int().min(1000).max(86_400_000).default(3_600_000),
  /** Further range-partitioned tables dropped by whole partitions: name[:days],… (days 730). */
  POSTURE_RETAINED_TABLES: z
    .string()
    .optional()
    .superRefine((v, ctx) => {
      try {
        parseRetainedTables(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
      }
    }),
  INGEST_RUN_DEBOUNCE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  PUBLIC_URL: z.string().url().optional(),
  // Read by the connectors (jobs/src/connectors/sync.service.ts); checked here so a bad value stops the start.
  GRAPH_REPORTING_QUOTA: z
    .string()
    .regex(
      /^\s*(off|\d{1,4}\s*\/\s*\d{1,5})\s*$/i,
      'must be <requests>/<seconds> (e.g. 5/10) or off',
    )
    .optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(1200),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(120),
  SMTP_URL: z
    .string()
    .max(2048)
    .refine((v) => /^smtps?:\/\/[^/]+/.test(v), 'must be smtp://host:port or smtps://…')
    .optional(),
  SMTP_FROM: z.string().min(3).max(320).default('posture watch <posture@localhost>'),
  NOTIFY_DELIVERY: onOff.default('on'),
  NOTIFY_SWEEP_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  NOTIFY_RETRY_BASE_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
  NOTIFY_RETRY_CAP_MS: z.coerce.number().int().min(1_000).max(86_400_000).default(3_600_000),
  NOTIFY_EXPIRY_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 14)
    .default(24),
  NOTIFY_TIMEOUT_MS: z.coerce.number().int().min(500).max(60_000).default(10_000),
  NOTIFY_ALLOW_HTTP_LOCAL: onOff.default('off'),
  CONNECTOR_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  METRICS_TOKEN: z
    .string()
    .min(24, 'must be at least 24 characters (openssl rand -hex 24)')
    .max(256)
    .optional(),
  CORS_ORIGINS: z
    .string()
    .max(4096)
    .refine(
      (v) => v.split(',').every((o) => /^https?:\/\/[^/\s]+$/.test(o.trim())),
      'must be a comma-separated list of origins such as https://posture.example.com',
    )
    .optional(),
});

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | null;
  /** Absent only in the embedded default, where it is generated under dataDir. */
  secretKey: Buffer | null;
  /** The key before a rotation, while tokens hashed under it move to the current one. */
  previousSecretKey: Buffer | null;
  dataDir: string;
  jobs: boolean;
  emulator: boolean;
  emulatorPort: number;
  pushBodyLimitBytes: number;
  sessionTtlHours: number;
  webDistDir: string;
  publicUrl: string | null;
  scheduleTickMs: number;
  /** Sign-in partitions ahead and retention (PartitionsService, on the clock). */
  partitions: PartitionOptions & { everyMs: number };
  jobPollSeconds: number;
  ingestRunDebounceSeconds: number;
  /** Requests per minute per token or user, and per address without a token; 0 = no limit. */
  rateLimits: { perMinute: number; anonymousPerMinute: number };
  notifications: NotificationOptions;
  /** Time limit of one request to Microsoft's endpoints (then retried with backoff). */
  connectorTimeoutMs: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  /** JSON lines by default; pino-pretty when a person is at the terminal (or LOG_FORMAT=pretty). */
  logFormat: 'json' | 'pretty';
  /** Bearer token of the Prometheus scraper; /metrics is off without one. */
  metricsToken: string | null;
  /** Origins allowed to call the API from a browser; the dashboard itself is same-origin. */
  corsOrigins: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment once, naming every bad variable (never printing a secret's value). */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  terminal: boolean = process.stdout.isTTY === true,
): AppConfig {
  const res = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!res.success) {
    throw new ConfigError(res.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = res.data;
  if (e.DATABASE_URL && !e.POSTURE_SECRET_KEY) {
    throw new ConfigError([
      'POSTURE_SECRET_KEY: required when DATABASE_URL is set (32 random bytes, base64: openssl rand -base64 32)',
    ]);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    secretKey: e.POSTURE_SECRET_KEY ? Buffer.from(e.POSTURE_SECRET_KEY, 'base64') : null,
    previousSecretKey: e.POSTURE_SECRET_KEY_PREVIOUS
      ? Buffer.from(e.POSTURE_SECRET_KEY_PREVIOUS, 'base64')
      : null,
    dataDir: path.resolve(e.DATA_DIR),
    jobs: e.JOBS === 'on',
    emulator: (e.EMULATOR ?? (e.DATABASE_URL ? 'off' : 'on')) === 'on',
    emulatorPort: e.EMULATOR_PORT,
    pushBodyLimitBytes: Math.round(e.PUSH_BODY_LIMIT_MB * 1024 * 1024),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    webDistDir: path.resolve(e.WEB_DIST_DIR ?? path.join(__dirname, '..', '..', 'web', 'dist')),
    publicUrl: e.PUBLIC_URL ?? null,
    scheduleTickMs: e.SCHEDULE_TICK_MS,
    partitions: {
      everyMs: e.PARTITION_MAINTENANCE_MS,
      monthsAhead: 2,
      retained: parseRetainedTables(e.POSTURE_RETAINED_TABLES),
    },
    jobPollSeconds: e.JOB_POLL_SECONDS,
    ingestRunDebounceSeconds: e.INGEST_RUN_DEBOUNCE_SECONDS,
    rateLimits: {
      perMinute: e.RATE_LIMIT_PER_MINUTE,
      anonymousPerMinute: e.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
    },
    notifications: {
      deliver: e.NOTIFY_DELIVERY === 'on',
      sweepMs: e.NOTIFY_SWEEP_MS,
      retryBaseMs: e.NOTIFY_RETRY_BASE_MS,
      retryCapMs: e.NOTIFY_RETRY_CAP_MS,
      expiryMs: Math.round(e.NOTIFY_EXPIRY_HOURS * 3_600_000),
      timeoutMs: e.NOTIFY_TIMEOUT_MS,
      concurrency: 16,
      allowHttpLocal: e.NOTIFY_ALLOW_HTTP_LOCAL === 'on',
      smtpUrl: e.SMTP_URL ?? null,
      smtpFrom: e.SMTP_FROM,
    },
    connectorTimeoutMs: Math.round(e.CONNECTOR_TIMEOUT_SECONDS * 1000),
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (terminal ? 'pretty' : 'json'),
    metricsToken: e.METRICS_TOKEN ?? null,
    corsOrigins: e.CORS_ORIGINS
      ? e.CORS_ORIGINS.split(',').map((o) => o.trim())
      : e.PUBLIC_URL
        ? [new URL(e.PUBLIC_URL).origin]
        : [],
  };
}
