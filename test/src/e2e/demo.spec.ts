import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql, type RunningApp } from '../support/app-process.js';
import { startDemoApp, type DemoApp } from '../support/demo-app.js';

/**
 * `npm start`'s demo: the in-process emulator feeds the demo tenant through the same pull
 * connectors and on-premises collector a real tenant would use, and its results move with the
 * scenario's days.
 */
let demo: DemoApp;
let app: RunningApp;
let token: string;
let tenantId: string;
let startedIn: number;

beforeAll(async () => {
  const t0 = Date.now();
  demo = await startDemoApp(inject('templateDatabaseUrl'));
  startedIn = Date.now() - t0;
  app = demo.app;
  tenantId = demo.tenantId;
  const login = await gql<{ login: { token: string } }>(
    app.url,
    null,
    'mutation($p: String!) { login(email: "admin@posture.local", password: $p) { token } }',
    { p: demo.password },
  );
  token = login.data!.login.token;
});

afterAll(async () => {
  await demo?.close();
});

/**
 * The evidence column headings each dashboard language has (web/src/i18n/<locale>.ts,
 * posture.evidence.column), read as text: the web is not part of this workspace's program.
 */
function evidenceColumnHeadings(): Record<'en' | 'ja' | 'zh-TW', Set<string>> {
  const read = (locale: string) => {
    const file = path.resolve(__dirname, `../../../web/src/i18n/${locale}.ts`);
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf('\n      column: {', text.indexOf('\n    evidence: {'));
    expect(start, `posture.evidence.column in ${locale}.ts`).toBeGreaterThan(0);
    const end = text.indexOf('\n      },', start);
    return new Set(
      [...text.slice(start, end).matchAll(/^ {8}'?([A-Za-z0-9_]+)'?:/gm)].map((m) => m[1]!),
    );
  };
  return { en: read('en'), ja: read('ja'), 'zh-TW': read('zh-TW') };
}

/** The evidence values each dashboard language words, by column (posture.evidence.value). */
function evidenceValueWords(): Record<'en' | 'ja' | 'zh-TW', Map<string, Set<string>>> {
  const read = (locale: string) => {
    const file = path.resolve(__dirname, `../../../web/src/i18n/${locale}.ts`);
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf('\n      value: {', text.indexOf('\n    evidence: {'));
    expect(start, `posture.evidence.value in ${locale}.ts`).toBeGreaterThan(0);
    const block = text.slice(start, text.indexOf('\n      },', start));
    const words = new Map<string, Set<string>>();
    for (const m of block.matchAll(/^ {8}([A-Za-z0-9_]+): \{([^}]*)\}/gm))
      words.set(m[1]!, new Set([...m[2]!.matchAll(/^ {10}([A-Za-z0-9_]+):/gm)].map((k) => k[1]!)));
    return words;
  };
  return { en: read('en'), ja: read('ja'), 'zh-TW': read('zh-TW') };
}

async function pilot(): Promise<{ status: string; metric: number | null; summary: string }> {
  const r = await gql<{
    allCheckResults: Array<{ status: string; metric: number | null; summary: string }>;
  }>(
    app.url,
    token,
    'query($t: ID!) { allCheckResults(filter: { tenantId: $t, checkId: "ROLLOUT.PILOT_COVERAGE", latest: true }) { status metric summary } }',
    { t: tenantId },
  );
  return r.data!.allCheckResults[0]!;
}

describe('the demo tenant', () => {
  it('has sign-ins, snapshots from both the pull and the collector, and check results once started', async () => {
    console.log(`demo tenant fed and checked ${(startedIn / 1000).toFixed(1)} s after start`);
    const r = await gql<{
      _allSignInsMeta: { count: number };
      allSnapshots: Array<{ origin: string; sources: string[] }>;
      _allCheckResultsMeta: { count: number };
      allRolloutWaves: Array<{ name: string }>;
    }>(
      app.url,
      token,
      `query($t: ID!) { _allSignInsMeta(filter: { tenantId: $t }) { count }
         allSnapshots(filter: { tenantId: $t }, perPage: 50) { origin sources }
         _allCheckResultsMeta(filter: { tenantId: $t, latest: true }) { count }
         allRolloutWaves(filter: { tenantId: $t }) { name } }`,
      { t: tenantId },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!._allSignInsMeta.count).toBeGreaterThan(1000);
    expect(
      r.data!.allSnapshots.some((s) => s.origin === 'PULL' && s.sources.includes('entra')),
    ).toBe(true);
    // The on-premises side arrives the way it would in real life: pushed by a collector.
    expect(
      r.data!.allSnapshots.some(
        (s) => s.origin === 'PUSH' && s.sources.includes('exchangeOnPremises'),
      ),
    ).toBe(true);
    expect(r.data!._allCheckResultsMeta.count).toBeGreaterThanOrEqual(24);
    expect(r.data!.allRolloutWaves[0]?.name).toMatch(/pilot/i);
  });

  it('audits what the start-up did on its own: the first admin, the demo tenant, its connector and collector token', async () => {
    const r = await gql<{ allAuditEvents: Array<{ action: string; outcome: string }> }>(
      app.url,
      token,
      '{ allAuditEvents(filter: { actor: "system:start" }, perPage: 50) { action outcome } }',
    );
    expect(r.errors).toBeUndefined();
    expect(new Set(r.data!.allAuditEvents.map((e) => `${e.action} ${e.outcome}`))).toEqual(
      new Set([
        'bootstrap:first admin SUCCEEDED',
        'bootstrap:demo tenant SUCCEEDED',
        'bootstrap:demo connector SUCCEEDED',
        'bootstrap:demo collector token SUCCEEDED',
      ]),
    );
  });

  it('changes as the scenario days pass: the pilot gets its policy on day 1', async () => {
    const before = await pilot();
    expect(before.metric).toBe(0);
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
    const synced = await gql<{ syncTenant: { snapshot: { status: string } } }>(
      app.url,
      token,
      'mutation($t: ID!) { syncTenant(tenantId: $t) { snapshot { status } } }',
      { t: tenantId },
    );
    expect(synced.data!.syncTenant.snapshot.status).toBe('SUCCEEDED');
    await gql(app.url, token, 'mutation($t: ID!) { runChecks(tenantId: $t) { id } }', {
      t: tenantId,
    });
    const after = await pilot();
    expect(after.metric).toBeGreaterThan(0);
    expect(after.summary).not.toEqual(before.summary);
  });

  it("writes every remediation with the tenant's real names: no <placeholder>, the listed items named", async () => {
    const r = await gql<{
      allCheckResults: Array<{
        checkId: string;
        status: string;
        remediation: string;
        evidence: Record<string, unknown>;
      }>;
    }>(
      app.url,
      token,
      'query($t: ID!) { allCheckResults(filter: { tenantId: $t, latest: true }, perPage: 200) { checkId status remediation evidence } }',
      { t: tenantId },
    );
    expect(r.errors).toBeUndefined();
    const results = r.data!.allCheckResults;
    expect(results.length).toBeGreaterThanOrEqual(24);
    for (const result of results) {
      expect(result.remediation, result.checkId).not.toMatch(/<[^<>\s][^<>]*>/);
    }
    // Where the evidence names what to fix, the remediation names it too.
    const named = (checkId: string, values: (e: Record<string, unknown>) => string[]) => {
      const res = results.find((x) => x.checkId === checkId);
      if (!res || (res.status !== 'FAIL' && res.status !== 'WARN')) return 0;
      const wanted = values(res.evidence).slice(0, 20);
      for (const v of wanted) expect(res.remediation, `${checkId}: ${v}`).toContain(v);
      return wanted.length;
    };
    const items = (e: Record<string, unknown>, key: string) =>
      (e[key] as { items?: Array<Record<string, unknown>> } | undefined)?.items ?? [];
    named('ONPREM.EAS.UNAPPROVED_DEVICES', (e) =>
      items(e, 'unapproved').map((d) => String(d.DeviceId)),
    );
    named('ONPREM.HMA.SPN', (e) => (e.missingHosts as string[] | undefined) ?? []);
    named('ROLLOUT.PILOT_COVERAGE', (e) =>
      items(e, 'uncovered').map((u) => String(u.userPrincipalName)),
    );
    named('EXO.SMTP_AUTH.DISABLED', (e) => items(e, 'mailboxesReEnabling').map(String));
  });

  it('has a column heading in the dashboard, in every language, for every evidence column its results show', async () => {
    // Every result of every run so far (the scenario days above included), not only the latest.
    const r = await gql<{
      allCheckResults: Array<{
        checkId: string;
        evidenceTables: Array<{ columns: string[]; rows: Array<{ cells: Array<string | null> }> }>;
      }>;
    }>(
      app.url,
      token,
      'query($t: ID!) { allCheckResults(filter: { tenantId: $t }, perPage: 1000) { checkId evidenceTables { columns rows { cells } } } }',
      { t: tenantId },
    );
    expect(r.errors).toBeUndefined();
    const shown = new Map<string, string>();
    for (const res of r.data!.allCheckResults)
      for (const t of res.evidenceTables) for (const c of t.columns) shown.set(c, res.checkId);
    expect(shown.size).toBeGreaterThan(5);
    const named = evidenceColumnHeadings();
    for (const locale of ['en', 'ja', 'zh-TW'] as const) {
      const missing = [...shown].filter(([c]) => !named[locale].has(c));
      expect(missing, `evidence columns without a ${locale} heading`).toEqual([]);
    }
    // Columns whose values are the checks' own words (mailbox-coverage.ts): each value worded.
    const words = evidenceValueWords();
    const values = new Map<string, Set<string>>();
    for (const res of r.data!.allCheckResults)
      for (const t of res.evidenceTables)
        t.columns.forEach((c, i) => {
          if (!words.en.has(c)) return;
          for (const row of t.rows)
            if (row.cells[i]) values.set(c, (values.get(c) ?? new Set()).add(row.cells[i]!));
        });
    expect([...values.keys()].sort()).toEqual(['mailboxLocation', 'policySource']);
    for (const locale of ['en', 'ja', 'zh-TW'] as const)
      for (const [c, vs] of values) {
        const missing = [...vs].filter((v) => !words[locale].get(c)?.has(v));
        expect(missing, `${c} values without ${locale} words`).toEqual([]);
      }
  });
});
