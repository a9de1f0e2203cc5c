import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every comment, test or document that names a doc names one that is in the repository. */
const ROOT = path.resolve(__dirname, '../../..');
const SKIP_DIRS = new Set(['node_modules', 'dist', 'generated', '.data', '.git', '.turbo']);
const TEXT = /\.(ts|tsx|mts|mjs|cjs|js|json|prisma|sql|md|yml|yaml)$/;

/**
 * Applied migrations are checksummed by the migrator and never edited, so their comments keep
 * the names they were written with (the upper-case names there mean the files in docs/).
 */
const IMMUTABLE = /^prisma\/migrations\/[^/]+\/migration\.sql$/;

function sourceFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : sourceFiles(full);
    const rel = path.relative(ROOT, full).split(path.sep).join('/');
    return TEXT.test(e.name) && !IMMUTABLE.test(rel) && rel !== 'package-lock.json' ? [rel] : [];
  });
}

const files = sourceFiles();

describe('doc references', () => {
  it('finds the source tree', () => {
    expect(files).toContain('jobs/src/checks/types.ts');
    expect(files.length).toBeGreaterThan(100);
  });

  it('every docs/….md named in a file exists', () => {
    const missing = files.flatMap((file) =>
      [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/\bdocs\/([\w./-]+?\.md)\b/g)]
        .map((m) => `docs/${m[1]}`)
        .filter((doc) => !existsSync(path.join(ROOT, doc)))
        .map((doc) => `${file} names ${doc}`),
    );
    expect(missing).toEqual([]);
  });

  it('no file names the upper-case product docs that were never in the repo', () => {
    const stale = files.flatMap((file) =>
      [
        ...readFileSync(path.join(ROOT, file), 'utf8').matchAll(
          /\b(CHECKS|DOMAIN|API|STYLE|GOVERNANCE|PRODUCT|STACK)\.md\b/g,
        ),
      ].map((m) => `${file} names ${m[0]}`),
    );
    expect(stale).toEqual([]);
  });

  it('the docs themselves link only to docs that exist', () => {
    const docs = readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));
    expect(docs.sort()).toEqual(['api.md', 'architecture.md', 'checks.md', 'domain.md']);
    const broken = docs.flatMap((doc) =>
      [...readFileSync(path.join(ROOT, 'docs', doc), 'utf8').matchAll(/\]\(([\w-]+\.md)\)/g)]
        .filter((m) => !existsSync(path.join(ROOT, 'docs', m[1]!)))
        .map((m) => `docs/${doc} links ${m[1]}`),
    );
    expect(broken).toEqual([]);
  });
});
