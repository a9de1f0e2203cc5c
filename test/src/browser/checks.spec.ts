import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FAILING_FIRST } from '@posture/jobs';
import { ARTIFACTS, launchChromium } from '../support/browser.js';
import { startDemoApp, type DemoApp } from '../support/demo-app.js';

/**
 * Check results as a user works them: failing first, a failing result's evidence as linked
 * tables, its commands copied, its failing users waived from the table, and the next run WAIVED.
 */
let demo: DemoApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Day 0 of the emulated rollout: nobody in the pilot wave has the blocking policy yet. */
const CHECK = 'ROLLOUT.PILOT_COVERAGE';

beforeAll(async () => {
  demo = await startDemoApp(inject('templateDatabaseUrl'));
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(demo.app.url).origin,
  });
  page = await context.newPage();
  // Starting the demo (PostgreSQL, migrations, emulator, first pull and run) is slow on a busy machine.
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function failureShot(name: string, err: unknown): Promise<never> {
  await page.screenshot({ path: path.join(ARTIFACTS, `failure-${name}.png`), fullPage: true });
  throw err;
}

/** At each width: no horizontal overflow (after the layout settles), then a screenshot. */
async function shootWidths(name: string) {
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height: 900 });
    const settled = expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 10_000 })
      .toBeLessThanOrEqual(width);
    // The screenshot either way: an overflow is easiest to see.
    await settled.catch(() => undefined);
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
    await settled;
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  return page.evaluate(
    async ([url, q, v]) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${localStorage.getItem('posture.token') ?? ''}`,
        },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return (await res.json()) as T;
    },
    [demo.app.url, query, variables] as const,
  );
}

describe('check results', () => {
  it('lists the latest results with titles, failing and most severe first', async () => {
    await page.goto(demo.app.url);
    await page.locator('input[name="username"]').fill('admin@posture.local');
    await page.locator('input[name="password"]').fill(demo.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((u) => !u.pathname.includes('login'), { timeout: 30_000 });

    await page.getByRole('menuitem', { name: 'Check results' }).click();
    const rows = page.locator('.RaList-content tbody tr');
    await page
      .locator('tr', { hasText: CHECK })
      .first()
      .waitFor({ timeout: 30_000 })
      .catch((e: unknown) => failureShot('check-results', e));
    const statuses = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.querySelector('[data-testid="status-chip"]')?.getAttribute('data-status')),
    );
    expect(statuses[0]).toBe('FAIL');
    const ranks = statuses.map((s) => FAILING_FIRST.indexOf(s as (typeof FAILING_FIRST)[number]));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // The title, with the id small beneath it.
    expect(await page.locator('tr', { hasText: CHECK }).first().innerText()).toContain(
      'Every member of the pilot wave is covered by a policy that blocks Basic auth',
    );
    await shootWidths('check-results');
  });

  it("shows a failing result's users as a linked table with totals, and copies a command", async () => {
    await page.locator('tr', { hasText: CHECK }).first().click();
    const table = page.locator('[data-testid="evidence-uncovered"]');
    await table.waitFor({ timeout: 30_000 }).catch((e: unknown) => failureShot('check-result', e));
    const total = await table.locator('[data-testid="evidence-total"]').innerText();
    const [, shown, all] = /^(\d+) of (\d+)$/.exec(total.replace(/,/g, ''))!;
    expect(Number(shown)).toBeGreaterThan(0);
    expect(await table.locator('[data-testid="evidence-row"]').count()).toBe(Number(shown));
    expect(Number(all)).toBeGreaterThanOrEqual(Number(shown));
    // Raw JSON only on demand.
    expect(await page.locator('pre').count()).toBe(0);
    await page
      .getByTestId('check-history')
      .or(page.getByText('Not enough runs yet'))
      .first()
      .waitFor({ timeout: 15_000 });
    await shootWidths('check-result');

    const command = page.locator('[data-testid="remediation-command"]').first();
    await command.waitFor({ timeout: 10_000 });
    const text = await command.locator('code').innerText();
    expect(text).toMatch(/^Set-User -Identity "[^"]+@[^"]+" -AuthenticationPolicy "[^"]+"$/);
    // The clipboard takes writes from the focused page only (other specs run their own
    // browsers beside this one): focus it, copy, and read what the user is told.
    await page.bringToFront();
    await command.locator('[data-testid="copy-command"]').click();
    await page.getByText('Copied to the clipboard').waitFor({ timeout: 10_000 });
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 })
      .toBe(text);
  });

  it('takes a user of the evidence to their sign-ins, filtered to them', async () => {
    const link = page.locator('[data-testid="evidence-user"]').first();
    const user = (await link.innerText()).trim();
    const back = page.url();
    await link.click();
    await page.waitForURL(/#\/SignIn/);
    const filter = JSON.parse(new URL(page.url().replace('/#/', '/')).searchParams.get('filter')!);
    expect(filter).toMatchObject({ tenantId: demo.tenantId, user });
    // The sign-ins page is its own chunk: give it time on a busy machine (vitest polls 1 s).
    await expect
      .poll(() => page.locator('input[name="user"]').inputValue({ timeout: 2_000 }), {
        timeout: 20_000,
      })
      .toBe(user);
    await page.goto(back);
    await page.locator('[data-testid="evidence-uncovered"]').waitFor({ timeout: 30_000 });
  });

  it('waives the selected failing users, and the next run is WAIVED', async () => {
    const table = page.locator('[data-testid="evidence-uncovered"]');
    const showAll = page.locator('[data-testid="evidence-show-all"]');
    if (await showAll.isVisible()) {
      await showAll.click();
      await expect.poll(() => showAll.innerText(), { timeout: 15_000 }).toMatch(/fewer/i);
    }
    const boxes = table.locator('[data-testid="evidence-row"] input[type="checkbox"]');
    const keys = await table
      .locator('[data-testid="evidence-row"]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')!));
    expect(await boxes.count()).toBe(keys.length);
    for (let i = 0; i < keys.length; i++) await boxes.nth(i).check();
    await page.locator('[data-testid="waive-selected"]').click();

    await page.waitForURL(/#\/Waiver\/create/);
    const items = page.locator('textarea[name="itemsText"]');
    await items.waitFor({ timeout: 15_000 });
    expect((await items.inputValue()).split('\n')).toEqual(keys);
    // The check's autocomplete shows it once the catalogue is loaded.
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            [...document.querySelectorAll('form input')].map((i) => (i as HTMLInputElement).value),
          ),
        { timeout: 15_000 },
      )
      .toContainEqual(expect.stringContaining(CHECK))
      .catch((e: unknown) => failureShot('waiver-form', e));
    expect(await page.locator('input[value="ITEMS"]').isChecked()).toBe(true);
    await page.locator('textarea[name="reason"]').fill('Pilot users move next week with the wave.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/Waiver\/[^/]+\/show/, { timeout: 15_000 });

    const ran = await graphql<{ data?: { runChecks: { id: string } }; errors?: unknown }>(
      'mutation Run($t: ID!) { runChecks(tenantId: $t) { id } }',
      { t: demo.tenantId },
    );
    expect(ran.errors).toBeUndefined();
    const latest = await graphql<{ data: { allCheckResults: Array<{ status: string }> } }>(
      'query L($t: ID!, $c: String!) { allCheckResults(filter: { tenantId: $t, checkId: $c, latest: true }) { status } }',
      { t: demo.tenantId, c: CHECK },
    );
    expect(latest.data.allCheckResults).toEqual([{ status: 'WAIVED' }]);

    await page.getByRole('menuitem', { name: 'Check results' }).click();
    const row = page.locator('tr', { hasText: CHECK }).first();
    await expect
      .poll(() => row.locator('[data-testid="status-chip"]').getAttribute('data-status'), {
        timeout: 15_000,
      })
      .toBe('WAIVED');
  });
});
