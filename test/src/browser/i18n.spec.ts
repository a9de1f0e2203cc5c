import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium } from '../support/browser.js';
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
});
