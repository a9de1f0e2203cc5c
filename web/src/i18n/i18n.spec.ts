import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { CHECK_STATUSES } from '../posture/enums';
import { flatten } from './deep-merge';
import { en } from './en';
import { ja } from './ja';
import { LOCALES, pickLocale } from './locales';
import { messages } from './messages';
import { zhTW } from './zh-TW';

const translations = { ja, 'zh-TW': zhTW };
const ours = flatten(en);
const placeholders = (text: string) => new Set(text.match(/%\{\w+\}/g) ?? []);

describe.each(Object.entries(translations))('%s messages', (_locale, translated) => {
  const flat = flatten(translated);

  it.each([...ours.keys()])('translates %s', (key) => {
    const value = flat.get(key);
    expect(typeof value).toBe('string');
    expect((value as string).trim()).not.toBe('');
    expect(value).not.toBe(key);
  });

  it('names every check status differently from English', () => {
    for (const status of CHECK_STATUSES) {
      expect(flat.get(`posture.status.${status}`)).not.toBe(en.posture.status[status]);
    }
  });

  it('uses only placeholders the English message has', () => {
    const english = flatten(messages.en);
    for (const [key, value] of flat) {
      const source = english.get(key);
      expect(typeof source, key).toBe('string');
      for (const name of placeholders(value as string)) {
        expect(placeholders(source as string), `${key} ${name}`).toContain(name);
      }
    }
  });
});

describe('merged messages', () => {
  it.each(LOCALES.map(({ locale }) => locale))('%s has every react-admin key', (locale) => {
    const merged = flatten(messages[locale]);
    for (const key of flatten(englishMessages).keys()) expect(merged.has(key), key).toBe(true);
  });

  it('labels the login username as an e-mail address', () => {
    expect(flatten(messages.en).get('ra.auth.username')).toBe('E-mail');
  });
});

describe('pickLocale', () => {
  it.each([
    [['ja-JP', 'en-US'], 'ja'],
    [['zh-TW'], 'zh-TW'],
    [['zh-Hant-HK'], 'zh-TW'],
    [['zh-CN', 'en'], 'en'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('%j → %s', (preferred, expected) => {
    expect(pickLocale(preferred)).toBe(expected);
  });
});
