import { render, screen } from '@testing-library/react';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { AdminContext, RecordContextProvider, memoryStore } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_TEXT } from '../i18n/generated/checks';
import { LOCALES, type LocaleCode } from '../i18n/locales';
import { messages } from '../i18n/messages';
import { CheckSummaryField, CheckTitleField, type CheckTextRecord } from './check-text';

/** A stored result as the API returns it: English summary, and the message it was rendered from. */
const RESULT: CheckTextRecord = {
  checkId: 'ROLLOUT.PILOT_COVERAGE',
  title: 'Every member of the pilot wave is covered by a policy that blocks Basic auth',
  summary: '1234 of 2000 pilot users with a mailbox (61.7%) in "Pilot" are covered.',
  message: {
    code: 'ROLLOUT.PILOT_COVERAGE.coverage',
    params: { covered: 1234, total: 2000, ratio: 0.617, wave: 'Pilot' },
  },
};

function renderIn(locale: LocaleCode, record: CheckTextRecord) {
  const i18nProvider = polyglotI18nProvider((l) => messages[l as LocaleCode], locale, [...LOCALES]);
  return render(
    <AdminContext i18nProvider={i18nProvider} store={memoryStore()}>
      <RecordContextProvider value={record}>
        <div data-testid="title">
          <CheckTitleField />
        </div>
        <div data-testid="summary">
          <CheckSummaryField />
        </div>
      </RecordContextProvider>
    </AdminContext>,
  );
}

describe('CheckSummaryField and CheckTitleField', () => {
  it('render the English the server stored, in English', () => {
    renderIn('en', RESULT);
    expect(screen.getByTestId('summary').textContent).toBe(RESULT.summary);
    expect(screen.getByTestId('title').textContent).toContain(RESULT.title);
  });

  it('render a result in Japanese: the template with numbers and the percentage in the locale', () => {
    renderIn('ja', RESULT);
    expect(screen.getByTestId('summary').textContent).toBe(
      '"Pilot" のメールボックスを持つパイロット ユーザー 2,000 人中 1,234 人 (61.7%) が対象になっています。',
    );
    expect(screen.getByTestId('title').textContent).toContain(
      CATALOGUE_TEXT.ja.checks['ROLLOUT.PILOT_COVERAGE']!.title,
    );
  });

  it('render a result in Traditional Chinese, nested messages and lists included', () => {
    renderIn('zh-TW', {
      checkId: 'ROLLOUT.SCHEDULE',
      summary: 'English',
      message: {
        code: 'ROLLOUT.SCHEDULE.warn',
        params: {
          count: 2,
          waves: [
            {
              code: 'ROLLOUT.SCHEDULE.late_wave',
              params: { wave: 'A', covered: 1, total: 4, ratio: 0.25 },
            },
            {
              code: 'ROLLOUT.SCHEDULE.late_wave',
              params: { wave: 'B', covered: 0, total: 2, ratio: 0 },
            },
          ],
        },
      },
    });
    const text = screen.getByTestId('summary').textContent ?? '';
    expect(text).toMatch(/^2 個梯次延遲：/);
    expect(text).toContain('"A" (1/4，25.0%)');
    expect(text).toContain('"B" (0/2，0.0%)');
    expect(screen.getByTestId('title').textContent).toContain(
      CATALOGUE_TEXT['zh-TW'].checks['ROLLOUT.SCHEDULE']!.title,
    );
  });

  it('words why a check could not be judged in the locale, the stale date included', () => {
    const capturedAt = '2026-11-30T09:15:00.000Z';
    const stale = {
      code: 'RUN.ERROR.reason',
      params: {
        reason: {
          code: 'RUN.REASON.source_stale',
          params: { source: 'exchangeOnline', capturedAt, hours: 48 },
        },
      },
    };
    renderIn('ja', { checkId: 'EXO.AUTHPOL.BLOCKS_BASIC', summary: 'English', message: stale });
    const date = new Intl.DateTimeFormat('ja', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(capturedAt),
    );
    expect(screen.getByTestId('summary').textContent).toBe(
      `評価できません: データが古すぎます: 最新の exchangeOnline データ (${date}) が 48 時間より前のものです。`,
    );
  });

  it('separates the names of a plain list visibly in Japanese, names with spaces included', () => {
    renderIn('ja', {
      checkId: 'EXO.AUTHPOL.BLOCKS_BASIC',
      summary: 'English',
      message: {
        code: 'EXO.AUTHPOL.BLOCKS_BASIC.pass',
        params: {
          blocking: 2,
          total: 2,
          names: ['Block Basic Auth', 'Basic auth exceptions (SMTP)'],
        },
      },
    });
    expect(screen.getByTestId('summary').textContent).toContain(
      'Block Basic Auth、Basic auth exceptions (SMTP)',
    );
  });

  it('fall back to the English summary for a result without a message or with an unknown code', () => {
    renderIn('ja', { checkId: 'X', summary: 'Old English summary', message: null });
    expect(screen.getByTestId('summary').textContent).toBe('Old English summary');
  });

  it('fall back to English for an unknown code', () => {
    renderIn('ja', { checkId: 'X', summary: 'English', message: { code: 'NO.SUCH', params: {} } });
    expect(screen.getByTestId('summary').textContent).toBe('English');
  });
  it('renders a Conditional Access summary with its nested narrowings in Japanese', () => {
    renderIn('ja', {
      checkId: 'ENTRA.CA.BLOCK_LEGACY_AUTH',
      summary: 'English',
      message: {
        code: 'ENTRA.CA.BLOCK_LEGACY_AUTH.warn_narrowed',
        params: {
          missing: ['exchangeActiveSync', 'other'],
          narrowings: {
            code: 'CA.NARROWING.list',
            params: {
              policies: [
                {
                  code: 'CA.NARROWING.policy',
                  params: {
                    policy: 'Block legacy',
                    parts: [
                      { code: 'CA.NARROWING.SIGN_IN_RISK', params: { levels: ['high'] } },
                      { code: 'CA.NARROWING.CLIENT_APPLICATIONS', params: {} },
                    ],
                  },
                },
              ],
            },
          },
        },
      },
    });
    const text = screen.getByTestId('summary').textContent ?? '';
    expect(text).toMatch(/^レガシ認証 \(exchangeActiveSync.*other\) は絞り込み条件の下でしか/);
    expect(text).toContain(
      '"Block legacy": サインインのリスク high でのみ適用、ユーザーではなくワークロード ID (サービス プリンシパル) が対象。',
    );
    expect(text).not.toMatch(/only at|narrowing/);
  });
});
