import { FAULT_KINDS, FaultSpecError, parseFaultSpec, type FaultSpec } from './faults/faults.js';
import type { TenantSpec } from './scenario/tenant.js';
import {
  DEFAULT_REGRESSIONS,
  DEFAULT_ROLLOUT,
  REGRESSION_KINDS,
  type Regression,
  type RegressionKind,
  type RolloutPlan,
} from './scenario/timeline.js';

/** Demo identities: fixed so a fresh checkout works without configuration. Not secrets. */
export const DEMO_TENANT_ID = '8d6e3f0a-7c1b-4e2d-9a5f-3b4c5d6e7f80';
export const DEMO_CLIENT_ID = '5f1c7a3e-2d4b-4c6a-9e8f-0a1b2c3d4e5f';
export const DEMO_CLIENT_SECRET = 'posture-watch-emulator-demo-secret';

export interface EmulatorLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Everything the emulator needs; `startEmulator` fills what a caller leaves out with DEFAULTS. */
export interface EmulatorOptions {
  host: string;
  /** 0 = an ephemeral port. */
  port: number;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  seed: string;
  /** Users in the primary tenant, 100..100000. */
  users: number;
  /** Real seconds one simulated day lasts. */
  daySeconds: number;
  extraTenants: TenantSpec[];
  /** Sign-ins become visible up to this many minutes after createdDateTime. */
  lateMinutes: number;
  /** Multiplier on the per-user sign-in rates (1 ≈ 18 events per user per day). */
  signInRate: number;
  rollout: RolloutPlan;
  regressions: Regression[];
  faults: FaultSpec[];
  tokenLifetimeSeconds: number;
  /** Real time of simulated day 0 (ms since epoch); default: when the emulator starts. */
  startedAt?: number;
  /** Real-time source; tests pass a fake one. */
  now?: () => number;
  /** Origin for absolute nextLinks when the emulator sits behind a proxy. */
  publicUrl?: string;
  /** Graph and Exchange roles of the primary tenant (default: all). */
  graphRoles?: readonly string[];
  exchangeRoles?: readonly string[];
  logger?: EmulatorLogger;
  /**
   * Graph reporting (auditLogs) quota per app and tenant: over it, 429 with Retry-After. Microsoft
   * documents 5 requests per 10 seconds ("Microsoft Graph service-specific throttling limits",
   * https://learn.microsoft.com/en-us/graph/throttling-limits). Default off, so that demo pulls of
   * weeks of history stay quick; EMULATOR_REPORTING_QUOTA=5/10 turns Microsoft's on.
   */
  reportingQuota?: { requests: number; windowMs: number } | null;
}

export const DEFAULTS: EmulatorOptions = {
  host: '127.0.0.1',
  port: 4010,
  tenantId: DEMO_TENANT_ID,
  clientId: DEMO_CLIENT_ID,
  clientSecret: DEMO_CLIENT_SECRET,
  seed: 'posture-watch-demo',
  users: 500,
  daySeconds: 86_400,
  extraTenants: [],
  lateMinutes: 10,
  signInRate: 1,
  rollout: DEFAULT_ROLLOUT,
  regressions: [...DEFAULT_REGRESSIONS],
  faults: [],
  tokenLifetimeSeconds: 3599,
};

export const MIN_USERS = 100;
export const MAX_USERS = 100_000;

/** Options for the on-premises collector that `main.ts` starts when configured. */
export interface CollectorEnv {
  targetUrl: string;
  tenantId: string;
  token: string;
  intervalMs: number;
  /** Which emulated tenant's on-premises Exchange it reads (default: the primary). */
  sourceTenantId: string;
}

export class EmulatorConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid emulator configuration:\n  ${problems.join('\n  ')}`);
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks a complete options object (programmatic callers and the environment go through the
 * same rules) and lists every problem, each named after the option.
 */
export function validateOptions(
  o: EmulatorOptions,
  name: (key: string) => string = (k) => k,
): void {
  const problems: string[] = [];
  const bad = (key: string, why: string) => problems.push(`${name(key)}: ${why}`);
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535)
    bad('port', 'must be an integer between 0 and 65535');
  if (!GUID.test(o.tenantId)) bad('tenantId', 'must be a GUID');
  if (!GUID.test(o.clientId)) bad('clientId', 'must be a GUID');
  if (o.clientSecret.length < 8) bad('clientSecret', 'must be at least 8 characters');
  if (o.seed.length === 0) bad('seed', 'must not be empty');
  if (!Number.isInteger(o.users) || o.users < MIN_USERS || o.users > MAX_USERS)
    bad('users', `must be an integer between ${MIN_USERS} and ${MAX_USERS}`);
  if (!(o.daySeconds >= 1) || o.daySeconds > 31_536_000)
    bad('daySeconds', 'must be a number of seconds between 1 and 31536000');
  if (!(o.lateMinutes >= 0) || o.lateMinutes > 60) bad('lateMinutes', 'must be between 0 and 60');
  if (!(o.signInRate >= 0) || o.signInRate > 100) bad('signInRate', 'must be between 0 and 100');
  if (
    !Number.isInteger(o.tokenLifetimeSeconds) ||
    o.tokenLifetimeSeconds < 60 ||
    o.tokenLifetimeSeconds > 86_400
  ) {
    bad('tokenLifetimeSeconds', 'must be an integer between 60 and 86400');
  }
  const r = o.rollout;
  const days = [r.pilotDay, r.wave2Day, r.wave3Day, r.orgDefaultDay];
  if (
    !days.every((d) => Number.isInteger(d) && d >= 0) ||
    days.some((d, i) => i > 0 && d < (days[i - 1] ?? 0))
  ) {
    bad(
      'rollout',
      'must be four non-decreasing whole days (pilot, wave 2, wave 3, organisation default)',
    );
  }
  for (const g of o.regressions) {
    if (!REGRESSION_KINDS.includes(g.kind))
      bad(
        'regressions',
        `unknown kind "${String(g.kind)}" (known: ${REGRESSION_KINDS.join(', ')})`,
      );
    if (!Number.isInteger(g.day) || g.day < 0)
      bad('regressions', `day of ${g.kind} must be a whole day >= 0`);
    if (g.untilDay !== undefined && (!Number.isInteger(g.untilDay) || g.untilDay <= g.day))
      bad('regressions', `untilDay of ${g.kind} must be after its day`);
  }
  const ids = new Set([o.tenantId.toLowerCase()]);
  for (const t of o.extraTenants) {
    if (!GUID.test(t.tenantId)) bad('extraTenants', `"${t.tenantId}" is not a GUID`);
    else if (ids.has(t.tenantId.toLowerCase()))
      bad('extraTenants', `tenant ${t.tenantId} is listed twice`);
    ids.add(t.tenantId.toLowerCase());
    if (!Number.isInteger(t.users) || t.users < MIN_USERS || t.users > MAX_USERS) {
      bad(
        'extraTenants',
        `users of ${t.tenantId} must be an integer between ${MIN_USERS} and ${MAX_USERS}`,
      );
    }
  }
  for (const f of o.faults) {
    try {
      parseFaultSpec(f);
    } catch (e) {
      bad('faults', e instanceof FaultSpecError ? e.problems.join('; ') : String(e));
    }
  }
  if (o.publicUrl !== undefined && !/^https?:\/\/[^/]+$/.test(o.publicUrl))
    bad('publicUrl', 'must be an origin like http://localhost:4010 (no path)');
  if (problems.length > 0) throw new EmulatorConfigError(problems);
}

export function resolveOptions(input: Partial<EmulatorOptions> = {}): EmulatorOptions {
  const defined = Object.fromEntries(
    Object.entries(input).filter(([, v]) => v !== undefined),
  ) as Partial<EmulatorOptions>;
  const o: EmulatorOptions = { ...DEFAULTS, port: 0, ...defined };
  validateOptions(o);
  return o;
}

const ENV_NAMES: Readonly<Record<string, string>> = {
  host: 'EMULATOR_HOST',
  port: 'EMULATOR_PORT',
  tenantId: 'EMULATOR_TENANT_ID',
  clientId: 'EMULATOR_CLIENT_ID',
  clientSecret: 'EMULATOR_CLIENT_SECRET',
  seed: 'EMULATOR_SEED',
  users: 'EMULATOR_USERS',
  daySeconds: 'EMULATOR_DAY_SECONDS',
  extraTenants: 'EMULATOR_TENANTS',
  lateMinutes: 'EMULATOR_LATE_MINUTES',
  signInRate: 'EMULATOR_SIGNIN_RATE',
  rollout: 'EMULATOR_WAVE_DAYS',
  regressions: 'EMULATOR_REGRESSIONS',
  faults: 'EMULATOR_FAULTS',
  tokenLifetimeSeconds: 'EMULATOR_TOKEN_LIFETIME_SECONDS',
  publicUrl: 'EMULATOR_PUBLIC_URL',
  startedAt: 'EMULATOR_START',
};

/**
 * Reads the environment once into typed options, failing fast with every bad variable named
 * (secret values are never echoed).
 */
export function loadEmulatorConfig(env: NodeJS.ProcessEnv = process.env): {
  options: EmulatorOptions;
  collector: CollectorEnv | null;
} {
  const problems: string[] = [];
  const get = (key: string): string | undefined => {
    const v = env[key];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const number = (key: string, fallback: number): number => {
    const raw = get(key);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n)) {
      problems.push(`${key}: must be a number (got "${raw}")`);
      return fallback;
    }
    return n;
  };

  const options: EmulatorOptions = {
    ...DEFAULTS,
    host: get('EMULATOR_HOST') ?? DEFAULTS.host,
    port: number('EMULATOR_PORT', DEFAULTS.port),
    tenantId: get('EMULATOR_TENANT_ID') ?? DEFAULTS.tenantId,
    clientId: get('EMULATOR_CLIENT_ID') ?? DEFAULTS.clientId,
    clientSecret: get('EMULATOR_CLIENT_SECRET') ?? DEFAULTS.clientSecret,
    seed: get('EMULATOR_SEED') ?? DEFAULTS.seed,
    users: number('EMULATOR_USERS', DEFAULTS.users),
    daySeconds: number('EMULATOR_DAY_SECONDS', DEFAULTS.daySeconds),
    lateMinutes: number('EMULATOR_LATE_MINUTES', DEFAULTS.lateMinutes),
    signInRate: number('EMULATOR_SIGNIN_RATE', DEFAULTS.signInRate),
    tokenLifetimeSeconds: number('EMULATOR_TOKEN_LIFETIME_SECONDS', DEFAULTS.tokenLifetimeSeconds),
    extraTenants: parseTenants(get('EMULATOR_TENANTS'), problems),
    rollout: parseWaveDays(get('EMULATOR_WAVE_DAYS'), problems),
    regressions: parseRegressions(get('EMULATOR_REGRESSIONS'), problems),
    faults: parseFaults(get('EMULATOR_FAULTS'), problems),
  };
  const quota = get('EMULATOR_REPORTING_QUOTA');
  if (quota !== undefined && quota.toLowerCase() !== 'off') {
    const m = /^(\d{1,4})\/(\d{1,5})$/.exec(quota);
    if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) {
      problems.push(
        `EMULATOR_REPORTING_QUOTA: must be <requests>/<seconds> (e.g. 5/10) or off (got "${quota}")`,
      );
    } else options.reportingQuota = { requests: Number(m[1]), windowMs: Number(m[2]) * 1000 };
  }
  const publicUrl = get('EMULATOR_PUBLIC_URL');
  if (publicUrl !== undefined) options.publicUrl = publicUrl.replace(/\/+$/, '');
  const start = get('EMULATOR_START');
  if (start !== undefined) {
    const t = Date.parse(start);
    if (Number.isNaN(t))
      problems.push(`EMULATOR_START: must be an ISO-8601 date-time (got "${start}")`);
    else options.startedAt = t;
  }

  try {
    validateOptions(options, (k) => ENV_NAMES[k] ?? k);
  } catch (e) {
    if (e instanceof EmulatorConfigError) problems.push(...e.problems);
    else throw e;
  }
  const collector = parseCollector(get, number, problems, options.tenantId);
  if (problems.length > 0) throw new EmulatorConfigError([...new Set(problems)]);
  return { options, collector };
}

function parseTenants(raw: string | undefined, problems: string[]): TenantSpec[] {
  if (raw === undefined) return [];
  const out: TenantSpec[] = [];
  for (const item of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [id, users] = item.split(':');
    const n = users === undefined ? DEFAULTS.users : Number(users);
    if (!id || !Number.isFinite(n)) {
      problems.push(`EMULATOR_TENANTS: "${item}" is not <tenant GUID>[:<users>]`);
      continue;
    }
    out.push({ tenantId: id, users: n });
  }
  return out;
}

function parseWaveDays(raw: string | undefined, problems: string[]): RolloutPlan {
  if (raw === undefined) return DEFAULT_ROLLOUT;
  const days = raw.split(',').map((s) => Number(s.trim()));
  if (days.length !== 4 || days.some((d) => !Number.isInteger(d))) {
    problems.push(
      `EMULATOR_WAVE_DAYS: must be four whole days "pilot,wave2,wave3,orgDefault" (got "${raw}")`,
    );
    return DEFAULT_ROLLOUT;
  }
  const [pilotDay, wave2Day, wave3Day, orgDefaultDay] = days as [number, number, number, number];
  return { pilotDay, wave2Day, wave3Day, orgDefaultDay };
}

function parseRegressions(raw: string | undefined, problems: string[]): Regression[] {
  if (raw === undefined) return [...DEFAULT_REGRESSIONS];
  if (raw.toLowerCase() === 'none') return [];
  const out: Regression[] = [];
  for (const item of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [day, kind, until] = item.split(':');
    const d = Number(day);
    const u = until === undefined ? undefined : Number(until);
    if (
      !Number.isInteger(d) ||
      !REGRESSION_KINDS.includes(kind as RegressionKind) ||
      (u !== undefined && !Number.isInteger(u))
    ) {
      problems.push(
        `EMULATOR_REGRESSIONS: "${item}" is not <day>:<kind>[:<untilDay>] with kind one of ${REGRESSION_KINDS.join(', ')}`,
      );
      continue;
    }
    out.push(
      u === undefined
        ? { day: d, kind: kind as RegressionKind }
        : { day: d, kind: kind as RegressionKind, untilDay: u },
    );
  }
  return out;
}

function parseFaults(raw: string | undefined, problems: string[]): FaultSpec[] {
  if (raw === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw) as unknown;
  } catch {
    problems.push(
      `EMULATOR_FAULTS: must be a JSON array of faults, e.g. [{"endpoint":"signIns","kind":"429","rate":0.1}] (kinds: ${FAULT_KINDS.join(', ')})`,
    );
    return [];
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  const out: FaultSpec[] = [];
  items.forEach((item, i) => {
    try {
      out.push(parseFaultSpec(item));
    } catch (e) {
      problems.push(
        `EMULATOR_FAULTS[${i}]: ${e instanceof FaultSpecError ? e.problems.join('; ') : String(e)}`,
      );
    }
  });
  return out;
}

function parseCollector(
  get: (key: string) => string | undefined,
  number: (key: string, fallback: number) => number,
  problems: string[],
  primaryTenant: string,
): CollectorEnv | null {
  const targetUrl = get('EMULATOR_COLLECTOR_URL');
  const tenantId = get('EMULATOR_COLLECTOR_TENANT_ID');
  const token = get('EMULATOR_COLLECTOR_TOKEN');
  const interval = number('EMULATOR_COLLECTOR_INTERVAL_SECONDS', 300);
  if (targetUrl === undefined && tenantId === undefined && token === undefined) return null;
  if (targetUrl === undefined)
    problems.push('EMULATOR_COLLECTOR_URL: required when the collector is configured');
  else if (!/^https?:\/\//.test(targetUrl))
    problems.push('EMULATOR_COLLECTOR_URL: must be an http(s) URL');
  if (tenantId === undefined)
    problems.push('EMULATOR_COLLECTOR_TENANT_ID: required when the collector is configured');
  if (token === undefined)
    problems.push('EMULATOR_COLLECTOR_TOKEN: required when the collector is configured');
  if (!(interval >= 1)) problems.push('EMULATOR_COLLECTOR_INTERVAL_SECONDS: must be at least 1');
  if (targetUrl === undefined || tenantId === undefined || token === undefined) return null;
  return {
    targetUrl: targetUrl.replace(/\/+$/, ''),
    tenantId,
    token,
    intervalMs: Math.round(interval * 1000),
    sourceTenantId: get('EMULATOR_COLLECTOR_SOURCE_TENANT') ?? primaryTenant,
  };
}
