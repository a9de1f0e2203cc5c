import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const api = path.resolve(__dirname, '../..');

describe('schema.graphql', () => {
  it('is the schema the built resolvers print', () => {
    // The built printer (npm test builds first) in its own process: the schema of the code.
    const dir = mkdtempSync(path.join(tmpdir(), 'schema-'));
    try {
      const fresh = path.join(dir, 'schema.graphql');
      execFileSync(process.execPath, [path.join(api, 'dist/schema.js'), fresh]);
      expect(
        readFileSync(path.join(api, 'schema.graphql'), 'utf8'),
        'api/schema.graphql is stale: run `npm run schema -w @posture/api` and commit it',
      ).toBe(readFileSync(fresh, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
