import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../support/app-process.js';
import { ARTIFACTS, launchChromium } from '../support/browser.js';
import { pdfPageTexts, squeeze } from '../support/pdf-text.js';
import { sharedDemoApp } from '../support/demo-app.js';

/**
 * The Rollout page of the demo tenant in headless Chromium: wave cards, a wave's CSV export read
 * back against the API, and the printable report rendered to PDF (A4 and Letter).
 */
let demo: ReturnType<typeof sharedDemoApp>;
let browser: Browser;
let page: Page;

interface Wave {
  id: string;
  name: string;
  order: number;
  members: number;
  covered: number;
  withoutMailbox: number;
  coverage: number | null;
}

beforeAll(async () => {
  demo = sharedDemoApp();
  browser = await launchChromium();
  page = await browser.newPage({
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('rollout page', () => {
  it('shows the waves, exports a wave as CSV that matches the API, and prints to PDF', async () => {
    await page.goto(demo.url);
    await page.locator('input[name="username"]').fill('admin@posture.local');
    await page.locator('input[name="password"]').fill(demo.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((u) => !u.hash.includes('login'), { timeout: 30_000 });
    // Exact: "Rollout waves" is a menu item too.
    await page.getByRole('menuitem', { name: 'Rollout', exact: true }).click();
    await page.locator('[data-testid="wave-card-1"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="wave-card-overall"]').waitFor();
    expect(
      await page.locator('[data-testid="wave-card-1"] [data-testid="pilot-chip"]').count(),
    ).toBe(1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    const token = await page.evaluate(() => localStorage.getItem('posture.token'));
    const api = await gql<{ rolloutProgress: { waves: Wave[] } }>(
      demo.url,
      token!,
      `query($t: ID!) { rolloutProgress(tenantId: $t) {
         waves { id name order members covered withoutMailbox coverage } } }`,
      { t: demo.tenantId },
    );
    expect(api.errors).toBeUndefined();
    const waves = api.data!.rolloutProgress.waves;
    const pilot = waves.find((w) => w.order === Math.min(...waves.map((x) => x.order)))!;

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="wave-card-1-export"]').click(),
    ]);
    const file = path.join(ARTIFACTS, 'rollout-wave-1.csv');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').trim().split('\r\n');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows).toHaveLength(pilot.members);
    expect(rows.filter((r) => r[3] === 'true')).toHaveLength(pilot.covered);
    expect(rows.filter((r) => r[2] === 'NONE')).toHaveLength(pilot.withoutMailbox);
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set([pilot.name]));

    await page.locator('[data-testid="rollout-print-link"]').click();
    await page.locator('[data-testid="print-wave-1"]').waitFor({ timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    const text = await page.locator('[data-testid="rollout-print"]').innerText();
    for (const w of waves) {
      expect(text).toContain(w.name);
      expect(text).toContain(`${w.covered} of ${w.members - w.withoutMailbox} members`);
    }
    // A coverage chart per wave (plain SVG), one point per stored coverage point of the wave.
    const history = await gql<{
      rolloutProgress: {
        waves: Array<{ order: number; history: Array<{ coverage: number | null }> }>;
      };
    }>(
      demo.url,
      token!,
      `query($t: ID!) { rolloutProgress(tenantId: $t) { waves { order history { coverage } } } }`,
      { t: demo.tenantId },
    );
    for (const w of history.data!.rolloutProgress.waves) {
      const chart = page.locator(
        `[data-testid="print-wave-${w.order}"] svg[data-testid="print-wave-chart-${w.order}"]`,
      );
      expect(await chart.count(), `chart of wave ${w.order}`).toBe(1);
      const drawn = w.history.filter((h) => h.coverage !== null).length;
      expect(await chart.getAttribute('data-points')).toBe(String(drawn));
      if (drawn > 0) {
        const line = await chart.locator('polyline').getAttribute('points');
        expect(line!.trim().split(/\s+/)).toHaveLength(drawn);
      }
      const box = await chart.boundingBox();
      expect(box!.width, 'the chart takes the page width').toBeGreaterThan(300);
    }
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      writeFileSync(path.join(ARTIFACTS, `rollout-report-${format}.pdf`), pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Read back from the PDF itself: every wave's name and numbers are in the printed pages.
      const pages = await pdfPageTexts(pdf);
      expect(pages.length).toBeGreaterThan(0);
      const printed = squeeze(pages.join(' '));
      for (const w of waves) {
        expect(printed, `${format}: ${w.name}`).toContain(squeeze(w.name));
        expect(printed, `${format}: ${w.name} numbers`).toContain(
          squeeze(`${w.covered} of ${w.members - w.withoutMailbox} members`),
        );
        // The wave's chart is drawn into the PDF: its SVG title is text on the page.
        expect(printed, `${format}: ${w.name} chart`).toContain(
          squeeze(`Coverage over time: ${w.name}`),
        );
      }
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'rollout-print.png'), fullPage: true });
  });
});
