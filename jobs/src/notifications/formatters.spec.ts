import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { emailBody, slackBody, teamsBody, webhookBody } from './formatters.js';
import {
  alertLink,
  MESSAGE_VERSION,
  type NotificationAlert,
  type NotificationMessage,
} from './message.js';
import { parseRetryAfter, retryDelayMs } from './sender.js';
import { postureSignature, verifyPostureSignature, webhookHeaders } from './signing.js';

// --- Schemas written from the vendors' documentation (cited in formatters.ts) ---------------

/**
 * The Teams Workflows webhook body: a message activity with Adaptive Card attachments
 * ("Create an Incoming Webhook", learn.microsoft.com), the card per the Adaptive Card schema
 * (adaptivecards.io/explorer): `type: AdaptiveCard`, `version` at least 1.4 here, `body` of
 * elements, `actions` of Action.OpenUrl with an absolute URL; the whole under 28 KB.
 */
const textBlock = z.object({
  type: z.literal('TextBlock'),
  text: z.string().min(1),
  wrap: z.boolean().optional(),
  size: z.enum(['Small', 'Default', 'Medium', 'Large', 'ExtraLarge']).optional(),
  weight: z.enum(['Lighter', 'Default', 'Bolder']).optional(),
  isSubtle: z.boolean().optional(),
});
const openUrl = z.object({
  type: z.literal('Action.OpenUrl'),
  url: z.string().url(),
  title: z.string().optional(),
});
const factSet = z.object({
  type: z.literal('FactSet'),
  facts: z.array(z.object({ title: z.string(), value: z.string() })).min(1),
});
const container = z.object({
  type: z.literal('Container'),
  separator: z.boolean().optional(),
  items: z.array(z.union([textBlock, factSet])).min(1),
  selectAction: openUrl.optional(),
});
const adaptiveCard = z.object({
  $schema: z.literal('http://adaptivecards.io/schemas/adaptive-card.json'),
  type: z.literal('AdaptiveCard'),
  version: z.string().refine((v) => {
    const [maj, min] = v.split('.').map(Number);
    return maj! > 1 || (maj === 1 && min! >= 4);
  }, 'version must be 1.4 or later'),
  body: z.array(z.union([textBlock, container])).min(1),
  actions: z.array(openUrl).optional(),
});
const teamsMessage = z
  .object({
    type: z.literal('message'),
    attachments: z
      .array(
        z.object({
          contentType: z.literal('application/vnd.microsoft.card.adaptive'),
          contentUrl: z.null().optional(),
          content: adaptiveCard,
        }),
      )
      .length(1),
  })
  .strict()
  .refine((m) => Buffer.byteLength(JSON.stringify(m)) <= 28 * 1024, 'over 28 KB');

/**
 * Slack incoming webhook with blocks ("Blocks" reference, api.slack.com): at most 50 blocks;
 * section text (mrkdwn or plain_text) 1–3000 characters; header plain_text at most 150;
 * context at most 10 elements; `text` the fallback.
 */
const slackText = (max: number) =>
  z.object({
    type: z.enum(['mrkdwn', 'plain_text']),
    text: z.string().min(1).max(max),
    emoji: z.boolean().optional(),
  });
const slackBlock = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('header'),
    text: slackText(150).extend({ type: z.literal('plain_text') }),
  }),
  z.object({ type: z.literal('section'), text: slackText(3000) }),
  z.object({ type: z.literal('divider') }),
  z.object({ type: z.literal('context'), elements: z.array(slackText(3000)).min(1).max(10) }),
]);
const slackMessage = z
  .object({ text: z.string().min(1).max(40_000), blocks: z.array(slackBlock).min(1).max(50) })
  .strict();

// --- Messages ---------------------------------------------------------------------------------

function alert(i: number, over: Partial<NotificationAlert> = {}): NotificationAlert {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    checkId: `EXO.CHECK_${i}`,
    title: `Check number ${i} <b>&</b>`,
    severity: i % 2 ? 'HIGH' : 'CRITICAL',
    kind: 'REGRESSION',
    beforeStatus: 'PASS',
    afterStatus: 'FAIL',
    latestStatus: 'FAIL',
    summary: `Summary ${i}: ${'x'.repeat(40)}`,
    itemsCount: i,
    ...over,
  };
}

function message(alerts: NotificationAlert[], over: Partial<NotificationMessage> = {}) {
  const m: NotificationMessage = {
    version: MESSAGE_VERSION,
    id: '11111111-1111-4111-8111-111111111111',
    event: 'OPENED',
    tenant: { id: '22222222-2222-4222-8222-222222222222', name: 'Contoso <Ltd>' },
    at: '2026-12-02T10:00:00.000Z',
    runId: '33333333-3333-4333-8333-333333333333',
    actor: null,
    alerts,
    ...over,
  };
  return m;
}

const PUBLIC = 'https://posture.example.com';

describe('Teams (Workflows webhook, Adaptive Card 1.4)', () => {
  it('one alert: the documented shape, with a link to the alert page', () => {
    const body = teamsBody(message([alert(1)]), PUBLIC);
    teamsMessage.parse(body);
    const card = body.attachments[0]!.content;
    expect(card.version).toBe('1.4');
    expect(card.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: 'Open the alert',
        url: `${PUBLIC}/#/Alert/${alert(1).id}/show`,
      },
    ]);
    expect(JSON.stringify(card)).toContain('PASS → FAIL');
    expect(JSON.stringify(card)).toContain('EXO.CHECK_1');
  });

  it('a burst of 200 alerts stays valid and under 28 KB, saying how many more there are', () => {
    const many = Array.from({ length: 200 }, (_, i) => alert(i, { summary: 's'.repeat(2000) }));
    const body = teamsBody(message(many), PUBLIC);
    teamsMessage.parse(body);
    expect(JSON.stringify(body)).toMatch(/…and \d+ more/);
    expect(body.attachments[0]!.content.actions[0]!.url).toBe(`${PUBLIC}/#/Alert`);
  });

  it('without a public URL there are no links, and the card is still valid', () => {
    const body = teamsBody(message([alert(1)]), null);
    teamsMessage.parse(body);
    expect(JSON.stringify(body)).not.toContain('Action.OpenUrl');
  });
});

describe('Slack (incoming webhook, Block Kit)', () => {
  it('one alert: header, one section, fallback text; mrkdwn escaped', () => {
    const body = slackBody(message([alert(1)]), PUBLIC);
    slackMessage.parse(body);
    expect(body.blocks).toHaveLength(2);
    expect(body.text).toContain('Contoso <Ltd>: 1 alert opened');
    const section = JSON.stringify(body.blocks[1]);
    expect(section).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
    expect(section).toContain(`<${alertLink(PUBLIC, alert(1).id)}|`);
  });

  it('a burst of 200 alerts: at most 50 blocks, every text within its limit, "…and N more"', () => {
    const many = Array.from({ length: 200 }, (_, i) => alert(i, { summary: 'y'.repeat(5000) }));
    const body = slackBody(message(many, { tenant: { id: null, name: 'T'.repeat(400) } }), PUBLIC);
    slackMessage.parse(body);
    expect(body.blocks).toHaveLength(50);
    const last = body.blocks.at(-1) as { text: { text: string } };
    expect(last.text.text).toMatch(/^…and 153 more/);
  });

  it('an acknowledgement names who and why in a context block', () => {
    const body = slackBody(
      message([alert(1)], { event: 'ACKNOWLEDGED', actor: { by: 'ann@x', comment: 'on it' } }),
      null,
    );
    slackMessage.parse(body);
    expect(body.blocks[1]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'By ann@x: on it' }],
    });
  });
});

describe('e-mail and generic webhook', () => {
  it('e-mail has a text and an HTML part, the HTML escaped', () => {
    const { subject, text, html } = emailBody(message([alert(1)]), PUBLIC);
    expect(subject).toBe('[posture watch] Contoso <Ltd>: 1 alert opened');
    expect(text).toContain('Check number 1 <b>&</b> (EXO.CHECK_1)');
    expect(html).toContain('Check number 1 &lt;b&gt;&amp;&lt;/b&gt;');
    expect(html).toContain('Contoso &lt;Ltd&gt;');
    expect(html).not.toContain('<b>&</b>');
  });

  it('webhook JSON is versioned, carries the idempotency key and each alert link', () => {
    const body = webhookBody(message([alert(1), alert(2)]), PUBLIC);
    expect(body).toMatchObject({ version: 1, id: message([]).id, event: 'OPENED' });
    expect(body.alerts.map((a) => a.url)).toEqual([
      `${PUBLIC}/#/Alert/${alert(1).id}/show`,
      `${PUBLIC}/#/Alert/${alert(2).id}/show`,
    ]);
  });
});

describe('signing', () => {
  const secret = 'a-long-enough-secret';
  const now = new Date('2026-12-02T10:00:00Z');

  it('the headers verify, and any change to body, time or secret does not', () => {
    const body = '{"a":1}';
    const h = webhookHeaders(secret, 'msg-1', body, now);
    expect(h['idempotency-key']).toBe('msg-1');
    expect(h['x-posture-delivery']).toBe('msg-1');
    expect(h['x-posture-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    const ts = h['x-posture-timestamp']!;
    expect(verifyPostureSignature(secret, ts, body, h['x-posture-signature'], now)).toBe(true);
    expect(verifyPostureSignature(secret, ts, '{"a":2}', h['x-posture-signature'], now)).toBe(
      false,
    );
    expect(
      verifyPostureSignature('another-secret-x', ts, body, h['x-posture-signature'], now),
    ).toBe(false);
    expect(
      verifyPostureSignature(secret, Number(ts) + 1, body, h['x-posture-signature'], now),
    ).toBe(false);
  });

  it('an old (or far future) timestamp is rejected even with a good signature', () => {
    const ts = Math.floor(now.getTime() / 1000) - 301;
    const sig = postureSignature(secret, ts, 'b');
    expect(verifyPostureSignature(secret, ts, 'b', sig, now)).toBe(false);
    expect(verifyPostureSignature(secret, ts, 'b', sig, now, 600)).toBe(true);
    const future = ts + 602;
    expect(
      verifyPostureSignature(secret, future, 'b', postureSignature(secret, future, 'b'), now),
    ).toBe(false);
  });
});

describe('retries', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  it('Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('exponential backoff with full jitter, capped, never before Retry-After', () => {
    const policy = { baseMs: 1000, capMs: 60_000 };
    expect(retryDelayMs(1, policy, null, () => 0.999)).toBe(999);
    expect(retryDelayMs(4, policy, null, () => 0.999)).toBe(7992);
    expect(retryDelayMs(30, policy, null, () => 0.999)).toBe(59_940);
    expect(retryDelayMs(3, policy, null, () => 0)).toBe(0);
    expect(retryDelayMs(1, policy, 30_000, () => 0.5)).toBe(30_000);
  });
});
