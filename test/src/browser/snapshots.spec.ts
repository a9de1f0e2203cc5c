import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../support/app-process.js';
import { ARTIFACTS, launchChromium } from '../support/browser.js';
import { sharedDemoApp } from '../support/demo-app.js';

/**
 * A snapshot as people read it, on the demo tenant: its settings as tables (the blocking
 * authentication policy, the Conditional Access policies), the changes since the previous
 * snapshot first, and no raw JSON fetched or shown until asked for. The devices list fits too.
 */
let demo: ReturnType<typeof sharedDemoApp>;
let browser: Browser;
let page: Page;
let token: string;
/** The GraphQL requests the page sent, in order. */
const sent: string[] = [];

beforeAll(async () => {
  demo = sharedDemoApp();
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql')) sent.push(r.postData() ?? '');
  });
  await page.goto(demo.url);
  await page.locator('input[name="username"]').fill('admin@posture.local');
  await page.locator('input[name="password"]').fill(demo.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((u) => !u.hash.includes('login'), { timeout: 30_000 });
  token = (await page.evaluate(() => localStorage.getItem('posture.token')))!;
});

afterAll(async () => {
  await browser?.close();
});

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(demo.url, token, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

async function open(route: string): Promise<void> {
  await page.evaluate((r) => {
    window.location.hash = r;
  }, route);
  await page.locator('#main-content').waitFor({ timeout: 20_000 });
}

/** At each width: no horizontal overflow (after the layout settles), then a screenshot. */
async function shootWidths(name: string) {
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height: 900 });
    const settled = expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 10_000 })
      .toBeLessThanOrEqual(width);
    await settled.catch(() => undefined);
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
    await settled;
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const section = (kind: string) => page.locator(`[data-testid="snapshot-section-${kind}"]`);

async function newestWith(source: string): Promise<string> {
  const list = await api<{ allSnapshots: Array<{ id: string }> }>(
    'query($f: SnapshotFilterInput) { allSnapshots(perPage: 1, filter: $f) { id } }',
    { f: { tenantId: demo.tenantId, source } },
  );
  expect(list.allSnapshots).toHaveLength(1);
  return list.allSnapshots[0]!.id;
}

describe('snapshot page', () => {
  it("shows the demo tenant's settings as tables, and raw JSON only when asked", async () => {
    const exo = await newestWith('exchangeOnline');
    const entra = await newestWith('entra');
    sent.length = 0;
    await open(`/Snapshot/${exo}/show`);
    const policies = section('EXO_AUTHENTICATION_POLICIES');
    await policies.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => policies.locator('h3').textContent())
      .toContain('authentication policies');
    const blocking = policies.locator('tr', { hasText: 'Block Basic Auth' });
    expect(await blocking.count()).toBe(1);
    // The columns say which protocols it blocks, in words, not a JSON dump.
    expect(await policies.locator('th').allTextContents()).toContain('Basic auth blocked for');
    expect(await blocking.textContent()).toContain('ActiveSync');
    await page.locator('[data-testid="snapshot-changes"]').waitFor();
    expect(await page.locator('[data-testid="snapshot-raw"]').count()).toBe(0);
    expect(await page.locator('text="capturedAt"').count()).toBe(0);
    // Nothing the page asked for so far selected the raw body.
    expect(sent.filter((b) => /\braw\b/.test(b) && /Snapshot/.test(b))).toEqual([]);
    await shootWidths('snapshot');

    if (entra !== exo) await open(`/Snapshot/${entra}/show`);
    const ca = section('CONDITIONAL_ACCESS_POLICIES');
    await ca.waitFor({ timeout: 30_000 });
    const legacy = ca.locator('tr', { hasText: 'CA001: Block legacy authentication' });
    expect(await legacy.count()).toBe(1);
    expect(await legacy.textContent()).toContain('block');
    expect(await legacy.textContent()).toContain('exchangeActiveSync');
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 900 });
      await ca.screenshot({ path: path.join(ARTIFACTS, `snapshot-ca-${width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.locator('[data-testid="snapshot-raw-toggle"]').click();
    const raw = page.locator('[data-testid="snapshot-raw"]');
    await raw.waitFor({ timeout: 20_000 });
    expect(await raw.textContent()).toContain('"conditionalAccessPolicies"');
    expect(sent.some((b) => b.includes('SnapshotRaw'))).toBe(true);
    await page.locator('[data-testid="snapshot-raw-toggle"]').click();
    await expect.poll(() => raw.count()).toBe(0);
  });

  it('lists the changes since the previous snapshot first', async () => {
    const tenant = (
      await api<{ createTenant: { id: string } }>(
        'mutation { createTenant(name: "Snapshot page Contoso") { id } }',
      )
    ).createTenant.id;
    const push = async (allow: boolean, at: Date) => {
      const res = await fetch(`${demo.url}/api/v1/tenants/${tenant}/snapshots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          capturedAt: at.toISOString(),
          exchangeOnline: {
            organizationConfig: { DefaultAuthenticationPolicy: 'Block Basic Auth' },
            authenticationPolicies: [
              {
                Name: 'Block Basic Auth',
                AllowBasicAuthActiveSync: allow,
                AllowBasicAuthPop: false,
              },
            ],
          },
        }),
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { snapshotId: string }).snapshotId;
    };
    const first = await push(false, new Date(Date.now() - 3_600_000));
    const second = await push(true, new Date());

    await open(`/Snapshot/${first}/show`);
    const card = page.locator('[data-testid="snapshot-changes"]');
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain('first snapshot');

    await open(`/Snapshot/${second}/show`);
    await expect
      .poll(() => card.textContent(), { timeout: 30_000 })
      .toContain('AllowBasicAuthActiveSync');
    const row = card.locator('tr', { hasText: 'AllowBasicAuthActiveSync' });
    expect(await row.textContent()).toContain('Changed');
    expect(await row.textContent()).toMatch(/false.*true/);
    // The card comes before the settings.
    const order = await page.evaluate(() => {
      const c = document.querySelector('[data-testid="snapshot-changes"]');
      const s = document.querySelector('[data-testid^="snapshot-section-"]');
      return c && s ? c.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeGreaterThan(0);
    const policies = section('EXO_AUTHENTICATION_POLICIES');
    expect(await policies.locator('tr', { hasText: 'Block Basic Auth' }).textContent()).toContain(
      'ActiveSync',
    );
    await shootWidths('snapshot-changes');

    // In Japanese at 800 px: translated titles, and no header broken one character a line.
    const ja = await browser.newPage({ locale: 'ja-JP', viewport: { width: 800, height: 900 } });
    try {
      await ja.goto(demo.url);
      await ja.locator('input[name="username"]').fill('admin@posture.local');
      await ja.locator('input[name="password"]').fill(demo.password);
      await ja.locator('button[type="submit"]').click();
      await ja.waitForURL((u) => !u.hash.includes('login'), { timeout: 30_000 });
      await ja.evaluate((r) => {
        window.location.hash = r;
      }, `/Snapshot/${second}/show`);
      const jaCard = ja.locator('[data-testid="snapshot-changes"]');
      await expect
        .poll(() => jaCard.textContent(), { timeout: 30_000 })
        .toContain('前回のスナップショットからの変更');
      const heights = await jaCard
        .locator('th')
        .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().height));
      expect(Math.max(...heights)).toBeLessThan(45);
      await ja.screenshot({
        path: path.join(ARTIFACTS, 'snapshot-changes-ja-800.png'),
        fullPage: true,
      });
      expect(await ja.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        800,
      );
    } finally {
      await ja.close();
    }
  });
});

describe('devices list', () => {
  it('fits at 1280 px and is compact at 800 px', async () => {
    await open('/MobileDevice');
    await page.locator('.RaDataTable-table, table').first().waitFor({ timeout: 30_000 });
    await shootWidths('devices');
    await page.setViewportSize({ width: 800, height: 900 });
    // Compact: the tenant and client columns give way to the details row.
    await expect.poll(() => page.locator('thead th').count()).toBeLessThanOrEqual(6);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
