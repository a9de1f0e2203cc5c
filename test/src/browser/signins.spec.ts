import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchChromium } from '../support/browser.js';
import { sharedDemoApp } from '../support/demo-app.js';

/**
 * The sign-ins page as a user drives it on the demo tenant: the per-day chart from the server's
 * rollup, multi-protocol and legacy filters followed by list and chart, a user prefix in another
 * case, and an export holding every matching row; then the devices list fitting the screen.
 */
let demo: ReturnType<typeof sharedDemoApp>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  demo = sharedDemoApp();
  browser = await launchChromium();
  page = await browser.newPage({
    locale: 'en-US',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

/** A GraphQL call with the signed-in user's own token (the API's figures to compare with). */
async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  return page.evaluate(
    async ([q, v]) => {
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${localStorage.getItem('posture.token') ?? ''}`,
        },
        body: JSON.stringify({ query: q, variables: v }),
      });
      const body = (await r.json()) as { data: unknown; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    [query, variables] as const,
  ) as Promise<T>;
}

const cells = (source: string) =>
  page.locator(`.RaList-content tbody td.column-${source}`).allInnerTexts();

async function fits(name: string) {
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height: 900 });
    // Media queries apply after the resize: wait for the layout to settle within the width.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
        timeout: 15_000,
      })
      .toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1400, height: 900 });
}

describe('sign-ins, devices', () => {
  it('signs in and shows the per-day chart with bars from the demo data', async () => {
    await page.goto(demo.url);
    await page.locator('input[name="username"]').fill('admin@posture.local');
    await page.locator('input[name="password"]').fill(demo.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((u) => !u.pathname.includes('login'), { timeout: 30_000 });
    await page.locator('[data-testid="latest-results-card"]').waitFor({ timeout: 30_000 });
    await page.getByRole('menuitem', { name: 'Sign-ins' }).click();
    const chart = page.locator('[data-testid="signins-chart"]');
    await chart
      .locator('.recharts-bar-rectangle path')
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(async (err: unknown) => {
        await page.screenshot({
          path: path.join(ARTIFACTS, 'failure-signins.png'),
          fullPage: true,
        });
        throw err;
      });
    expect(await chart.locator('.recharts-bar-rectangle path').count()).toBeGreaterThan(0);
    expect(await page.locator('.RaList-content tbody tr').count()).toBeGreaterThan(5);
    await fits('signins');
  });

  it('two protocols and legacy only: the list and the chart follow', async () => {
    // The two legacy protocols the demo has most of, by the server's own per-day counts.
    const { signInsPerDay } = await gql<{
      signInsPerDay: Array<{ protocol: string | null; count: number }>;
    }>(`query($f: SignInDayFilterInput) { signInsPerDay(filter: $f) { protocol count } }`, {
      f: { legacyOnly: true },
    });
    const names = [...new Set(signInsPerDay.map((r) => r.protocol).filter(Boolean))] as string[];
    expect(names.length).toBeGreaterThanOrEqual(2);
    const two = names.slice(0, 2);
    await page.getByLabel('Protocols').click();
    for (const p of two) await page.getByRole('option', { name: p, exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Legacy only').check();
    await expect
      .poll(
        async () => new Set((await cells('clientAppUsed')).map((t) => t.split('\n')[0]!.trim())),
        {
          timeout: 30_000,
        },
      )
      .toSatisfy((s: Set<string>) => s.size > 0 && [...s].every((p) => two.includes(p)));
    // The chart's legend: only the chosen protocols.
    await expect
      .poll(async () => {
        const shown = await page.locator('[data-testid="signins-chart-protocol"]').allInnerTexts();
        return shown.length > 0 && shown.every((p) => two.includes(p));
      })
      .toBe(true);
    const legend = await page.locator('[data-testid="signins-chart-protocol"]').allInnerTexts();
    expect(legend.length).toBeGreaterThan(0);
    expect(legend.every((p) => two.includes(p))).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'signins-filtered.png'), fullPage: true });
  });

  it('a user prefix typed in another case matches; the chart says it does not apply it', async () => {
    const first = (await cells('userPrincipalName'))[0]!.trim();
    const prefix = first.slice(0, 4).toUpperCase();
    await page.getByLabel('User (starts with)').fill(prefix);
    await expect
      .poll(
        async () => {
          const upns = await cells('userPrincipalName');
          return upns.length > 0 && upns.every((u) => u.trim().startsWith(prefix.toLowerCase()));
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await page.locator('[data-testid="signins-chart-not-applied"]').waitFor({ timeout: 10_000 });
  });

  it('exports every matching row, showing progress against the count', async () => {
    // The filter in the URL is the list's own: the API's count for it.
    const url = new URL(page.url().replace('#/', ''));
    const filter = JSON.parse(url.searchParams.get('filter') ?? '{}') as Record<string, unknown>;
    expect(filter.user).toBeTruthy();
    // Clear the user prefix so the export is bigger than one page of the list.
    await page.getByLabel('User (starts with)').fill('');
    await expect.poll(() => page.url()).not.toContain('user');
    const current = JSON.parse(
      new URL(page.url().replace('#/', '')).searchParams.get('filter') ?? '{}',
    ) as Record<string, unknown>;
    const { _allSignInsMeta: meta } = await gql<{
      _allSignInsMeta: { count: number; isEstimate: boolean };
    }>(`query($f: SignInFilterInput) { _allSignInsMeta(filter: $f) { count isEstimate } }`, {
      f: current,
    });
    expect(meta.isEstimate).toBe(false);
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('[data-testid="signins-export"]').click();
    const progress = page.locator('[data-testid="signins-export-progress"]');
    await progress.waitFor({ timeout: 10_000 });
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^createdAt,tenantId,id,/);
    expect(lines.length - 1).toBe(meta.count);
    const ids = lines.slice(1).map((l) => l.split(',')[2]);
    expect(new Set(ids).size).toBe(meta.count);
    await expect
      .poll(() => progress.innerText())
      .toContain(`Exported ${meta.count.toLocaleString('en-US')} rows`);
  });

  it('lists devices in readable columns that fit at 1280 and 800 px', async () => {
    await page.getByRole('menuitem', { name: 'Mobile devices' }).click();
    await page.locator('[data-testid="access-state"]').first().waitFor({ timeout: 30_000 });
    await fits('devices');
  });
});
