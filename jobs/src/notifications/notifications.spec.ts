import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { Forbidden, InvalidInput, NotFound } from '../errors.js';
import { ALL_TENANTS } from '../scope.js';
import { httpReceiver, smtpReceiver, eventually } from '../testing/receivers.js';
import { testContext, type TestContext } from '../testing/services.js';
import type { NotificationMessage } from './message.js';
import { verifyPostureSignature } from './signing.js';

/**
 * The outbox end to end inside the domain, over real PostgreSQL, a real HTTP receiver and a real
 * SMTP server: runs open and resolve alerts, their messages are written in the run's
 * transaction, and the delivery worker sends them (signed, retried, recorded).
 */
let ctx: TestContext;
let http: Awaited<ReturnType<typeof httpReceiver>>;
let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
const SECRET = 'receiver-shared-secret';
const PILOT = 'ROLLOUT.PILOT_COVERAGE';
const BLOCKS_BASIC = 'EXO.AUTHPOL.BLOCKS_BASIC';
const names = ['ann', 'bob', 'cid'];
const page = { page: 0, perPage: 100 };

beforeAll(async () => {
  http = await httpReceiver();
  smtp = await smtpReceiver();
  ctx = await testContext(inject('templateDatabaseUrl'), {
    sweepMs: 100,
    retryBaseMs: 200,
    retryCapMs: 1000,
    timeoutMs: 2000,
    smtpUrl: smtp.url,
    smtpFrom: 'posture@test.local',
  });
  await ctx.delivery.start();
});
afterAll(async () => {
  await ctx?.close();
  await http?.close();
  await smtp?.close();
});
afterEach(() => http.setMode('ok'));

let seconds = 0;
const nextCapture = () => new Date(Date.now() - 3_600_000 + ++seconds * 1000).toISOString();

async function snapshot(tenantId: string, uncovered: string[] = [], allowActiveSync = false) {
  await ctx.ingest.ingestSnapshot(ALL_TENANTS, tenantId, {
    capturedAt: nextCapture(),
    exchangeOnline: {
      organizationConfig: { DefaultAuthenticationPolicy: null },
      authenticationPolicies: [
        {
          Name: 'Block',
          AllowBasicAuthActiveSync: allowActiveSync,
          AllowBasicAuthAutodiscover: false,
          AllowBasicAuthOutlookService: false,
        },
      ],
      users: names.map((u, i) => ({
        UserPrincipalName: `${u}@contoso.com`,
        ExternalDirectoryObjectId: `00000000-0000-4000-8000-00000000000${i}`,
        AuthenticationPolicy: uncovered.includes(u) ? null : 'Block',
        RecipientTypeDetails: 'UserMailbox',
      })),
    },
    entra: {
      groups: [
        {
          id: 'pilot-1',
          displayName: 'Pilot',
          members: names.map((u, i) => ({
            id: `00000000-0000-4000-8000-00000000000${i}`,
            userPrincipalName: `${u}@contoso.com`,
          })),
        },
      ],
      users: [],
      conditionalAccessPolicies: [],
    },
  });
}

async function coveredTenant(name: string) {
  const t = await ctx.tenants.create({ name });
  await snapshot(t.id);
  await ctx.waves.create(ALL_TENANTS, t.id, { name: 'Pilot', groupId: 'pilot-1', order: 1 });
  return t;
}

async function run(tenantId: string) {
  const r = await ctx.runs.run(ALL_TENANTS, tenantId, 'MANUAL');
  expect(r?.status, r?.error ?? '').toBe('SUCCEEDED');
  return r!;
}

const messagesOf = (channelId: string) =>
  ctx.db.prisma.notificationMessage.findMany({
    where: { channelId },
    orderBy: { createdAt: 'asc' },
  });
const parsed = (path: string) =>
  http.on(path).map((r) => JSON.parse(r.body) as Record<string, unknown>);

/** Waits until nothing of the tenant is PENDING in the outbox (delivered or expired). */
const settled = (tenantId: string) =>
  eventually(
    () => ctx.db.prisma.notificationMessage.count({ where: { tenantId, state: 'PENDING' } }),
    (n) => n === 0,
  );

describe('notifications through the outbox (real PostgreSQL, HTTP receiver, SMTP server)', () => {
  it('a regression: exactly one signed message per matching channel; still failing: nothing; fixed: one resolve', async () => {
    const t = await coveredTenant('Contoso');
    const other = await coveredTenant('Fabrikam');
    const mk = (kind: string, name: string, extra: Record<string, unknown> = {}) =>
      ctx.notifications.create(ALL_TENANTS, 'admin@test', {
        kind,
        name,
        tenantId: t.id,
        publicUrl: 'https://posture.example.com',
        minSeverity: 'HIGH',
        ...extra,
      });
    const webhook = await mk('WEBHOOK', 'hook', { url: `${http.url}/hook`, secret: SECRET });
    await mk('TEAMS', 'teams', { url: `${http.url}/teams` });
    await mk('SLACK', 'slack', { url: `${http.url}/slack` });
    const email = await mk('EMAIL', 'mail', { emailTo: 'sec@contoso.com, soc@contoso.com' });
    // Not matching: too high a minimum, another kind, another tenant, disabled.
    const critical = await mk('WEBHOOK', 'crit', {
      url: `${http.url}/crit`,
      secret: SECRET,
      minSeverity: 'CRITICAL',
    });
    const blind = await mk('WEBHOOK', 'blind', {
      url: `${http.url}/blind`,
      secret: SECRET,
      kinds: ['BLIND_SPOT'],
    });
    const elsewhere = await mk('WEBHOOK', 'else', {
      url: `${http.url}/else`,
      secret: SECRET,
      tenantId: other.id,
    });
    const off = await mk('WEBHOOK', 'off', {
      url: `${http.url}/off`,
      secret: SECRET,
      enabled: false,
    });
    expect(webhook).toMatchObject({ hasUrl: true, hasSecret: true, tenantIds: [t.id] });
    expect(JSON.stringify(webhook)).not.toContain(http.url);
    expect(JSON.stringify(webhook)).not.toContain(SECRET);

    await run(t.id);
    await run(other.id);
    await snapshot(t.id, ['cid']);
    await run(t.id);
    await settled(t.id);

    // One message each, the webhook signed with the channel's secret.
    for (const path of ['/hook', '/teams', '/slack']) expect(http.on(path)).toHaveLength(1);
    for (const path of ['/crit', '/blind', '/else', '/off']) expect(http.on(path)).toHaveLength(0);
    const [hook] = http.on('/hook');
    expect(
      verifyPostureSignature(
        SECRET,
        hook!.headers['x-posture-timestamp'] as string,
        hook!.body,
        hook!.headers['x-posture-signature'] as string,
      ),
    ).toBe(true);
    const body = JSON.parse(hook!.body) as NotificationMessage & { alerts: Array<{ url: string }> };
    expect(hook!.headers['idempotency-key']).toBe(body.id);
    expect(body).toMatchObject({
      version: 1,
      event: 'OPENED',
      tenant: { id: t.id, name: 'Contoso' },
      alerts: [
        {
          checkId: PILOT,
          severity: 'HIGH',
          beforeStatus: 'PASS',
          afterStatus: 'FAIL',
          itemsCount: 1,
        },
      ],
    });
    expect(body.alerts[0]!.url).toMatch(
      /^https:\/\/posture\.example\.com\/#\/Alert\/[0-9a-f-]+\/show$/,
    );
    expect(parsed('/teams')[0]).toMatchObject({ type: 'message' });
    expect(parsed('/slack')[0]).toMatchObject({
      blocks: expect.any(Array),
      text: expect.stringContaining('Contoso: 1 alert opened'),
    });
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to.sort()).toEqual(['sec@contoso.com', 'soc@contoso.com']);
    expect(smtp.mails[0]!.raw).toMatch(/Content-Type: text\/plain/);
    expect(smtp.mails[0]!.raw).toMatch(/Content-Type: text\/html/);
    const [mailMessage] = await messagesOf(email.id);
    expect(smtp.mails[0]!.raw).toContain(`X-Posture-Delivery: ${mailMessage!.id}`);
    expect((await messagesOf(webhook.id))[0]!.id).toBe(body.id);
    // Every attempt is recorded: one successful delivery per message.
    const deliveries = await ctx.notifications.deliveries(ALL_TENANTS, page, {
      channelId: webhook.id,
    });
    expect(deliveries).toMatchObject([
      { ok: true, statusCode: 200, attempt: 1, event: 'OPENED', messageState: 'DELIVERED' },
    ]);
    expect((await ctx.notifications.get(ALL_TENANTS, email.id)).lastDelivery).toMatchObject({
      ok: true,
      statusCode: 250,
    });

    // Still failing (one more user uncovered): the alert follows the run, no message.
    await snapshot(t.id, ['bob', 'cid']);
    await run(t.id);
    await settled(t.id);
    expect(await messagesOf(webhook.id)).toHaveLength(1);
    expect(http.on('/hook')).toHaveLength(1);

    // Fixed: one RESOLVED message per channel.
    await snapshot(t.id);
    await run(t.id);
    await settled(t.id);
    expect(parsed('/hook').map((b) => b.event)).toEqual(['OPENED', 'RESOLVED']);
    expect(http.on('/teams')).toHaveLength(2);
    expect(http.on('/slack')).toHaveLength(2);
    expect(smtp.mails).toHaveLength(2);
    for (const c of [critical, blind, elsewhere, off]) expect(await messagesOf(c.id)).toEqual([]);
  });

  it('a run that regresses several checks sends one message per channel listing them all', async () => {
    const t = await coveredTenant('Several');
    const hook = await ctx.notifications.create(ALL_TENANTS, 'admin@test', {
      kind: 'WEBHOOK',
      name: 'several',
      tenantId: t.id,
      url: `${http.url}/several`,
      secret: SECRET,
      minSeverity: 'INFO',
      kinds: ['REGRESSION', 'BLIND_SPOT', 'WAIVER_EXPIRED'],
    });
    // A channel of every kind also hears, apart, of the INFO drift alerts the snapshot raised.
    const everything = await ctx.notifications.create(ALL_TENANTS, 'admin@test', {
      kind: 'WEBHOOK',
      name: 'everything',
      tenantId: t.id,
      url: `${http.url}/everything`,
      secret: SECRET,
      minSeverity: 'INFO',
    });
    await run(t.id);
    await snapshot(t.id, [], true);
    await run(t.id);
    await settled(t.id);
    const bodies = parsed('/several');
    expect(bodies).toHaveLength(1);
    const checks = (bodies[0]!.alerts as Array<{ checkId: string }>).map((a) => a.checkId);
    expect(checks).toEqual(expect.arrayContaining([PILOT, BLOCKS_BASIC]));
    const fromRuns = (await ctx.alerts.list(ALL_TENANTS, page, { tenantId: t.id })).filter(
      (a) => a.kind !== 'DRIFT',
    );
    expect(checks.length).toBe(fromRuns.length);
    expect(await messagesOf(hook.id)).toHaveLength(1);
    const all = parsed('/everything');
    expect(all).toHaveLength(2);
    const drift = all.find((b) => b.runId === null)!;
    expect((drift.alerts as Array<{ kind: string }>).every((a) => a.kind === 'DRIFT')).toBe(true);
    const ofRun = all.find((b) => b.runId !== null)!;
    expect((ofRun.alerts as unknown[]).length).toBe(fromRuns.length);
    expect(await messagesOf(everything.id)).toHaveLength(2);
  });

  it('a receiver that is down gets the message once it is back; every failed attempt is recorded', async () => {
    const t = await coveredTenant('Down');
    const hook = await ctx.notifications.create(ALL_TENANTS, 'admin@test', {
      kind: 'WEBHOOK',
      name: 'down',
      tenantId: t.id,
      url: `${http.url}/down`,
      secret: SECRET,
    });
    await run(t.id);
    http.setMode('reset');
    await snapshot(t.id, ['ann']);
    await run(t.id);
    await eventually(
      () => ctx.notifications.deliveries(ALL_TENANTS, page, { channelId: hook.id }),
      (d) => d.length >= 3,
    );
    http.setMode('busy', '1'); // 503 with Retry-After: 1 s
    const busyFrom = Date.now();
    await eventually(
      () => http.refused.filter((r) => r.path === '/down' && r.at.getTime() >= busyFrom).length,
      (n) => n >= 1,
    );
    http.setMode('ok');
    await settled(t.id);
    expect(http.on('/down')).toHaveLength(1);
    const attempts = (
      await ctx.notifications.deliveries(ALL_TENANTS, page, { channelId: hook.id })
    ).reverse();
    expect(attempts.length).toBeGreaterThanOrEqual(4);
    expect(attempts.map((a) => a.attempt)).toEqual(attempts.map((_, i) => i + 1));
    expect(attempts.at(-1)).toMatchObject({ ok: true, statusCode: 200, nextAttemptAt: null });
    for (const a of attempts.slice(0, -1)) {
      expect(a.ok).toBe(false);
      expect(a.nextAttemptAt).not.toBeNull();
      expect(a.error).not.toContain('127.0.0.1');
    }
    expect(attempts[0]!.error).toMatch(/network error/);
    const busy = attempts.find((a) => a.statusCode === 503)!;
    expect(busy.error).toBe('the receiver answered HTTP 503');
    // Retry-After: 1 s was honoured (full jitter alone could have retried sooner).
    expect(busy.nextAttemptAt!.getTime() - busy.createdAt.getTime()).toBeGreaterThanOrEqual(900);
    const [message] = await messagesOf(hook.id);
    expect(message).toMatchObject({ state: 'DELIVERED', attempts: attempts.length });
  });

  it('one slow channel does not hold the others', async () => {
    const t = await coveredTenant('Slow');
    const slowServer = await httpReceiver();
    slowServer.setMode('slow');
    try {
      await ctx.notifications.create(ALL_TENANTS, 'admin@test', {
        kind: 'WEBHOOK',
        name: 'slow',
        tenantId: t.id,
        url: `${slowServer.url}/slow`,
        secret: SECRET,
      });
      await ctx.notifications.create(ALL_TENANTS, 'admin@test', {
        kind: 'WEBHOOK',
        name: 'fast',
        tenantId: t.id,
        url: `${http.url}/fast`,
        secret: SECRET,
      });
      await run(t.id);
      await snapshot(t.id, ['bob']);
      const started = Date.now();
      await run(t.id);
      await eventually(
        () => http.on('/fast').length,
        (n) => n === 1,
      );
      // Well before the slow channel's 2 s time limit ran out.
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      await slowServer.close();
    }
  });

  it('people acknowledging and resolving notify the channels that ask for it, in one message for a bulk change', async () => {
    const t = await coveredTenant('People');
    const ack = await ctx.notifications.create(ALL_TENANTS, 'admin@test', {
      kind: 'WEBHOOK',
      name: 'acks',
      tenantId: t.id,
      url: `${http.url}/acks`,
      secret: SECRET,
      minSeverity: 'INFO',
      kinds: ['REGRESSION', 'BLIND_SPOT', 'WAIVER_EXPIRED'],
      notifyOnAcknowledge: true,
    });
    const noAck = await ctx.notifications.create(ALL_TENANTS, 'admin@test', {
      kind: 'WEBHOOK',
      name: 'no-acks',
      tenantId: t.id,
      url: `${http.url}/noacks`,
      secret: SECRET,
      minSeverity: 'INFO',
      kinds: ['REGRESSION', 'BLIND_SPOT', 'WAIVER_EXPIRED'],
    });
    await run(t.id);
    await snapshot(t.id, ['cid'], true);
    await run(t.id);
    // The run's regressions (the snapshot's drift alerts are another kind, and some resolved).
    const open = (
      await ctx.alerts.list(ALL_TENANTS, page, { tenantId: t.id, state: 'OPEN' })
    ).filter((a) => a.kind !== 'DRIFT');
    expect(open.length).toBeGreaterThanOrEqual(2);
    await ctx.alerts.acknowledge(
      ALL_TENANTS,
      'ana@test',
      open.map((a) => a.id),
      'looking',
    );
    await ctx.alerts.resolve(
      ALL_TENANTS,
      'ana@test',
      open.map((a) => a.id),
      'accepted',
    );
    await settled(t.id);
    expect(parsed('/acks').map((b) => b.event)).toEqual(['OPENED', 'ACKNOWLEDGED', 'RESOLVED']);
    expect(parsed('/acks')[1]).toMatchObject({ actor: { by: 'ana@test', comment: 'looking' } });
    expect((parsed('/acks')[2]!.alerts as unknown[]).length).toBe(open.length);
    expect(parsed('/noacks').map((b) => b.event)).toEqual(['OPENED', 'RESOLVED']);
    expect(await messagesOf(ack.id)).toHaveLength(3);
    expect(await messagesOf(noAck.id)).toHaveLength(2);
  });

  it('a message not delivered before it expires is given up (EXPIRED), its attempts kept', async () => {
    const t = await coveredTenant('Expiry');
    const hook = await ctx.notifications.create(ALL_TENANTS, 'admin@test', {
      kind: 'WEBHOOK',
      name: 'exp',
      tenantId: t.id,
      url: `${http.url}/exp`,
      secret: SECRET,
    });
    await run(t.id);
    http.setMode('reset');
    await snapshot(t.id, ['ann']);
    await run(t.id);
    await ctx.db.prisma.notificationMessage.updateMany({
      where: { channelId: hook.id },
      data: { expiresAt: new Date(Date.now() + 1500) },
    });
    const [m] = await eventually(
      () => messagesOf(hook.id),
      (ms) => ms[0]?.state === 'EXPIRED',
      10_000,
    );
    expect(m!.deliveredAt).toBeNull();
    expect(http.on('/exp')).toHaveLength(0);
    expect(
      (await ctx.notifications.deliveries(ALL_TENANTS, page, { channelId: hook.id })).length,
    ).toBeGreaterThan(0);
  });

  it('send test: the outcome is answered and recorded', async () => {
    const hook = await ctx.notifications.create(ALL_TENANTS, 'admin@test', {
      kind: 'WEBHOOK',
      name: 'test me',
      url: `${http.url}/test`,
      secret: SECRET,
    });
    expect(await ctx.notifications.test(ALL_TENANTS, hook.id)).toMatchObject({
      ok: true,
      statusCode: 200,
      error: null,
    });
    http.setMode('busy');
    expect(await ctx.notifications.test(ALL_TENANTS, hook.id)).toMatchObject({
      ok: false,
      statusCode: 503,
    });
    const recorded = await ctx.notifications.deliveries(ALL_TENANTS, page, { channelId: hook.id });
    expect(recorded).toMatchObject([
      { event: 'TEST', ok: false, statusCode: 503 },
      { event: 'TEST', ok: true },
    ]);
    expect((parsed('/test')[0] as { event: string }).event).toBe('TEST');
  });

  it('channels: validated field by field, scoped to the admin’s tenants, secrets write-only', async () => {
    const t = await ctx.tenants.create({ name: 'Scoped' });
    const u = await ctx.tenants.create({ name: 'Hidden' });
    const limited = { tenantIds: [t.id] };
    const problems = async (p: Promise<unknown>) => {
      const err = await p.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InvalidInput);
      return (err as InvalidInput).problems.map((x) => x.path).sort();
    };
    expect(
      await problems(ctx.notifications.create(ALL_TENANTS, 'a', { kind: 'PIGEON', name: '' })),
    ).toEqual(['kind', 'name']);
    expect(
      await problems(
        ctx.notifications.create(ALL_TENANTS, 'a', {
          kind: 'WEBHOOK',
          name: 'x'.repeat(201),
          url: 'ftp://x',
          secret: 'short',
        }),
      ),
    ).toEqual(['name', 'secret', 'url']);
    expect(
      await problems(
        ctx.notifications.create(ALL_TENANTS, 'a', {
          kind: 'SLACK',
          name: 's',
          url: 'http://hooks.slack.com/x',
        }),
      ),
    ).toEqual(['url']);
    const many = Array.from({ length: 21 }, (_, i) => `u${i}@x.com`).join(',');
    expect(
      await problems(
        ctx.notifications.create(ALL_TENANTS, 'a', { kind: 'EMAIL', name: 'm', emailTo: many }),
      ),
    ).toEqual(['emailTo']);
    expect(
      await problems(
        ctx.notifications.create(ALL_TENANTS, 'a', {
          kind: 'EMAIL',
          name: 'm',
          emailTo: 'not-an-address',
        }),
      ),
    ).toEqual(['emailTo']);
    expect(
      await problems(
        ctx.notifications.create(ALL_TENANTS, 'a', {
          kind: 'TEAMS',
          name: 't',
          url: 'https://x.example',
          minSeverity: 'WORST',
          kinds: ['NOPE'],
        }),
      ),
    ).toEqual(['kinds', 'minSeverity']);

    // An ADMIN limited to some tenants: only their channels, never an all-tenant one.
    await expect(
      ctx.notifications.create(limited, 'a', {
        kind: 'TEAMS',
        name: 'all',
        url: 'https://x.example/a',
      }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      ctx.notifications.create(limited, 'a', {
        kind: 'TEAMS',
        name: 'hid',
        url: 'https://x.example/a',
        tenantId: u.id,
      }),
    ).rejects.toBeInstanceOf(NotFound);
    const mine = await ctx.notifications.create(limited, 'a', {
      kind: 'TEAMS',
      name: 'mine',
      url: 'https://prod.westus.logic.azure.com/workflows/abc?sig=SECRETSIG',
      tenantId: t.id,
    });
    expect(mine.urlHint).toBe('prod…re.com');
    expect(JSON.stringify(mine)).not.toContain('SECRETSIG');
    const all = await ctx.notifications.create(ALL_TENANTS, 'a', {
      kind: 'TEAMS',
      name: 'everyone',
      url: 'https://x.example/b',
    });
    const seen = (await ctx.notifications.list(limited, page)).map((c) => c.id);
    expect(seen).toContain(mine.id);
    expect(seen).not.toContain(all.id);
    await expect(ctx.notifications.get(limited, all.id)).rejects.toBeInstanceOf(NotFound);
    await expect(ctx.notifications.update(limited, all.id, { name: 'x' })).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(
      ctx.notifications.update(limited, mine.id, { tenantId: null }),
    ).rejects.toBeInstanceOf(Forbidden);

    // Update: empty URL keeps the stored one; the kind cannot change.
    const renamed = await ctx.notifications.update(limited, mine.id, {
      name: 'renamed',
      url: '',
    });
    expect(renamed).toMatchObject({ name: 'renamed', hasUrl: true, urlHint: 'prod…re.com' });
    expect(await problems(ctx.notifications.update(limited, mine.id, { kind: 'SLACK' }))).toEqual([
      'kind',
    ]);
    await ctx.notifications.delete(limited, mine.id);
    await expect(ctx.notifications.get(ALL_TENANTS, mine.id)).rejects.toBeInstanceOf(NotFound);
    const stored = await ctx.db.prisma.notificationChannel.findUnique({ where: { id: all.id } });
    expect(stored!.urlEncrypted).not.toContain('x.example');
  });
});
