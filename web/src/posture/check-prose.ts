import { useLocaleState } from 'react-admin';
import { CHECK_PROSE_TEXT, type CheckProseText } from '../i18n/generated/check-prose';
import { isLocaleCode } from '../i18n/locales';

/**
 * A check's description, rationale and generic remediation steps in the user's language
 * (web/src/i18n/generated/check-prose.ts, written by `npm run docs` from the catalogue); null for
 * a check the catalogue no longer has (the page then shows what the server sent).
 */
export function useCheckProse(checkId: string | null | undefined): CheckProseText | null {
  const [locale] = useLocaleState();
  if (!checkId) return null;
  const text = isLocaleCode(locale) ? CHECK_PROSE_TEXT[locale] : CHECK_PROSE_TEXT.en;
  return text[checkId] ?? null;
}
