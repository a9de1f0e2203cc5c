import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { deepMerge } from './deep-merge';
import { en } from './en';
import { ja } from './ja';
import type { LocaleCode } from './locales';
import { zhTW } from './zh-TW';

const english = deepMerge(englishMessages, en);

/** Every locale is merged over the full English set, so no key is ever missing. */
export const messages: Record<LocaleCode, TranslationMessages> = {
  en: english,
  ja: deepMerge(english, ja),
  'zh-TW': deepMerge(english, zhTW),
};
