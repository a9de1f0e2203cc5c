import { timingSafeEqual } from 'node:crypto';
import type { RequestContext } from '../http/context.js';
import { GraphError } from '../http/errors.js';
import { readJson, sendJson } from '../http/respond.js';
import { FaultSpecError, parseFaultSpec } from '../faults/faults.js';
import type { EmulatorRuntime } from '../runtime.js';

/**
 * /_emulator/*: test and demo controls. They require `Authorization: Bearer <client secret>`
 * (the secret the emulated app registration uses), so only someone holding the app's
 * credentials can inject faults or move the clock.
 */
function requireSecret(rt: EmulatorRuntime, ctx: RequestContext): void {
  const m = /^Bearer\s+(.+)$/i.exec(ctx.req.headers.authorization ?? '');
  const given = Buffer.from(m?.[1] ?? '');
  const want = Buffer.from(rt.options.clientSecret);
  if (given.length !== want.length || !timingSafeEqual(given, want)) {
    throw new GraphError(
      401,
      'InvalidAuthenticationToken',
      'The emulator control endpoints require Authorization: Bearer <EMULATOR_CLIENT_SECRET>.',
    );
  }
}

export function emulatorState(rt: EmulatorRuntime): Record<string, unknown> {
  const now = rt.clock.now();
  const first = rt.tenants[0];
  return {
    ...rt.clock.toJSON(),
    lateMinutes: rt.options.lateMinutes,
    tenants: rt.tenants.map(({ tenant, signIns }) => {
      const s = tenant.timeline.stateAt(now);
      return {
        tenantId: tenant.tenantId,
        name: tenant.naming.name,
        domain: tenant.naming.domain,
        initialDomain: tenant.naming.initialDomain,
        users: tenant.userCount,
        signInsPerDay: Math.round(signIns.eventsPerDay),
        day: s.day,
        wavesAssigned: s.wavesAssigned,
        orgDefault: s.orgDefault,
        onPremHardened: s.onPremHardened,
        regressions: Array.from(s.regressions, ([kind, since]) => ({ kind, since })),
      };
    }),
    schedule: first ? first.tenant.timeline.schedule() : [],
    faults: rt.faults.list(),
  };
}

export async function healthHandler(_rt: EmulatorRuntime, ctx: RequestContext): Promise<void> {
  sendJson(ctx, 200, { status: 'ok' });
}

export async function stateHandler(rt: EmulatorRuntime, ctx: RequestContext): Promise<void> {
  requireSecret(rt, ctx);
  sendJson(ctx, 200, emulatorState(rt));
}

export async function listFaultsHandler(rt: EmulatorRuntime, ctx: RequestContext): Promise<void> {
  requireSecret(rt, ctx);
  sendJson(ctx, 200, { faults: rt.faults.list() });
}

export async function addFaultsHandler(rt: EmulatorRuntime, ctx: RequestContext): Promise<void> {
  requireSecret(rt, ctx);
  const body = await readJson(
    ctx.req,
    (why) => new GraphError(400, 'BadRequest', `Invalid fault: ${why}.`),
  );
  const items = Array.isArray(body) ? body : [body];
  let specs;
  try {
    specs = items.map((i) => parseFaultSpec(i));
  } catch (e) {
    if (e instanceof FaultSpecError) throw new GraphError(400, 'BadRequest', e.message);
    throw e;
  }
  const added = specs.map((s) => rt.faults.add(s));
  sendJson(ctx, 201, { added, faults: rt.faults.list() });
}

export async function clearFaultsHandler(rt: EmulatorRuntime, ctx: RequestContext): Promise<void> {
  requireSecret(rt, ctx);
  sendJson(ctx, 200, { cleared: rt.faults.clear() });
}

export async function advanceHandler(rt: EmulatorRuntime, ctx: RequestContext): Promise<void> {
  requireSecret(rt, ctx);
  const body = await readJson(
    ctx.req,
    (why) =>
      new GraphError(400, 'BadRequest', `Invalid body: ${why}. Expected {"days": <number>}.`),
  );
  const days = (body as { days?: unknown } | null)?.days;
  if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0 || days > 3650) {
    throw new GraphError(
      400,
      'BadRequest',
      'days must be a number greater than 0 and at most 3650.',
    );
  }
  rt.clock.advance(days);
  rt.log.info(`emulator: simulated clock advanced by ${days} day(s); now day ${rt.clock.day()}`);
  sendJson(ctx, 200, emulatorState(rt));
}
