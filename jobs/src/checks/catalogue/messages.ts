/**
 * Result summaries as messages: a code with parameters, stored with the result, which the web
 * renders in the user's language (web/src/i18n/generated/checks.ts, written by
 * tools/write-checks-i18n.ts). The English template of each code lives here, beside its check;
 * the stored English `summary` is rendered from it, so the two cannot drift.
 *
 * Template syntax (the same in every language; the web renders it with the locale):
 *   %{name}                    a value: number, string, list (joined ", "), or a nested message
 *   %{name:percent}            a ratio (0..1) as a percentage with one decimal
 *   %{name:quoted}             a string, or every item of a list, in quotes
 *   %{name:and}                a list joined with " and "
 *   %{name:slash}              a list joined with "/"
 *   %{name:join:; }            a list joined with the given separator
 *   %{name:plural:one:many}    the number and the word for it ("3 waves"); other languages
 *                              usually write %{name} and their own counter word
 *   %{name:choose:one:many}    only the word for the number (is/are)
 *   %{name:date}               an ISO 8601 instant: as is in English (the stored summary), in
 *                              the user's locale and time zone in the web
 */

/** A parameter: plain values, lists of them, or a message of its own (a sentence fragment). */
export type MessageParam = string | number | boolean | null | readonly MessageParam[] | Message;

export interface Message {
  code: string;
  params: Record<string, MessageParam>;
}

export type MessageTemplates = Record<string, string>;

const PLACEHOLDER = /%\{([A-Za-z0-9_]+)(?::([a-z]+))?((?::[^:}]*)*)\}/g;

/** Every placeholder name in a template (what the web must be given). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as Message).code === 'string' &&
    typeof (value as Message).params === 'object'
  );
}

const ENGLISH = new Map<string, string>();

/** Adds English templates; a code is defined once in the whole catalogue. */
export function defineTemplates(templates: MessageTemplates): void {
  for (const [code, template] of Object.entries(templates)) {
    if (ENGLISH.has(code)) throw new Error(`message code ${code} is defined twice`);
    ENGLISH.set(code, template);
  }
}

/** Every English template, by code. */
export function englishTemplates(): ReadonlyMap<string, string> {
  return ENGLISH;
}

function plain(value: MessageParam, render: (m: Message) => string): string {
  if (isMessage(value)) return render(value);
  if (Array.isArray(value)) return value.map((v) => plain(v, render)).join(', ');
  if (typeof value === 'number') return String(value);
  return String(value);
}

/** Renders a message in English (the stored summary). */
export function renderEnglish(message: Message): string {
  const template = ENGLISH.get(message.code);
  if (template === undefined) throw new Error(`no English template for ${message.code}`);
  return template.replace(PLACEHOLDER, (_all, name: string, directive?: string, rest?: string) => {
    if (!(name in message.params)) throw new Error(`${message.code}: no parameter ${name}`);
    const value = message.params[name]!;
    const words = (rest ?? '').split(':').slice(1);
    switch (directive) {
      case undefined:
        return plain(value, renderEnglish);
      case 'percent':
        return `${(Number(value) * 100).toFixed(1)}%`;
      case 'quoted': {
        const items = Array.isArray(value) ? value : [value];
        return items.map((v) => `"${plain(v, renderEnglish)}"`).join(', ');
      }
      case 'and': {
        const items = Array.isArray(value) ? value : [value];
        return items.map((v) => plain(v, renderEnglish)).join(' and ');
      }
      case 'slash': {
        const items = Array.isArray(value) ? value : [value];
        return items.map((v) => plain(v, renderEnglish)).join('/');
      }
      case 'join': {
        const items = Array.isArray(value) ? value : [value];
        return items.map((v) => plain(v, renderEnglish)).join(words[0] ?? ', ');
      }
      case 'plural':
        return `${Number(value)} ${Number(value) === 1 ? words[0] : words[1]}`;
      case 'choose':
        return Number(value) === 1 ? words[0]! : words[1]!;
      case 'date':
        return String(value);
      default:
        throw new Error(`${message.code}: unknown directive ${directive}`);
    }
  });
}

/** What a check returns for its summary: the message and its English rendering. */
export interface Said {
  summary: string;
  message: Message;
}

/**
 * A check's messages: `say('pass', { … })` → `{ summary, message }` to spread into an outcome;
 * `part('x', { … })` → a nested message for a parameter. Codes are `<checkId>.<key>`.
 */
export function checkMessages<K extends string>(checkId: string, templates: Record<K, string>) {
  const codes: MessageTemplates = {};
  for (const [key, t] of Object.entries<string>(templates)) codes[`${checkId}.${key}`] = t;
  defineTemplates(codes);
  const part = (key: K, params: Record<string, MessageParam> = {}): Message => ({
    code: `${checkId}.${key}`,
    params,
  });
  const say = (key: K, params: Record<string, MessageParam> = {}): Said => {
    const message = part(key, params);
    return { summary: renderEnglish(message), message };
  };
  return { say, part, codes: Object.keys(codes) };
}

/** The runner's own outcomes (absent source, cannot evaluate, waived). */
export const RUN_MESSAGES = {
  'RUN.NOT_APPLICABLE.no_source': 'Not applicable: the tenant has no %{source} data.',
  'RUN.ERROR.reason': 'Cannot evaluate: %{reason}.',
  'RUN.ERROR.thrown': 'Cannot evaluate: %{reason}',
  'RUN.WAIVED': 'Waived (would be %{wouldBe}): %{summary}',
  // Why a source cannot be judged (the reason of RUN.ERROR.reason).
  'RUN.REASON.signins_undelivered': 'sign-ins are declared for this tenant but none have arrived',
  'RUN.REASON.signins_stale': 'stale: the newest sign-in data is older than %{hours} hours',
  'RUN.REASON.signins_partial': 'sign-ins cover only part of the window',
  'RUN.REASON.source_undelivered':
    '%{source} is declared for this tenant but no snapshot carried it yet',
  'RUN.REASON.source_stale':
    'stale: the newest %{source} data (%{capturedAt:date}) is older than %{hours} hours',
} as const;
defineTemplates(RUN_MESSAGES);

export function runMessage(
  code: keyof typeof RUN_MESSAGES,
  params: Record<string, MessageParam>,
): Said {
  const message = { code, params };
  return { summary: renderEnglish(message), message };
}
