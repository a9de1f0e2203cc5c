import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningApp } from '../support/app-process.js';
import { ARTIFACTS, launchChromium } from '../support/browser.js';
import { startDemoApp, type DemoApp } from '../support/demo-app.js';

/**
 * The built dashboard in headless Chromium, as a user sees it: the first start's admin signs in
 * with the generated password and finds the demo tenant's check results.
 */
let demo: DemoApp;
let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  demo = await startDemoApp(inject('templateDatabaseUrl'));
  app = demo.app;
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  await watchPolicyViolations(page);
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** Every Content-Security-Policy violation any page of the run reports, from the console and the DOM event. */
const violations: string[] = [];
async function watchPolicyViolations(p: Page): Promise<void> {
  p.on('console', (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect)/i.test(m.text())) {
      violations.push(m.text());
    }
  });
  await p.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Refused to load (CSP ${e.violatedDirective}): ${e.blockedURI}`);
    });
  });
}

async function signIn(p: Page, email: string, password: string) {
  await p.goto(app.url);
  await p.locator('input[name="username"]').fill(email);
  await p.locator('input[name="password"]').fill(password);
  await p.locator('button[type="submit"]').click();
}

describe('dashboard', () => {
  it('refuses a wrong password and stays on the login page', async () => {
    await signIn(page, 'admin@posture.local', 'not the password');
    await expect
      .poll(() => page.locator('input[name="password"]').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(page.url()).toMatch(/login/);
  });

  it("signs the first admin in and shows the demo tenant's check results with status chips", async () => {
    const password = demo.password;
    expect(app.output()).not.toContain(password);
    await signIn(page, 'admin@posture.local', password);
    await page.waitForURL((u) => !u.pathname.includes('login'), { timeout: 30_000 });
    // The dashboard card counts the demo tenant's latest results.
    await page.locator('[data-testid="latest-results-card"]').waitFor({ timeout: 30_000 });
    await page.getByRole('menuitem', { name: 'Check results' }).click();
    const row = page.locator('tr', { hasText: 'EXO.AUTHPOL.BLOCKS_BASIC' });
    await row
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(async (err: unknown) => {
        await page.screenshot({
          path: path.join(ARTIFACTS, 'failure-check-results.png'),
          fullPage: true,
        });
        throw err;
      });
    await expect
      .poll(() => row.first().locator('[data-testid="status-chip"]').innerText())
      .toMatch(/PASS|Pass/i);
    // Day 0 of the emulated rollout: the pilot group exists but nobody has the policy yet.
    const pilot = page.locator('tr', { hasText: 'ROLLOUT.PILOT_COVERAGE' }).first();
    await expect
      .poll(() => pilot.locator('[data-testid="status-chip"]').innerText())
      .toMatch(/fail/i);
    expect(await pilot.innerText()).toMatch(/0 of \d+ pilot users/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'check-results-en.png'), fullPage: true });
  });

  it('shows what was ingested: sign-ins with their outcome, devices, ingestion runs, the posture chart', async () => {
    await page.getByRole('menuitem', { name: 'Sign-ins' }).click();
    await page.locator('[data-testid="sign-in-outcome"]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="sign-in-outcome"]').count()).toBeGreaterThan(5);

    await page.getByRole('menuitem', { name: 'Mobile devices' }).click();
    await page.locator('[data-testid="access-state"]').first().waitFor({ timeout: 30_000 });

    await page.getByRole('menuitem', { name: 'Ingestion runs' }).click();
    const runs = page.locator('tr', { hasText: /succeeded/i });
    await runs.first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'ingestion-runs-en.png'), fullPage: true });

    // The dashboard draws the posture score over time from the server's history.
    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
    const chart = page.locator('[data-testid="posture-history"]').first();
    await chart.waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => Number(await chart.getAttribute('data-points')), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard-en.png'), fullPage: true });
  });

  it("marks the server's pilot wave, and warns before an endpoint change clears the secret", async () => {
    await page.goto(`${app.url}/#/Tenant/${demo.tenantId}/show/waves`);
    await page.locator('[data-testid="pilot-chip"]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="pilot-chip"]').count()).toBe(1);

    await page.goto(`${app.url}/#/Tenant/${demo.tenantId}/show/connector`);
    await page.locator('[data-testid="connector-edit"]').click({ timeout: 30_000 });
    await page.locator('input[name="graphBaseUrl"]').fill('https://graph.example.net');
    // The server's connectorChangePreview, asked as the value settles.
    await page.locator('[data-testid="secret-will-clear"]').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'connector-edit-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
  });

  it('shows the drift timeline: a pull after the emulated days pass records what changed', async () => {
    // A later day of the emulator's timeline, pulled: the rollout's assignments drift.
    const emulatorUrl = /emulated Microsoft backend at (http:\/\/[\w.:[\]-]+)/.exec(
      app.output(),
    )![1]!;
    const advanced = await fetch(`${emulatorUrl}/_emulator/advance`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer posture-watch-emulator-demo-secret',
      },
      body: JSON.stringify({ days: 2 }),
    });
    expect(advanced.status).toBe(200);
    const synced = await page.evaluate(
      async ([url, tenantId]) => {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${localStorage.getItem('posture.token') ?? ''}`,
          },
          body: JSON.stringify({
            query: 'mutation($t: ID!) { syncTenant(tenantId: $t) { snapshot { status } } }',
            variables: { t: tenantId },
          }),
        });
        return (await res.json()) as { data?: { syncTenant: { snapshot: { status: string } } } };
      },
      [app.url, demo.tenantId] as const,
    );
    expect(synced.data?.syncTenant.snapshot.status).toBe('SUCCEEDED');

    await page.getByRole('menuitem', { name: 'Drift' }).click();
    const change = page.locator('[data-testid="drift-change"]');
    await change
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(async (err: unknown) => {
        await page.screenshot({ path: path.join(ARTIFACTS, 'failure-drift.png'), fullPage: true });
        throw err;
      });
    expect(await change.first().innerText()).toContain('→');
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({
        path: path.join(ARTIFACTS, `drift-timeline-${width}.png`),
        fullPage: true,
      });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
        .toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1400, height: 900 });

    // The event page names both snapshots; the later one lists it on its Drift tab.
    await page.locator('tr', { has: change.first() }).first().click();
    await page.locator('a[href*="/Snapshot/"]').nth(1).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'drift-event-en.png'), fullPage: true });
    await page.locator('a[href*="/Snapshot/"]').nth(1).click();
    await page.getByRole('tab', { name: 'Drift' }).click({ timeout: 30_000 });
    await change.first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'snapshot-drift-en.png'), fullPage: true });
    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
  });

  it('counts open alerts by severity on the home page and opens the alerts list and one alert', async () => {
    await page.goto(`${app.url}/#/`);
    const card = page.locator('[data-testid="open-alerts-card"]');
    await card.locator('[data-testid="open-alerts-HIGH"]').waitFor({ timeout: 30_000 });
    // Each number opens the list filtered to open alerts of that severity.
    await card.locator('[data-testid="open-alerts-HIGH"]').click();
    await page.waitForURL((u) => u.hash.startsWith('#/Alert') && u.hash.includes('HIGH'));

    // The demo may or may not have alerts now: the page renders either way (rows or "none").
    await page.goto(
      `${app.url}/#/Alert?filter=${encodeURIComponent('{"state":["OPEN","ACKNOWLEDGED"]}')}`,
    );
    await page.locator('.RaList-content').waitFor({ timeout: 30_000 });
    await page
      .locator('.RaList-content tbody tr, .RaList-content .MuiCardContent-root')
      .first()
      .waitFor({ timeout: 30_000 });
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 900 });
      // The list switches layout when the media query fires after the resize: wait for it.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
        .toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(ARTIFACTS, `alerts-${width}.png`), fullPage: true });
    }
    const alertRows = page.locator('.RaList-content tbody tr');
    if ((await alertRows.count()) > 0) {
      await alertRows.first().click();
      await page.locator('[data-testid="alert-history"]').waitFor({ timeout: 30_000 });
      for (const width of [1280, 800]) {
        await page.setViewportSize({ width, height: 900 });
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
          .toBeLessThanOrEqual(width);
        await page.screenshot({ path: path.join(ARTIFACTS, `alert-${width}.png`), fullPage: true });
      }
    }
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
  });

  it("shows an ADMIN the audit log with the admin's own sign-in in it", async () => {
    await page.getByRole('menuitem', { name: 'Audit log' }).click();
    const row = page.locator('tr', { hasText: 'login' }).filter({ hasText: 'admin@posture.local' });
    await row.first().waitFor({ timeout: 30_000 });
    await row.first().getByText('Succeeded').waitFor({ timeout: 10_000 });
    await page.getByRole('menuitem', { name: 'Dashboard' }).click();
  });

  it('speaks Japanese and Traditional Chinese', async () => {
    for (const [label, expected] of [
      ['日本語', /合格|不合格|対象外|警告/],
      ['繁體中文', /通過|未通過/],
    ] as const) {
      await page
        .locator('header button[aria-label], header button')
        .filter({ hasText: /English|日本語|繁體中文|EN|JA|ZH/i })
        .first()
        .click();
      await page.getByRole('menuitem', { name: label }).click();
      await expect
        .poll(() => page.locator('[data-testid="status-chip"]').first().innerText(), {
          timeout: 15_000,
        })
        .toMatch(expected);
      await page.screenshot({
        path: path.join(ARTIFACTS, `check-results-${label === '日本語' ? 'ja' : 'zh-TW'}.png`),
        fullPage: true,
      });
    }
  });

  it('ran every page above under the Content Security Policy without a violation', () => {
    // The pages above exercised login, lists, charts, dialogs and both other languages.
    expect(violations).toEqual([]);
  });
});
