import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_TRANSLATIONS,
  CHECKS_I18N_PATH,
  renderChecksI18n,
} from '../tools/checks-i18n.js';
import { exoAuthPolicyOrgDefault } from './catalogue/exchange-online.js';
import { evaluateCheck } from './evaluate.js';
import { englishTemplates, placeholders, renderEnglish } from './catalogue/messages.js';
import { CHECKS } from './registry.js';
import { allowingExoPolicy, tenantWaiver, wave } from './testing/fixtures.js';
import { makeView } from './testing/view-factory.js';

const codes = [...englishTemplates().keys()];

describe('summary messages', () => {
  it.each(codes)('%s has ja and zh-TW templates with exactly the English placeholders', (code) => {
    const en = placeholders(englishTemplates().get(code)!);
    for (const [locale, t] of Object.entries(CATALOGUE_TRANSLATIONS)) {
      const template = t.messages[code];
      expect(template, `${locale} ${code}`).toBeTypeOf('string');
      expect(placeholders(template!), `${locale} ${code}`).toEqual(en);
    }
  });

  it('translations hold no code the catalogue no longer emits, and every check has its titles', () => {
    for (const [locale, t] of Object.entries(CATALOGUE_TRANSLATIONS)) {
      expect(
        Object.keys(t.messages).filter((c) => !englishTemplates().has(c)),
        locale,
      ).toEqual([]);
      for (const check of CHECKS)
        expect(t.checks[check.id]?.title, `${locale} ${check.id}`).toBeTruthy();
    }
  });

  it('renders a waived outcome in English exactly as the stored summary (a nested message)', () => {
    const view = makeView({
      exchangeOnline: {
        authenticationPolicies: [allowingExoPolicy('Open')],
        organizationConfig: { DefaultAuthenticationPolicy: 'Open' },
      },
      waves: [wave({ groupId: 'g' })],
      waivers: [tenantWaiver('EXO.AUTHPOL.ORG_DEFAULT')],
    });
    const result = evaluateCheck(exoAuthPolicyOrgDefault, view);
    expect(result.status).toBe('WAIVED');
    expect(result.message?.code).toBe('RUN.WAIVED');
    expect(renderEnglish(result.message!)).toBe(result.summary);
    expect(result.summary).toBe(
      'Waived (would be WARN): The organization default authentication policy "Open" still allows Basic auth; a rollout is in progress (1 wave).',
    );
  });

  it('formats plurals, percentages and lists in English', () => {
    expect(
      renderEnglish({
        code: 'ROLLOUT.SCHEDULE.warn',
        params: {
          count: 2,
          waves: [
            {
              code: 'ROLLOUT.SCHEDULE.late_wave',
              params: { wave: 'Pilot', covered: 3, total: 4, ratio: 0.75 },
            },
            {
              code: 'ROLLOUT.SCHEDULE.late_wave',
              params: { wave: 'Wave 2', covered: 0, total: 1, ratio: 0 },
            },
          ],
        },
      }),
    ).toBe('2 waves are late: "Pilot" (3/4, 75.0%), "Wave 2" (0/1, 0.0%).');
  });

  it('web/src/i18n/generated/checks.ts is what `npm run docs` generates today', () => {
    const onDisk = readFileSync(CHECKS_I18N_PATH, 'utf8');
    expect(onDisk === renderChecksI18n(CHECKS), 'stale: run `npm run docs`').toBe(true);
  });
});
