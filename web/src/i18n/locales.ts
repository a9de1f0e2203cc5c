/** The dashboard's languages: the one place to add another. */
export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'ja', name: '日本語' },
  { locale: 'zh-TW', name: '繁體中文' },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['locale'];

export const DEFAULT_LOCALE: LocaleCode = 'en';

export function isLocaleCode(value: string): value is LocaleCode {
  return LOCALES.some(({ locale }) => locale === value);
}

/**
 * The first supported language the browser asks for. Any Chinese other than Simplified maps
 * to Traditional (zh-TW, zh-HK, zh-Hant); Simplified Chinese falls through to the next choice.
 */
export function pickLocale(preferred: readonly string[]): LocaleCode {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('ja')) return 'ja';
    if (lower.startsWith('zh') && !/^zh-(cn|sg|hans)/.test(lower)) return 'zh-TW';
    if (lower.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}
