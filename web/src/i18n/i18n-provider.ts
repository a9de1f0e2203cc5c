import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { makeFormat, type Format } from './format';
import { DEFAULT_LOCALE, LOCALES, isLocaleCode, pickLocale } from './locales';
import { messages } from './messages';

const polyglot = polyglotI18nProvider(
  (locale) => messages[isLocaleCode(locale) ? locale : DEFAULT_LOCALE],
  pickLocale(navigator.languages),
  [...LOCALES],
);

// The browser picks Japanese or Chinese glyphs for the same characters from <html lang>.
const setDocumentLanguage = (locale: string) => {
  document.documentElement.lang = locale;
};

/** react-admin keeps the user's choice in its store and restores it on the next visit. */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    setDocumentLanguage(locale);
  },
};

setDocumentLanguage(polyglot.getLocale());

/**
 * The formatters outside React (a resource's `recordRepresentation`, which names a record in
 * page titles and links): the language react-admin last switched to. Components use useFormat.
 */
export function currentFormat(): Format {
  return makeFormat(i18nProvider.getLocale());
}
