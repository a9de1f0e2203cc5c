/**
 * One pure formatter per channel kind, all from the one NotificationMessage model. No clock, no
 * network: what they return is exactly what is sent (formatters.spec.ts validates every shape
 * against schemas written from the vendors' documentation).
 */
import {
  alertLink,
  alertsLink,
  headline,
  MESSAGE_VERSION,
  statusChange,
  type NotificationAlert,
  type NotificationMessage,
} from './message.js';

// --- Generic webhook -------------------------------------------------------------------------

/** The generic webhook body: versioned JSON, `id` the idempotency key. */
export function webhookBody(m: NotificationMessage, publicUrl: string | null) {
  return {
    version: MESSAGE_VERSION,
    id: m.id,
    event: m.event,
    at: m.at,
    tenant: m.tenant,
    runId: m.runId,
    actor: m.actor,
    title: headline(m),
    alerts: m.alerts.map((a) => ({ ...a, url: alertLink(publicUrl, a.id) })),
  };
}

// --- Microsoft Teams (Workflows webhook, Adaptive Card) --------------------------------------

/**
 * Microsoft Teams through a Workflows webhook ("When a Teams webhook request is received"): the
 * body is a message activity whose one attachment is an Adaptive Card; Workflows accept Adaptive
 * Cards only, not the old connector MessageCard.
 * - "Create and send messages" (Workflows support Adaptive Cards only):
 *   https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using
 * - "Create an Incoming Webhook" (the `{type:'message', attachments:[{contentType:
 *   'application/vnd.microsoft.card.adaptive', content}]}` body; message size limit 28 KB;
 *   throttled with HTTP 429 beyond four requests a second):
 *   https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
 * - Adaptive Card schema (`AdaptiveCard`, `TextBlock`, `FactSet`, `Action.OpenUrl`), version 1.4:
 *   https://adaptivecards.io/explorer/ and http://adaptivecards.io/schemas/adaptive-card.json
 */
export const TEAMS_LIMITS = {
  /** Teams refuses larger messages; we stay well under it. */
  maxBytes: 28 * 1024,
  budgetBytes: 24 * 1024,
  /** Alerts listed before "…and N more". */
  maxAlerts: 20,
} as const;

export function teamsBody(m: NotificationMessage, publicUrl: string | null) {
  const list = alertsLink(publicUrl);
  const build = (shown: number) => {
    const alerts = m.alerts.slice(0, shown);
    const more = m.alerts.length - alerts.length;
    const body: unknown[] = [
      {
        type: 'TextBlock',
        text: headline(m),
        size: 'Large',
        weight: 'Bolder',
        wrap: true,
      },
    ];
    if (m.actor) {
      body.push({
        type: 'TextBlock',
        text: `By ${m.actor.by}${m.actor.comment ? `: ${m.actor.comment}` : ''}`,
        wrap: true,
        isSubtle: true,
      });
    }
    if (m.event === 'TEST') {
      body.push({
        type: 'TextBlock',
        text: 'This channel is set up: alerts will arrive here.',
        wrap: true,
      });
    }
    for (const a of alerts) {
      const link = alertLink(publicUrl, a.id);
      body.push({
        type: 'Container',
        separator: true,
        items: [
          {
            type: 'TextBlock',
            text: `${a.severity} · ${a.title}`,
            weight: 'Bolder',
            wrap: true,
          },
          {
            type: 'FactSet',
            facts: [
              { title: 'Check', value: a.checkId },
              { title: 'Kind', value: a.kind },
              { title: 'Status', value: statusChange(a, m.event) || '—' },
              { title: 'Items', value: String(a.itemsCount) },
            ],
          },
          { type: 'TextBlock', text: a.summary, wrap: true, isSubtle: true },
        ],
        ...(link ? { selectAction: { type: 'Action.OpenUrl', url: link } } : {}),
      });
    }
    if (more > 0) body.push({ type: 'TextBlock', text: `…and ${more} more`, wrap: true });
    const first = m.alerts[0];
    const actions =
      m.alerts.length === 1 && first && alertLink(publicUrl, first.id)
        ? [{ type: 'Action.OpenUrl', title: 'Open the alert', url: alertLink(publicUrl, first.id) }]
        : list
          ? [{ type: 'Action.OpenUrl', title: 'Open the alerts', url: list }]
          : [];
    return {
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          contentUrl: null,
          content: {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.4',
            body,
            actions,
          },
        },
      ],
    };
  };
  // Fewer alerts until the card fits the size budget (long summaries).
  let shown = Math.min(m.alerts.length, TEAMS_LIMITS.maxAlerts);
  let card = build(shown);
  while (shown > 0 && byteLength(card) > TEAMS_LIMITS.budgetBytes) card = build(--shown);
  return card;
}

// --- Slack (incoming webhook, Block Kit) -----------------------------------------------------

/**
 * Slack incoming webhook with Block Kit blocks and a top-level `text` fallback (shown in
 * notifications and where blocks cannot be).
 * - "Sending messages using incoming webhooks": https://api.slack.com/messaging/webhooks
 * - "Blocks" reference (at most 50 blocks in a message; section `text` at most 3000 characters;
 *   header `plain_text` at most 150 characters; context at most 10 elements):
 *   https://api.slack.com/reference/block-kit/blocks
 * - Rate limit: one message a second per webhook, HTTP 429 with Retry-After beyond it:
 *   https://api.slack.com/apis/rate-limits
 */
export const SLACK_LIMITS = {
  maxBlocks: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  /** The fallback `text`: kept short, the blocks carry the detail. */
  fallbackText: 3000,
} as const;

/** Slack mrkdwn: &, < and > must be escaped (https://api.slack.com/reference/surfaces/formatting). */
function slackEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cut(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export function slackBody(m: NotificationMessage, publicUrl: string | null) {
  const blocks: unknown[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: cut(headline(m), SLACK_LIMITS.headerText), emoji: false },
    },
  ];
  if (m.actor) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: cut(
            slackEscape(`By ${m.actor.by}${m.actor.comment ? `: ${m.actor.comment}` : ''}`),
            SLACK_LIMITS.sectionText,
          ),
        },
      ],
    });
  }
  if (m.event === 'TEST') {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: 'This channel is set up: alerts will arrive here.' },
    });
  }
  // One section per alert, keeping two blocks spare: the "…and N more" line and a divider.
  const room = SLACK_LIMITS.maxBlocks - blocks.length - 2;
  const shown = m.alerts.slice(0, Math.max(0, room));
  for (const a of shown) blocks.push(slackAlertSection(a, m, publicUrl));
  const more = m.alerts.length - shown.length;
  if (more > 0) {
    const list = alertsLink(publicUrl);
    blocks.push({ type: 'divider' });
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: list ? `…and ${more} more: <${list}|open the alerts>` : `…and ${more} more`,
      },
    });
  }
  const fallback = [
    headline(m),
    ...m.alerts.slice(0, 10).map((a) => `${a.severity} ${a.checkId}: ${a.title}`),
    ...(m.alerts.length > 10 ? [`…and ${m.alerts.length - 10} more`] : []),
  ].join('\n');
  return { text: cut(fallback, SLACK_LIMITS.fallbackText), blocks };
}

function slackAlertSection(a: NotificationAlert, m: NotificationMessage, publicUrl: string | null) {
  const link = alertLink(publicUrl, a.id);
  const title = slackEscape(a.title);
  const head = link ? `*<${link}|${title}>*` : `*${title}*`;
  const facts = `${a.severity} · ${a.kind} · \`${slackEscape(a.checkId)}\` · ${statusChange(a, m.event)} · ${a.itemsCount} item${a.itemsCount === 1 ? '' : 's'}`;
  const start = `${head}\n${facts}\n`;
  const summary = slackEscape(a.summary);
  return {
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: cut(`${start}${summary}`, SLACK_LIMITS.sectionText),
    },
  };
}

// --- E-mail -----------------------------------------------------------------------------------

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Subject, plain-text and HTML parts of an e-mail (nodemailer sends them as multipart). */
export function emailBody(m: NotificationMessage, publicUrl: string | null) {
  const subject = cut(`[posture watch] ${headline(m)}`, 200).replace(/[\r\n]+/g, ' ');
  const by = m.actor ? `By ${m.actor.by}${m.actor.comment ? `: ${m.actor.comment}` : ''}` : null;
  const textLines = [headline(m), ...(by ? [by] : []), ''];
  const rows: string[] = [];
  for (const a of m.alerts) {
    const link = alertLink(publicUrl, a.id);
    textLines.push(
      `${a.severity}  ${a.title} (${a.checkId})`,
      `  ${a.kind} · ${statusChange(a, m.event)} · ${a.itemsCount} items`,
      `  ${a.summary}`,
      ...(link ? [`  ${link}`] : []),
      '',
    );
    const title = escapeHtml(a.title);
    rows.push(
      `<tr><td>${escapeHtml(a.severity)}</td><td>${link ? `<a href="${escapeHtml(link)}">${title}</a>` : title}<br><code>${escapeHtml(a.checkId)}</code></td><td>${escapeHtml(a.kind)}</td><td>${escapeHtml(statusChange(a, m.event))}</td><td>${a.itemsCount}</td><td>${escapeHtml(a.summary)}</td></tr>`,
    );
  }
  if (m.event === 'TEST') textLines.push('This channel is set up: alerts will arrive here.');
  const html = [
    '<!doctype html><html><body>',
    `<h2>${escapeHtml(headline(m))}</h2>`,
    ...(by ? [`<p>${escapeHtml(by)}</p>`] : []),
    ...(m.event === 'TEST' ? ['<p>This channel is set up: alerts will arrive here.</p>'] : []),
    ...(rows.length
      ? [
          '<table border="1" cellpadding="4" cellspacing="0">',
          '<tr><th>Severity</th><th>Check</th><th>Kind</th><th>Status</th><th>Items</th><th>Summary</th></tr>',
          ...rows,
          '</table>',
        ]
      : []),
    `<p style="color:#666">Message ${escapeHtml(m.id)}</p>`,
    '</body></html>',
  ].join('\n');
  textLines.push(`Message ${m.id}`);
  return { subject, text: textLines.join('\n'), html };
}

function byteLength(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v), 'utf8');
}
