import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NARROWING_CODES } from '@posture/jobs';
import { describe, expect, it } from 'vitest';

/**
 * The Conditional Access checks name each narrowing by a code (jobs, NARROWING_CODES); the
 * dashboard translates each code (web/src/i18n/en.ts, posture.narrowing.code). The i18n spec
 * holds ja and zh-TW to English; this holds English to the server. (The web is read as text: it
 * is not part of this workspace's TypeScript program.)
 */
function dashboardCodes(): string[] {
  const en = readFileSync(path.resolve(__dirname, '../../../web/src/i18n/en.ts'), 'utf8');
  const start = en.indexOf('\n    narrowing: {');
  expect(start, 'posture.narrowing in en.ts').toBeGreaterThan(0);
  const code = en.indexOf('\n      code: {', start);
  const end = en.indexOf('\n      },', code);
  return [...en.slice(code, end).matchAll(/^ {8}([A-Z_]+):/gm)].map((m) => m[1]!);
}

describe('narrowing codes', () => {
  it('has a dashboard message for every code the checks emit, and none for codes they do not', () => {
    expect(dashboardCodes().sort()).toEqual([...NARROWING_CODES].sort());
  });
});
