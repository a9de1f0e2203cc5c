import { remediationSteps, type RemediationStep } from '../remediation-steps.js';
import { jaProse } from './ja-prose.js';
import type { ProseTranslation } from './types.js';
import { zhTWProse } from './zh-TW-prose.js';

/** The languages beside English that the catalogue's prose is written in. */
export const PROSE_LOCALES = ['ja', 'zh-TW'] as const;
export type ProseLocale = (typeof PROSE_LOCALES)[number];

export const CHECK_PROSE: Record<ProseLocale, ProseTranslation> = {
  ja: jaProse,
  'zh-TW': zhTWProse,
};

const isProseLocale = (locale: string | null | undefined): locale is ProseLocale =>
  (PROSE_LOCALES as readonly (string | null | undefined)[]).includes(locale);

/**
 * A remediation's steps in `locale`: commands exactly as written (cmdlets, parameters and the
 * tenant's names stay as they are), each prose step in the language when it has a translation,
 * else English. English or an unknown locale: the steps unchanged.
 */
export function localizedRemediationSteps(
  text: string | null | undefined,
  locale?: string | null,
): RemediationStep[] {
  const steps = remediationSteps(text);
  if (!isProseLocale(locale)) return steps;
  return steps.map((s) =>
    s.command ? s : { ...s, text: translateProse(s.text, locale) ?? s.text },
  );
}

const PARAM = /%\{([A-Za-z0-9_]+)\}/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<string, RegExp>();

/**
 * One prose step in `locale`, or undefined. A key is the English text; a key with `%{name}` in it
 * (a server name, a count) matches any text there and the translation repeats it at its own
 * `%{name}`.
 */
export function translateProse(text: string, locale: ProseLocale): string | undefined {
  const table = CHECK_PROSE[locale].remediation;
  const exact = table[text];
  if (exact !== undefined) return exact;
  for (const [key, translation] of Object.entries(table)) {
    if (!key.includes('%{')) continue;
    let re = patterns.get(key);
    if (!re) {
      // split() with the capturing group alternates text and placeholder names.
      const source = key
        .split(PARAM)
        .map((part, i) => (i % 2 === 1 ? '(.+?)' : escape(part)))
        .join('');
      re = new RegExp(`^${source}$`);
      patterns.set(key, re);
    }
    const m = re.exec(text);
    if (!m) continue;
    const names = [...key.matchAll(PARAM)].map((x) => x[1]!);
    return translation.replace(PARAM, (_all, name: string) => m[names.indexOf(name) + 1] ?? '');
  }
  return undefined;
}

/** The prose steps of a remediation that `locale` has no translation for (the spec's check). */
export function untranslatedRemediation(
  text: string | null | undefined,
  locale: ProseLocale,
): string[] {
  return remediationSteps(text)
    .filter((s) => !s.command && translateProse(s.text, locale) === undefined)
    .map((s) => s.text);
}
