import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The repo's own lint config (eslint.config.mjs) over virtual files placed inside each workspace
 * (lintText with a filePath, so `npm run lint` never sees them): every boundary fails on a
 * deliberate violation and passes on an allowed import.
 */
const ROOT = path.resolve(__dirname, '../../..');
/** Every workspace of the root package.json: a new one fails here until the table has it. */
const WORKSPACES: string[] = JSON.parse(
  readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
).workspaces;
type Workspace = string;

const eslint = new ESLint({
  cwd: ROOT,
  // The virtual files are in no tsconfig, so type-aware parsing is off and only the boundary
  // rules run; everything else comes from the repo's config unchanged.
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) =>
    ruleId.startsWith('boundaries/') || ruleId.startsWith('no-restricted-'),
});

/** The boundary messages lint reports for `code` written in `file` (repo-relative). */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map((m) => `${m.ruleId ?? 'parser'}: ${m.message}`);
}

const importing = (source: string) => `import * as dep from '${source}';\nexport { dep };\n`;

/** The README's "What may import what" table: workspace → workspaces it may import. */
function readmeTable(): Map<Workspace, Workspace[]> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('### What may import what')[1];
  if (!section) throw new Error('README.md has no "What may import what" section');
  const table = new Map<Workspace, Workspace[]>();
  for (const line of section.split('\n')) {
    const row = /^\| `([a-z]+)\/` \|.*\| ([^|]+) \|$/.exec(line);
    if (!row) {
      if (table.size > 0 && !line.startsWith('|')) break;
      continue;
    }
    const [, from, mayImport] = row as unknown as [string, Workspace, string];
    const names = [...mayImport.matchAll(/`([a-z]+)`/g)].map((m) => m[1] as Workspace);
    table.set(
      from,
      mayImport.startsWith('anything') ? WORKSPACES.filter((w) => w !== from) : names,
    );
  }
  return table;
}

describe('the README table is exactly what lint enforces', () => {
  const table = readmeTable();

  it('lists every workspace', () => {
    expect([...table.keys()].sort()).toEqual([...WORKSPACES].sort());
  });

  const pairs = WORKSPACES.flatMap((from) =>
    WORKSPACES.filter((to) => to !== from).map((to) => [from, to] as const),
  );
  it.each(pairs)('%s/ importing @posture/%s', async (from, to) => {
    const found = await problems(`${from}/src/boundary-probe.ts`, importing(`@posture/${to}`));
    if (table.get(from)!.includes(to)) expect(found).toEqual([]);
    else expect(found).toEqual([expect.stringMatching(/^boundaries\/dependencies: /)]);
  });
});

describe('workspace boundaries', () => {
  it('any workspace may import npm packages and Node built-ins', async () => {
    expect(await problems('jobs/src/x.ts', importing('pg'))).toEqual([]);
    expect(await problems('emulator/src/x.ts', importing('node:http'))).toEqual([]);
    expect(await problems('web/src/x.tsx', importing('react'))).toEqual([]);
  });

  it('a relative import into another workspace fails, even where the package is allowed', async () => {
    // The issue's own example: api/ reaching into jobs/ past its barrel.
    const deep = 'api/src/graphql/tenants/inputs/x.ts';
    expect(await problems(deep, importing('../../../../../jobs/src/database/db.js'))).toEqual([
      expect.stringContaining('api/ may not import "../../../../../jobs/src/database/db.js"'),
    ]);
    expect(await problems('api/src/x.ts', importing('../../prisma/src/index.js'))).toHaveLength(1);
    expect(await problems('api/src/x.ts', importing('@posture/jobs'))).toEqual([]);
    expect(await problems('api/src/x.ts', importing('./config.js'))).toEqual([]);
  });

  it('type-only imports and re-exports are held to the same table', async () => {
    const typeOnly =
      "import type { TenantView } from '@posture/jobs';\nexport type T = TenantView;\n";
    expect(await problems('web/src/x.ts', typeOnly)).toHaveLength(1);
    expect(await problems('web/src/x.ts', "export * from '@posture/api';\n")).toHaveLength(1);
    expect(await problems('test/src/x.ts', typeOnly)).toEqual([]);
  });

  it('only api/src/bootstrap/embedded-emulator.ts may import the emulator, and nothing else new', async () => {
    const bridge = 'api/src/bootstrap/embedded-emulator.ts';
    expect(await problems(bridge, importing('@posture/emulator'))).toEqual([]);
    expect(await problems('api/src/bootstrap/database.ts', importing('@posture/emulator'))).toEqual(
      [expect.stringContaining('api/ may not import "@posture/emulator"')],
    );
    expect(await problems(bridge, importing('@posture/web'))).toHaveLength(1);
  });
});

describe('the check catalogue is pure', () => {
  const check = 'jobs/src/checks/catalogue/boundary-probe.ts';
  const pureOnly = /^boundaries\/dependencies: a check imports only jobs\/src\/checks\/types\.ts/;

  it('may import the check types and helpers in the catalogue', async () => {
    const code =
      "import type { CheckDefinition } from '../types.js';\nimport { cap } from './shared.js';\nexport const x: CheckDefinition[] = []; export { cap };\n";
    expect(await problems(check, code)).toEqual([]);
  });

  it.each([
    ['the database', '../../database/db.js'],
    ['the Prisma client', '@posture/prisma'],
    ['pg', 'pg'],
    ['a Node built-in by its node: name', 'node:net'],
    ['a Node built-in by its bare name', 'fs'],
    ['any npm package', 'zod'],
    ['jobs code outside the catalogue', '../evaluate.js'],
    ['another workspace', '@posture/api'],
  ])('may not import %s (%s)', async (_what, source) => {
    expect(await problems(check, importing(source))).toEqual([expect.stringMatching(pureOnly)]);
  });

  it.each([
    ['Date.now()', 'Date.now()'],
    ['new Date() without arguments', 'new Date()'],
    ['Date() called as a function', 'Date()'],
    ['performance.now()', 'performance.now()'],
    ['Math.random()', 'Math.random()'],
  ])('may not read the clock: %s', async (_what, expr) => {
    expect(await problems(check, `export const t = ${expr};\n`)).toEqual([
      expect.stringMatching(/^no-restricted-syntax: a check never reads the clock/),
    ]);
  });

  it('may not reach process or the network through globals', async () => {
    expect(await problems(check, 'export const e = process.env.X;\n')).toEqual([
      expect.stringMatching(/^no-restricted-globals: /),
    ]);
    expect(await problems(check, "export const r = fetch('http://x');\n")).toHaveLength(1);
  });

  it('may build dates from the view', async () => {
    expect(
      await problems(check, 'export const d = (v: { now: Date }) => new Date(v.now);\n'),
    ).toEqual([]);
  });

  it("a check's spec is a test, not a check: it may use fixtures, the runner and vitest", async () => {
    const spec = 'jobs/src/checks/catalogue/boundary-probe.spec.ts';
    const code =
      "import { it } from 'vitest';\nimport { evaluateCheck } from '../evaluate.js';\nexport const x = [it, evaluateCheck, Date.now()];\n";
    expect(await problems(spec, code)).toEqual([]);
  });
});
