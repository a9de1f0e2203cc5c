import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSigningKey } from './auth/jwt.js';
import { startCollector, type Collector, type CollectorOptions } from './collector/collector.js';
import {
  collectOnPremises,
  type ExchangeShell,
  type OnPremisesSnapshotBody,
} from './collector/snapshot.js';
import { resolveOptions, type EmulatorLogger, type EmulatorOptions } from './config.js';
import { emulatorState } from './control/control.handler.js';
import { invokeCmdlet } from './exchange/cmdlet.js';
import { ONPREM_CMDLETS } from './exchange/onprem-cmdlets.js';
import { FaultInjector, type ActiveFault, type FaultSpec } from './faults/faults.js';
import type { EmulatorRuntime, TenantRuntime } from './runtime.js';
import { ScenarioClock } from './scenario/clock.js';
import { SignInGenerator } from './scenario/signin-generator.js';
import { ScenarioTenant, type TenantSpec } from './scenario/tenant.js';
import { Timeline } from './scenario/timeline.js';
import { buildRouter, handle } from './server.js';

export interface EmulatedTenant {
  tenantId: string;
  name: string;
  domain: string;
  initialDomain: string;
  users: number;
  /** Client-credentials token endpoint for this tenant. */
  tokenUrl: string;
  /** Exchange admin REST endpoint for this tenant. */
  invokeCommandUrl: string;
}

export interface EmulatorHandle {
  /** Base URL, e.g. http://127.0.0.1:4010 (Graph lives at `${url}/v1.0` and `${url}/beta`). */
  readonly url: string;
  readonly port: number;
  readonly clock: ScenarioClock;
  readonly tenants: readonly EmulatedTenant[];
  readonly clientId: string;
  /** Faults by code, the same as POST/DELETE /_emulator/faults. */
  readonly faults: {
    add(spec: FaultSpec): ActiveFault;
    clear(): number;
    list(): ActiveFault[];
  };
  /** Moves the simulated clock forward (POST /_emulator/advance). */
  advance(days: number): void;
  /** The same document as GET /_emulator/state. */
  state(): Record<string, unknown>;
  /** The tenant's on-premises Exchange, as a shell that runs cmdlets (not reachable over HTTP). */
  onPremises(tenantId?: string): ExchangeShell;
  /** One on-premises snapshot body, as the collector would push it now. */
  onPremisesSnapshot(tenantId?: string): OnPremisesSnapshotBody;
  /** Starts a collector that reads this emulator's on-premises Exchange. */
  startCollector(
    options: Omit<CollectorOptions, 'source'> & { sourceTenantId?: string },
  ): Collector;
  stop(): Promise<void>;
}

const consoleLogger: EmulatorLogger = {
  info: (m) => console.log(m),
  warn: (m) => console.warn(m),
  error: (m) => console.error(m),
};

function shellFor(rt: EmulatorRuntime, tr: TenantRuntime): ExchangeShell {
  return {
    run: (cmdlet, parameters = {}) => {
      const now = rt.clock.now();
      const { objects } = invokeCmdlet(ONPREM_CMDLETS, cmdlet, parameters, {
        tenant: tr.tenant,
        state: tr.tenant.timeline.stateAt(now),
        now,
      });
      return Array.from({ length: objects.length }, (_, i) => objects.at(i));
    },
  };
}

/**
 * Starts the emulated Microsoft backend: token endpoint, Graph, the Exchange admin REST
 * endpoint, and the control endpoints, over one deterministic scenario per tenant.
 */
export async function startEmulator(input: Partial<EmulatorOptions> = {}): Promise<EmulatorHandle> {
  const options = resolveOptions(input);
  const log = options.logger ?? consoleLogger;
  const clock = new ScenarioClock({
    daySeconds: options.daySeconds,
    ...(options.startedAt === undefined ? {} : { startedAt: options.startedAt }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const timeline = new Timeline(options.rollout, options.regressions, clock);
  const primary: TenantSpec = { tenantId: options.tenantId, users: options.users };
  if (options.graphRoles) primary.graphRoles = options.graphRoles;
  if (options.exchangeRoles) primary.exchangeRoles = options.exchangeRoles;
  const tenants: TenantRuntime[] = [primary, ...options.extraTenants].map((spec, i) => {
    const tenant = new ScenarioTenant(spec, i, options.seed, timeline);
    return {
      tenant,
      signIns: new SignInGenerator(tenant, {
        rate: options.signInRate,
        lateMinutes: options.lateMinutes,
      }),
    };
  });
  const rt: EmulatorRuntime = {
    options,
    clock,
    tenants,
    keys: [createSigningKey()],
    faults: new FaultInjector(options.seed, options.faults),
    pagingKey: createHash('sha256')
      .update(`skiptoken\n${options.seed}\n${options.clientSecret}`)
      .digest(),
    log,
    findTenant: (ref) => tenants.find((t) => t.tenant.matches(ref)),
  };
  const router = buildRouter(rt);
  let fallbackOrigin = `http://${options.host}:${options.port}`;
  const server = createServer((req, res) => {
    void handle(rt, router, fallbackOrigin, req, res);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostPart = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = options.publicUrl ?? `http://${hostPart}:${port}`;
  fallbackOrigin = url;

  const tenantOf = (ref?: string): TenantRuntime => {
    const tr = ref === undefined ? tenants[0] : rt.findTenant(ref);
    if (!tr) throw new Error(`the emulator serves no tenant '${ref ?? ''}'`);
    return tr;
  };

  let stopped: Promise<void> | null = null;
  return {
    url,
    port,
    clock,
    clientId: options.clientId,
    tenants: tenants.map(({ tenant }) => ({
      tenantId: tenant.tenantId,
      name: tenant.naming.name,
      domain: tenant.naming.domain,
      initialDomain: tenant.naming.initialDomain,
      users: tenant.userCount,
      tokenUrl: `${url}/${tenant.tenantId}/oauth2/v2.0/token`,
      invokeCommandUrl: `${url}/adminapi/beta/${tenant.tenantId}/InvokeCommand`,
    })),
    faults: {
      add: (spec) => rt.faults.add(spec),
      clear: () => rt.faults.clear(),
      list: () => rt.faults.list(),
    },
    advance: (days) => clock.advance(days),
    state: () => emulatorState(rt),
    onPremises: (tenantId) => shellFor(rt, tenantOf(tenantId)),
    onPremisesSnapshot: (tenantId) =>
      collectOnPremises(shellFor(rt, tenantOf(tenantId)), new Date()),
    startCollector: ({ sourceTenantId, ...rest }) =>
      startCollector({ logger: log, ...rest, source: shellFor(rt, tenantOf(sourceTenantId)) }),
    stop: () => {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}
