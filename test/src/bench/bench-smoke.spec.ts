import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bench, parseArgs } from '../../bench/run.js';

/**
 * `npm run bench -- --quick` end to end, as a smoke test: every figure is measured and written.
 * Goals are not judged here (timings on a shared CI machine are noise).
 */
describe('npm run bench --quick (smoke, goals not judged)', () => {
  it('parses its arguments', () => {
    expect(parseArgs([])).toEqual({ size: 1_000_000, judge: true });
    expect(parseArgs(['--quick', '--no-judge'])).toEqual({ size: 100_000, judge: false });
    expect(parseArgs(['--size', '10000000'])).toMatchObject({ size: 10_000_000 });
    expect(() => parseArgs(['--size', 'lots'])).toThrow(/--size/);
  });

  it('measures every figure on 100,000 sign-ins and writes them', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'bench-')), 'latest.json');
    await bench({ ...parseArgs(['--quick', '--no-judge']), out });
    const r = JSON.parse(readFileSync(out, 'utf8')) as {
      size: number;
      ingest: Record<string, number>;
      checks: { seconds: Record<string, number> };
      graphql: Record<string, { p95Ms: number }>;
      machine: { cores: number };
      postgres: string;
      missed: unknown;
    };
    expect(r.size).toBe(100_000);
    for (const k of ['copyRowsPerSec', 'pushRowsPerSec', 'pullRowsPerSec', 'peakRssMb']) {
      expect(r.ingest[k], k).toBeGreaterThan(0);
    }
    expect(Object.keys(r.checks.seconds)).toEqual(['10000', '100000']);
    for (const k of ['home', 'signInListFirst', 'signInListDeep']) {
      expect(r.graphql[k]?.p95Ms, k).toBeGreaterThan(0);
    }
    expect(r.machine.cores).toBeGreaterThan(0);
    expect(r.postgres).toMatch(/^\d+/);
    expect(Array.isArray(r.missed)).toBe(true);
  }, 1_500_000);
});
