/**
 * Writes a new migration from the difference between the schema as of the last migration
 * (migrations/schema.snapshot.prisma) and schema.prisma, with Prisma's own schema engine built to
 * WebAssembly (the native engine cannot be downloaded here). Schema-to-schema: no database.
 *
 *   npm run db:diff -w @posture/prisma -- <name>
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../embedded.js';
import { MIGRATIONS_DIR } from '../migrate.js';

const SNAPSHOT = path.join(MIGRATIONS_DIR, 'schema.snapshot.prisma');
const SCHEMA = path.resolve(MIGRATIONS_DIR, '..', 'schema.prisma');

interface WasmEngine {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string }>;
}

interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, unknown>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}

async function loadEngine(schema: string, connectionString: string): Promise<WasmEngine> {
  const entry = require.resolve('@prisma/schema-engine-wasm');
  const dir = path.dirname(entry);
  // Node 20 cannot import .wasm as ESM: instantiate it ourselves with its JS glue.
  const bg = (await import(path.join(dir, 'schema_engine_bg.js'))) as Record<string, unknown> & {
    __wbg_set_wasm(exports: unknown): void;
    SchemaEngine: { new: (o: unknown, cb: unknown, adapter: unknown) => Promise<WasmEngine> };
  };
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const { instance } = await wasm.instantiate(
    readFileSync(path.join(dir, 'schema_engine_bg.wasm')),
    {
      './schema_engine_bg.js': bg,
    },
  );
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils');
  // The engine connects once even for schema-to-schema diffs; it changes nothing there.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  return bg.SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => {}, adapter);
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error('usage: db:diff <name> (lower-case letters, digits and _)');
  }
  const schema = readFileSync(SCHEMA, 'utf8');
  let url = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!url) {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'posture-diff-'));
    const embedded = await startEmbeddedPostgres({ dataDir: tmp, persistent: false });
    url = embedded.url;
    stop = embedded.stop;
  }
  try {
    await writeDiff(name, schema, await loadEngine(schema, url));
  } finally {
    await stop?.();
  }
}

async function writeDiff(name: string, schema: string, engine: WasmEngine): Promise<void> {
  const from = existsSync(SNAPSHOT)
    ? {
        tag: 'schemaDatamodel',
        files: [{ path: 'schema.prisma', content: readFileSync(SNAPSHOT, 'utf8') }],
      }
    : { tag: 'empty' };
  const res = await engine.diff({
    from,
    to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
    script: true,
    exitCode: null,
    shadowDatabaseUrl: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  if (!res.stdout.trim() || /empty migration/i.test(res.stdout)) {
    console.log('schema.prisma matches the last migration: nothing to write');
    return;
  }
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'migration.sql'), res.stdout);
  writeFileSync(SNAPSHOT, schema);
  console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
