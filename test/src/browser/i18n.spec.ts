import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium } from '../support/browser.js';
import { gql } from '../support/app-process.js';
import { sharedDemoApp } from '../support/demo-app.js';

/**
 * The dashboard in Japanese (a browser that asks for ja-JP): check titles and result summaries
 * come from the catalogue's message codes, worded in Japanese, never the server's English.
 */
let demo: ReturnType<typeof sharedDemoApp>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  demo = sharedDemoApp();
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

async function shot(name: string) {
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(300);
    await page.screenshot({
      path: path.join(ARTIFACTS, `i18n-ja-${name}-${width}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('the dashboard in Japanese', () => {
  it('shows Japanese check summaries on the check results list and a Japanese title and summary on a result', async () => {
    await page.goto(demo.url);
    await page.locator('input[name="username"]').fill('admin@posture.local');
    await page.locator('input[name="password"]').fill(demo.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((u) => !u.hash.includes('login'), { timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');

    await page.getByRole('menuitem', { name: 'チェック結果' }).click();
    // Day 0 of the emulated rollout: nobody in the pilot wave has the policy yet.
    const pilot = page.locator('tr', { hasText: 'ROLLOUT.PILOT_COVERAGE' }).first();
    await pilot.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => pilot.innerText(), { timeout: 15_000 })
      .toMatch(/パイロット ユーザー [\d,]+ 人中 0 人 \(0\.0%\) が対象になっています/);
    expect(await pilot.innerText()).not.toMatch(/pilot users/);
    const basic = page.locator('tr', { hasText: 'EXO.AUTHPOL.BLOCKS_BASIC' }).first();
    expect(await basic.innerText()).toMatch(/認証ポリシー/);
    await shot('check-results');

    await pilot.click();
    await page.waitForURL((u) => /#\/CheckResult\/[^/]+\/show/.test(u.hash), { timeout: 15_000 });
    const main = page.locator('main');
    await expect
      .poll(() => main.innerText(), { timeout: 15_000 })
      .toContain(
        'パイロット ウェーブの全メンバーが基本認証をブロックするポリシーの対象になっている',
      );
    expect(await main.innerText()).toMatch(/人中 0 人 \(0\.0%\) が対象になっています/);
    // The evidence: headings and why each member is not covered in Japanese, names as they are.
    const uncovered = page.getByTestId('evidence-uncovered');
    await uncovered.waitFor({ timeout: 15_000 });
    const evidence = await uncovered.innerText();
    expect(evidence).toContain('メールボックスの場所');
    expect(evidence).toContain('自身の認証ポリシーも組織の既定もありません');
    expect(evidence).not.toMatch(/no own authentication policy|userPrincipalName|mailboxLocation/);
    // The remediation: its prose in Japanese, its commands exactly as PowerShell wants them.
    const prose = page.getByTestId('remediation-prose');
    await prose.first().waitFor({ timeout: 15_000 });
    const proseTexts = await prose.allInnerTexts();
    expect(proseTexts.length).toBeGreaterThan(0);
    for (const text of proseTexts) expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(proseTexts.join(' ')).not.toMatch(/\b(for each|the policy|In Exchange)\b/i);
    const commands = await page.getByTestId('remediation-command').allInnerTexts();
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(command).toMatch(/^\s*\$?\(?[A-Z][a-z]+-[A-Za-z]+/);
    expect(await page.getByTestId('rationale').innerText()).toMatch(
      /^元記事、Exchange Online の構成/,
    );
    await shot('check-result');
  });

  it('shows the catalogue in Japanese: a check unfolds its description, rationale and remediation', async () => {
    await page.getByRole('menuitem', { name: 'チェック項目' }).click();
    const row = page
      .locator('#main-content tbody tr', { hasText: 'EXO.AUTHPOL.BLOCKS_BASIC' })
      .first();
    await row.waitFor({ timeout: 30_000 });
    await row.locator('td').first().click();
    const details = page.getByTestId('check-details');
    await details.waitFor({ timeout: 15_000 });
    const text = await details.innerText();
    expect(text).toContain('少なくとも 1 つの認証ポリシーで AllowBasicAuthAutodiscover');
    expect(text).toContain('元記事のステップ 1');
    expect(text).toContain('New-AuthenticationPolicy -Name "Block Basic Auth Mobile"');
    expect(text).not.toMatch(/At least one authentication policy|Seed article/);
    await shot('checks');
  });

  it('shows ingestion progress in Japanese', async () => {
    await page.getByRole('menuitem', { name: '取り込み実行' }).click();
    const rows = page.locator('.RaList-content tbody tr');
    await rows.first().waitFor({ timeout: 30_000 });
    const first = await rows.first().innerText();
    expect(first).toMatch(/完了: |開始しています|ページ目/);
    expect(first).not.toMatch(/done: |starting|page \d/);
    await shot('ingestion-runs');
  });

  it("shows a refused action in Japanese: the role it needs, not the server's English", async () => {
    const login = await gql<{ login: { token: string } }>(
      demo.url,
      null,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: 'admin@posture.local', p: demo.password },
    );
    const admin = login.data!.login.token;
    // An ANALYST opens the waiver form; an ADMIN makes them a VIEWER before they save it.
    const made = await gql<{ createUser: { password: string; user: { id: string } } }>(
      demo.url,
      admin,
      'mutation($e: String!) { createUser(email: $e, role: ANALYST) { password user { id } } }',
      { e: 'i18n-analyst@example.com' },
    );
    expect(made.errors).toBeUndefined();
    const tenantId = demo.tenantId;

    const context = await browser.newContext({
      locale: 'ja-JP',
      viewport: { width: 1280, height: 900 },
    });
    const viewer = await context.newPage();
    try {
      await viewer.goto(demo.url);
      await viewer.locator('input[name="username"]').fill('i18n-analyst@example.com');
      await viewer.locator('input[name="password"]').fill(made.data!.createUser.password);
      await viewer.locator('button[type="submit"]').click();
      await viewer.waitForURL((u) => !u.hash.includes('login'), { timeout: 30_000 });
      const source = encodeURIComponent(
        JSON.stringify({ tenantId, checkId: 'ROLLOUT.PILOT_COVERAGE' }),
      );
      await viewer.goto(`${demo.url}/#/Waiver/create?source=${source}`);
      await viewer
        .locator('textarea[name="reason"], input[name="reason"]')
        .first()
        .fill('パイロット期間中は受け入れるリスクとして記録します');
      const demoted = await gql(
        demo.url,
        admin,
        'mutation($id: ID!) { updateUser(id: $id, role: VIEWER) { id } }',
        { id: made.data!.createUser.user.id },
      );
      expect(demoted.errors).toBeUndefined();
      await viewer.locator('#main-content button[type="submit"]').click();
      const notice = viewer.locator('.MuiSnackbarContent-message');
      await notice.waitFor({ timeout: 15_000 });
      const text = await notice.innerText();
      expect(text).toContain('(ANALYST ロールが必要です。あなたのロールは VIEWER です)');
      expect(text).not.toMatch(/this needs|Forbidden/i);
      await viewer.screenshot({ path: path.join(ARTIFACTS, 'i18n-ja-viewer-refused-1280.png') });
    } finally {
      await context.close();
    }
  });
});
