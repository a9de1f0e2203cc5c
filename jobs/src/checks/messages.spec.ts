import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_TRANSLATIONS,
  CHECK_PROSE_PATH,
  CHECKS_I18N_PATH,
  renderCheckProse,
  renderChecksI18n,
} from '../tools/checks-i18n.js';
import {
  CHECK_PROSE,
  localizedRemediationSteps,
  PROSE_LOCALES,
  untranslatedRemediation,
} from './i18n/prose.js';
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

  it('web/src/i18n/generated/check-prose.ts is what `npm run docs` generates today', () => {
    const onDisk = readFileSync(CHECK_PROSE_PATH, 'utf8');
    expect(onDisk === renderCheckProse(CHECKS), 'stale: run `npm run docs`').toBe(true);
  });
});

/** Latin words a translation may keep: cmdlets, parameters, products, page titles, URLs. */
const CJK = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

describe('check prose in every language', () => {
  it.each(CHECKS.map((c) => [c.id, c] as const))(
    '%s has its description, rationale and remediation prose in ja and zh-TW',
    (id, check) => {
      for (const locale of PROSE_LOCALES) {
        const prose = CHECK_PROSE[locale].checks[id];
        expect(prose?.description, `${locale} ${id} description`).toMatch(CJK);
        expect(prose?.rationale, `${locale} ${id} rationale`).toMatch(CJK);
        expect(untranslatedRemediation(check.remediation, locale), locale).toEqual([]);
      }
    },
  );

  it('holds prose only for checks of the catalogue, and remediation keys keep their placeholders', () => {
    const ids = new Set(CHECKS.map((c) => c.id));
    for (const locale of PROSE_LOCALES) {
      const t = CHECK_PROSE[locale];
      expect(
        Object.keys(t.checks).filter((id) => !ids.has(id)),
        locale,
      ).toEqual([]);
      for (const [english, translated] of Object.entries(t.remediation)) {
        expect(placeholders(translated), `${locale}: ${english}`).toEqual(placeholders(english));
        expect(translated, `${locale}: ${english}`).toMatch(CJK);
      }
    }
  });

  it('translates the prose of a remediation and leaves its commands exactly as written', () => {
    const text =
      'In Exchange Online PowerShell: Set-OrganizationConfig -DefaultAuthenticationPolicy "Block Basic" (the tenant\'s policy that blocks Basic auth for Autodiscover, ActiveSync and Outlook Service).';
    const ja = localizedRemediationSteps(text, 'ja');
    expect(ja).toEqual([
      { text: 'Exchange Online PowerShell で:', command: false },
      { text: 'Set-OrganizationConfig -DefaultAuthenticationPolicy "Block Basic"', command: true },
      {
        text: '(Autodiscover、ActiveSync、Outlook Service の基本認証をブロックするテナントのポリシー)',
        command: false,
      },
    ]);
    expect(localizedRemediationSteps(text, 'en')[0]!.text).toBe('In Exchange Online PowerShell:');
    expect(localizedRemediationSteps(text, 'fr')[0]!.text).toBe('In Exchange Online PowerShell:');
  });

  it('carries a server name through a prose template with a placeholder', () => {
    const text =
      'Upgrade EX01, EX02 to Exchange Server Subscription Edition (or Exchange 2019 on its latest cumulative update), then re-run the Hybrid Configuration Wizard.';
    expect(localizedRemediationSteps(text, 'zh-TW')[0]!.text).toBe(
      '將 EX01, EX02 升級至 Exchange Server Subscription Edition（或套用最新累積更新的 Exchange 2019），然後重新執行混合式設定精靈。',
    );
    expect(untranslatedRemediation('Something nobody wrote down.', 'ja')).toEqual([
      'Something nobody wrote down.',
    ]);
  });
});
