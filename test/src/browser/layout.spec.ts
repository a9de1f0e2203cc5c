import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, type RunningApp } from '../support/app-process.js';
import { ARTIFACTS, launchChromium } from '../support/browser.js';
import { startDemoApp, type DemoApp } from '../support/demo-app.js';

/**
 * Every main page of the built dashboard at a desktop (1280 px) and a tablet (800 px) width, in
 * English and Japanese: nothing wider than the window, the sidebar collapsed on the tablet, no
 * serious or critical axe-core finding on the main pages; dates and numbers in the chosen
 * language (a Japanese title and chart axis, a ratio metric as a percentage); a VIEWER is
 * offered no button the server would refuse, an ANALYST acknowledges an alert.
 */
let demo: DemoApp;
let app: RunningApp;
let browser: Browser;
let adminToken: string;
let checkResultId: string;
let snapshotId: string;
let alertId: string;
let tenantId: string;
let checkRunId: string;
let contosoId: string;
let failingResultId: string;

const WIDTHS = [1280, 800] as const;
const BLOCKS_BASIC = 'EXO.AUTHPOL.BLOCKS_BASIC';

async function login(email: string, password: string): Promise<string> {
  const r = await gql<{ login: { token: string } }>(
    app.url,
    null,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.login.token;
}

async function adminGql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(app.url, adminToken, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

async function createUser(email: string, role: 'VIEWER' | 'ANALYST'): Promise<string> {
  const made = await adminGql<{ createUser: { password: string } }>(
    'mutation($e: String!, $r: Role!) { createUser(email: $e, role: $r) { password } }',
    { e: email, r: role },
  );
  return made.createUser.password;
}

async function pushSnapshot(tenant: string, allowActiveSync: boolean) {
  const res = await fetch(`${app.url}/api/v1/tenants/${tenant}/snapshots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({
      capturedAt: new Date().toISOString(),
      exchangeOnline: {
        organizationConfig: { DefaultAuthenticationPolicy: null },
        authenticationPolicies: [
          {
            Name: 'Block Basic Auth',
            AllowBasicAuthActiveSync: allowActiveSync,
            AllowBasicAuthAutodiscover: false,
            AllowBasicAuthOutlookService: false,
          },
        ],
      },
    }),
  });
  expect(res.status).toBe(201);
}

/** A regression opens an alert: a second tenant whose pushed snapshot passes, then fails. */
async function openAlert(): Promise<string> {
  const t = (
    await adminGql<{ createTenant: { id: string } }>(
      'mutation { createTenant(name: "Layout Contoso") { id } }',
    )
  ).createTenant.id;
  const run = () =>
    adminGql<{ runChecks: { status: string } }>(
      'mutation($t: ID!) { runChecks(tenantId: $t) { status } }',
      { t },
    );
  contosoId = t;
  await pushSnapshot(t, false);
  expect((await run()).runChecks.status).toBe('SUCCEEDED');
  await pushSnapshot(t, true);
  expect((await run()).runChecks.status).toBe('SUCCEEDED');
  const alerts = await adminGql<{ allAlerts: Array<{ id: string }> }>(
    'query($f: AlertFilterInput) { allAlerts(filter: $f) { id } }',
    { f: { tenantId: t, checkId: BLOCKS_BASIC, state: ['OPEN'] } },
  );
  expect(alerts.allAlerts).toHaveLength(1);
  return alerts.allAlerts[0]!.id;
}

async function signedInPage(
  locale: string,
  email: string,
  password: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((u) => !u.hash.includes('login'), { timeout: 30_000 });
  return { context, page };
}

/** Opens a route and waits for react-admin to finish fetching (no progress indicator). */
async function open(page: Page, route: string): Promise<void> {
  await page.evaluate((r) => {
    window.location.hash = r;
  }, route);
  await page.locator('#main-content').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(200);
  // Some pages keep a spinner in a corner (a chart refreshing): wait a while, not forever.
  await expect
    .poll(() => page.locator('[role="progressbar"], .RaLoading-root').count(), { timeout: 3_000 })
    .toBe(0)
    .catch(() => undefined);
}

/** Pages that draw a part after their record: what shows that part is there. */
const READY: Record<string, string> = {
  'check-result': '[data-testid="result-details"]',
};

async function noOverflow(page: Page, label: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), {
      message: `${label} is wider than the window`,
      timeout: 10_000,
    })
    .toBe(true);
}

async function sidebarWidth(page: Page): Promise<number> {
  const box = await page.locator('.MuiDrawer-docked .MuiDrawer-paper').first().boundingBox();
  return box?.width ?? 0;
}

beforeAll(async () => {
  demo = await startDemoApp(inject('templateDatabaseUrl'));
  app = demo.app;
  tenantId = demo.tenantId;
  browser = await launchChromium();
  adminToken = await login('admin@posture.local', demo.password);
  alertId = await openAlert();
  checkResultId = (
    await adminGql<{ allCheckResults: Array<{ id: string }> }>(
      'query($f: CheckResultFilterInput) { allCheckResults(perPage: 1, filter: $f) { id } }',
      { f: { tenantId } },
    )
  ).allCheckResults[0]!.id;
  snapshotId = (
    await adminGql<{ allSnapshots: Array<{ id: string }> }>(
      'query { allSnapshots(perPage: 1) { id } }',
    )
  ).allSnapshots[0]!.id;
  checkRunId = (
    await adminGql<{ allCheckRuns: Array<{ id: string }> }>(
      'query($f: CheckRunFilterInput) { allCheckRuns(perPage: 1, filter: $f) { id } }',
      { f: { tenantId } },
    )
  ).allCheckRuns[0]!.id;
  // A failing result with evidence rows to pick (which failing check sorts first depends on
  // how far the demo scenario has run, and not every check lists items).
  const failing = (
    await adminGql<{
      allCheckResults: Array<{ id: string; evidenceTables: Array<{ rows: unknown[] }> }>;
    }>(
      'query($f: CheckResultFilterInput) { allCheckResults(perPage: 50, filter: $f) { id evidenceTables { rows { key } } } }',
      { f: { tenantId, latest: true, status: 'FAIL' } },
    )
  ).allCheckResults.find((r) => r.evidenceTables.some((t) => t.rows.length > 0));
  expect(failing, 'a failing result with evidence rows').toBeDefined();
  failingResultId = failing!.id;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const pages = (): Array<[name: string, route: string]> => [
  ['home', '/'],
  ['rollout', '/rollout'],
  ['alerts', '/Alert'],
  ['alert', `/Alert/${alertId}/show`],
  ['check-results', '/CheckResult'],
  ['check-result', `/CheckResult/${checkResultId}/show`],
  ['check-runs', '/CheckRun'],
  ['check-run', `/CheckRun/${checkRunId}/show`],
  ['waivers', '/Waiver'],
  ['snapshots', '/Snapshot'],
  ['snapshot', `/Snapshot/${snapshotId}/show`],
  ['drift', '/DriftEvent'],
  ['sign-ins', '/SignIn'],
  ['devices', '/MobileDevice'],
  ['ingestion-runs', '/IngestionRun'],
  ['tenants', '/Tenant'],
  ['checks', '/Check'],
  ['audit', '/AuditEvent'],
  ['channels', '/NotificationChannel'],
  ['users', '/User'],
  ['tokens', '/ApiToken'],
  ['sessions', '/Session'],
];

const AXE_PAGES = new Set(['home', 'check-result', 'sign-ins', 'rollout', 'alerts']);

describe('layout', () => {
  it('says what the product is on the login page, in the browser language', async () => {
    for (const [locale, sentence] of [
      ['en-US', /posture watch .*Exchange/],
      ['ja-JP', /Exchange.*/],
    ] as const) {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(app.url);
      const about = page.locator('[data-testid="product-sentence"]');
      await about.waitFor({ timeout: 30_000 });
      expect(await about.innerText()).toMatch(sentence);
      await page.screenshot({ path: path.join(ARTIFACTS, `page-login-${locale}.png`) });
      await context.close();
    }
  });

  it('fits every main page in the window at 1280 and 800 px, sidebar collapsed at 800, in English and Japanese', async () => {
    const failures: string[] = [];
    const axeCounts: string[] = [];
    for (const locale of ['en', 'ja'] as const) {
      const { context, page } = await signedInPage(
        locale === 'en' ? 'en-US' : 'ja-JP',
        'admin@posture.local',
        demo.password,
      );
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        for (const [name, route] of pages()) {
          await open(page, route);
          // What a page draws after its record (lazily, from a query of its own) is in the shot.
          const ready = READY[name];
          if (ready) await page.locator(ready).first().waitFor({ timeout: 15_000 });
          const label = `page ${name} (${locale}, ${width} px)`;
          try {
            await noOverflow(page, label);
          } catch {
            const wide = await page.evaluate(() => document.documentElement.scrollWidth);
            failures.push(`${label}: ${wide} px wide`);
            console.log(`overflow: ${label}: ${wide} px wide`);
          }
          if (width === 800) {
            await expect.poll(() => sidebarWidth(page), { message: label }).toBeLessThan(80);
          } else {
            expect(await sidebarWidth(page), label).toBeGreaterThan(200);
          }
          await page.screenshot({
            path: path.join(ARTIFACTS, `page-${name}-${locale}-${width}.png`),
            fullPage: true,
          });
          if (locale === 'en' && width === 1280 && AXE_PAGES.has(name)) {
            const result = await new AxeBuilder({ page }).analyze();
            const bad = result.violations.filter(
              (v) => v.impact === 'serious' || v.impact === 'critical',
            );
            axeCounts.push(
              `${name}: ${bad.length} serious/critical of ${result.violations.length}`,
            );
            console.log(`axe-core ${name}: ${bad.map((v) => v.id).join(', ') || 'none'}`);
            for (const v of bad) {
              failures.push(
                `axe ${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
                  .slice(0, 3)
                  .map((n) => n.target.join(' '))
                  .join(' | ')}`,
              );
            }
          }
        }
      }
      await context.close();
    }
    console.log(`axe-core: ${axeCounts.join('; ')}`);
    expect(failures).toEqual([]);
  }, 1_200_000);

  it('writes dates and numbers in Japanese under Japanese: a page title, a chart axis, a ratio as a percentage', async () => {
    const { context, page } = await signedInPage('ja-JP', 'admin@posture.local', demo.password);
    // A run's page is titled by its start, as Japanese writes a date ("2026/12/03 9:05").
    await open(page, `/CheckRun/${checkRunId}/show`);
    const title = page.locator('#react-admin-title');
    await expect
      .poll(() => title.innerText(), { timeout: 15_000 })
      .toMatch(/\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2}/);
    expect(await title.innerText()).not.toMatch(/AM|PM|Dec|Nov/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'locale-run-title-ja.png') });

    // The home page's legacy sign-ins chart (the demo tenant's): days on the axis as 12月3日,
    // not 12/3 or Dec 3.
    await page.evaluate((id) => localStorage.setItem('posture.tenant', id), tenantId);
    await open(page, '/');
    // recharts draws ticks in their own layer: the x axis's are the ones that are not numbers.
    const ticks = page.locator('[data-testid="legacy-chart"] .recharts-cartesian-axis-tick-value');
    await expect.poll(() => ticks.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const days = (await ticks.allTextContents()).filter((t) => !/^[\d,]+$/.test(t.trim()));
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) expect(day.trim()).toMatch(/^\d{1,2}月\d{1,2}日$/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'locale-home-axis-ja.png') });

    // A RATIO metric (the server says which) shows as a percentage, never as 0.006.
    const results = await adminGql<{
      allCheckResults: Array<{
        id: string;
        checkId: string;
        metric: number | null;
        metricUnit: string;
      }>;
    }>(
      'query($f: CheckResultFilterInput) { allCheckResults(perPage: 100, filter: $f) { id checkId metric metricUnit } }',
      { f: { tenantId, latest: true } },
    );
    const ratio = results.allCheckResults.find(
      (r) => r.metricUnit === 'RATIO' && r.metric !== null,
    );
    expect(ratio, 'a latest RATIO result with a metric on the demo tenant').toBeDefined();
    expect(
      results.allCheckResults.find((r) => r.checkId === 'SIGNIN.MFA_COVERAGE')?.metricUnit,
    ).toBe('RATIO');
    await open(page, `/CheckResult/${ratio!.id}/show`);
    const metric = page.locator('#main-content [data-testid="metric"]').first();
    await metric.waitFor({ timeout: 15_000 });
    const expected = new Intl.NumberFormat('ja', {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(ratio!.metric!);
    expect(await metric.innerText()).toBe(expected);
    expect(expected).toMatch(/%$/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'locale-ratio-metric-ja.png') });
    // The app bar names the result by its check's Japanese title, not the server's English.
    await expect
      .poll(() => title.innerText(), { timeout: 15_000 })
      .toMatch(/^チェック結果 .*[\u3040-\u30ff]/);

    // An alert: the check's title (app bar and heading) and the summary in Japanese too.
    await open(page, `/Alert/${alertId}/show`);
    await expect
      .poll(() => title.innerText(), { timeout: 15_000 })
      .toContain('認証ポリシーがモバイル プロトコルの基本認証をブロック');
    const summary = page.getByTestId('alert-summary');
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(/[\u3040-\u30ff]/);
    expect(await summary.innerText()).not.toMatch(/authentication polic|Got worse/i);
    expect(await page.locator('#main-content h1').innerText()).toContain('認証ポリシー');
    await page.screenshot({ path: path.join(ARTIFACTS, 'locale-alert-ja.png'), fullPage: true });

    // The drift behind it: its one line worded in Japanese, in the app bar and on the page.
    const drift = await adminGql<{ allDriftEvents: Array<{ id: string; summary: string }> }>(
      'query($f: DriftEventFilterInput) { allDriftEvents(filter: $f) { id summary } }',
      { f: { tenantId: contosoId } },
    );
    const flip = drift.allDriftEvents.find((e) => e.summary.includes('AllowBasicAuthActiveSync'));
    expect(flip?.summary).toBe('"Block Basic Auth" AllowBasicAuthActiveSync: false → true');
    await open(page, `/DriftEvent/${flip!.id}/show`);
    const said = '「Block Basic Auth」の AllowBasicAuthActiveSync: false → true';
    await expect.poll(() => title.innerText(), { timeout: 15_000 }).toContain(said);
    expect(await page.locator('#main-content').innerText()).toContain(said);
    await page.screenshot({ path: path.join(ARTIFACTS, 'locale-drift-ja.png'), fullPage: true });
    await context.close();
  }, 120_000);

  it('keeps lists on the tenant chosen at the top, and names it when a list is empty', async () => {
    const { context, page } = await signedInPage('en-US', 'admin@posture.local', demo.password);
    await page.evaluate((id) => localStorage.setItem('posture.tenant', id), contosoId);
    // Layout Contoso has no waiver: the list says so by name rather than showing the demo's.
    await open(page, '/Waiver');
    const empty = page.locator('[data-testid="list-no-results"]');
    await empty.waitFor({ timeout: 15_000 });
    expect(await empty.innerText()).toContain('Layout Contoso');
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-waivers-empty-for-tenant.png') });
    // Its alert is listed, filtered to it; "all tenants" lifts the filter.
    await open(page, '/Alert');
    await expect
      .poll(() => decodeURIComponent(page.url()), { timeout: 15_000 })
      .toContain(`"tenantId":"${contosoId}"`);
    await page.locator('.RaList-content tbody tr').first().waitFor({ timeout: 15_000 });
    await page.locator('[data-testid="tenant-picker"] [role="combobox"]').click();
    await page.locator('[data-testid="tenant-option-all"]').click();
    await expect
      .poll(() => decodeURIComponent(page.url()), { timeout: 15_000 })
      .not.toContain('"tenantId"');
    await context.close();
  });

  it('offers a VIEWER no button the server would refuse', async () => {
    const password = await createUser('viewer@example.com', 'VIEWER');
    // An active waiver, so a Revoke button would have a row to appear on.
    const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await adminGql(
      'mutation($t: ID!, $c: String!, $x: DateTime!) { createWaiver(tenantId: $t, checkId: $c, expiresAt: $x, reason: "accepted", scope: TENANT) { id } }',
      { t: tenantId, c: 'ROLLOUT.PILOT_COVERAGE', x: expiresAt },
    );
    // The failing result's page offers an ADMIN "Waive selected" over its evidence…
    const admin = await signedInPage('en-US', 'admin@posture.local', demo.password);
    await open(admin.page, `/CheckResult/${failingResultId}/show`);
    await admin.page.locator('[data-testid="waive-selected"]').waitFor({ timeout: 15_000 });
    expect(await admin.page.locator('[data-testid="waive-button"]').count()).toBe(1);
    await admin.context.close();
    const { context, page } = await signedInPage('en-US', 'viewer@example.com', password);
    const refused = /^(create|edit|delete|revoke|acknowledge|resolve|waive.*)$/i;
    for (const [name, route] of pages()) {
      await open(page, route);
      const buttons = await page
        .locator('#main-content button, #main-content a')
        .evaluateAll((els) =>
          els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim()),
        );
      expect(
        buttons.filter((b) => refused.test(b)),
        `${name} as a VIEWER`,
      ).toEqual([]);
    }
    // The waiver row is there, without its Revoke button; the alerts list has no checkboxes.
    await open(page, '/Waiver');
    await page.locator('.RaList-content tbody tr').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="revoke-waiver"]').count()).toBe(0);
    await open(page, '/Alert');
    await page.locator('.RaList-content tbody tr').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.RaList-content input[type="checkbox"]').count()).toBe(0);
    expect(await page.locator('[data-testid="alert-acknowledge-button"]').count()).toBe(0);
    await open(page, `/Alert/${alertId}/show`);
    await page.locator('[data-testid="alert-history"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid^="alert-"][data-testid$="-button"]').count()).toBe(0);
    // …and a VIEWER neither it nor "Waive" nor the boxes to pick rows with.
    await open(page, `/CheckResult/${failingResultId}/show`);
    await page.locator('[data-testid^="evidence-"]').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="waive-button"]').count()).toBe(0);
    expect(await page.locator('[data-testid="waive-selected"]').count()).toBe(0);
    expect(await page.locator('#main-content input[type="checkbox"]').count()).toBe(0);
    await context.close();
  }, 300_000);

  it('lets an ANALYST acknowledge an alert from the list', async () => {
    const password = await createUser('analyst@example.com', 'ANALYST');
    const { context, page } = await signedInPage('en-US', 'analyst@example.com', password);
    await open(page, '/Alert');
    const row = page.locator('.RaList-content tbody tr', { hasText: 'Layout Contoso' }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.locator('[data-testid="alert-acknowledge-button"]').click();
    await page.locator('[data-testid="alert-comment"]').fill('looking into it');
    await page.locator('[data-testid="alert-comment-confirm"]').click();
    await expect
      .poll(
        async () =>
          (
            await adminGql<{ Alert: { state: string; acknowledgeComment: string | null } }>(
              'query($id: ID!) { Alert(id: $id) { state acknowledgeComment } }',
              { id: alertId },
            )
          ).Alert,
        { timeout: 15_000 },
      )
      .toEqual({ state: 'ACKNOWLEDGED', acknowledgeComment: 'looking into it' });
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-alerts-analyst.png') });
    await context.close();
  });
});
