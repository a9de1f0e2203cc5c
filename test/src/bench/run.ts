/**
 * `npm run bench`: how fast the product takes sign-ins in and checks them, on this machine.
 * Boots the real app on a fresh database (DATABASE_URL's server, else an embedded PostgreSQL),
 * pushes sign-ins as NDJSON through the push API (COPY behind it), then runs the checks.
 * Prints the numbers and whether they meet the targets below (2 cores: ~9,000 sign-ins/s pushed
 * through validation and COPY, under a second for a check run over 100,000 sign-ins).
 */
import { startTestServer } from '@posture/prisma/testing';
import {
  cli,
  dropDatabase,
  freshDatabaseUrl,
  gql,
  lastLine,
  memoryOf,
  startApp,
} from '../support/app-process.js';

const TOTAL = Number(process.env.BENCH_SIGNINS ?? 300_000);
const BATCH = 25_000;
const TARGET_PUSH_PER_S = 5_000;
const TARGET_RUN_S = 30;
const CLIENTS = [
  'Browser',
  'Mobile Apps and Desktop clients',
  'IMAP4',
  'Exchange ActiveSync',
  'POP3',
  'Authenticated SMTP',
];

function batch(start: number, count: number, now: number): string {
  const lines: string[] = [];
  for (let g = start; g < start + count; g++) {
    lines.push(
      JSON.stringify({
        id: `bench-${g}`,
        createdDateTime: new Date(now - (g % 500_000) * 1000).toISOString(),
        userPrincipalName: `user${g % 5000}@contoso.com`,
        appId:
          g % 3 === 0
            ? '27922004-5251-4030-b22d-91ecd9a37ea4'
            : 'd3590ed6-52b3-4102-aeff-aad2292ab01c',
        resourceId: '00000002-0000-0ff1-ce00-000000000000',
        clientAppUsed: CLIENTS[g % CLIENTS.length],
        isInteractive: g % 2 === 0,
        authenticationRequirement:
          g % 4 === 0 ? 'singleFactorAuthentication' : 'multiFactorAuthentication',
        conditionalAccessStatus: g % 9 === 0 ? 'notApplied' : 'success',
        status: { errorCode: g % 7 === 0 ? 50126 : 0 },
        deviceDetail: { operatingSystem: g % 2 === 0 ? 'iOS 17.4' : 'Windows 10' },
      }),
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const server = await startTestServer();
  const dbUrl = freshDatabaseUrl(server.templateUrl);
  const app = await startApp({ DATABASE_URL: dbUrl });
  try {
    const token = lastLine(
      (await cli(app.env, ['token', 'create', '--name', 'bench', '--role', 'ADMIN'])).stdout,
    );
    const t = (
      await gql<{ createTenant: { id: string } }>(
        app.url,
        token,
        'mutation { createTenant(name: "Bench") { id } }',
      )
    ).data!.createTenant.id;
    const now = Date.now();
    let pushed = 0;
    const t0 = performance.now();
    for (let start = 0; start < TOTAL; start += BATCH) {
      const res = await fetch(`${app.url}/api/v1/tenants/${t}/signins`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
        body: batch(start, Math.min(BATCH, TOTAL - start), now),
      });
      const body = (await res.json()) as { accepted: number };
      pushed += body.accepted;
      process.stdout.write(
        `\rpushed ${pushed.toLocaleString('en')} / ${TOTAL.toLocaleString('en')}`,
      );
    }
    const pushSeconds = (performance.now() - t0) / 1000;
    process.stdout.write('\n');
    const before = memoryOf(app.pid);
    const r0 = performance.now();
    const run = await gql<{ runChecks: { status: string; durationMs: number } }>(
      app.url,
      token,
      'mutation($t: ID!) { runChecks(tenantId: $t) { status durationMs } }',
      { t },
    );
    const runSeconds = (performance.now() - r0) / 1000;
    const after = memoryOf(app.pid);
    console.table({
      'sign-ins pushed': pushed,
      'push throughput (sign-ins/s)': Math.round(pushed / pushSeconds),
      'check run (s)': Number(runSeconds.toFixed(2)),
      'check run status': run.data?.runChecks.status ?? 'error',
      'app peak memory before run (MiB)': Math.round(before.peakMiB),
      'app peak memory after run (MiB)': Math.round(after.peakMiB),
    });
    const ok = pushed / pushSeconds >= TARGET_PUSH_PER_S && runSeconds <= TARGET_RUN_S;
    console.log(
      `targets (≥ ${TARGET_PUSH_PER_S} sign-ins/s pushed, check run ≤ ${TARGET_RUN_S} s): ${ok ? 'met' : 'MISSED'}`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await app.stop();
    await dropDatabase(dbUrl);
    await server.teardown();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
