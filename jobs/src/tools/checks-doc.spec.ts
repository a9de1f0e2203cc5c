import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../checks/registry.js';
import type { CheckDefinition } from '../checks/types.js';
import { CHECKS_DOC_PATH, renderChecksDoc } from './checks-doc.js';

describe('docs/checks.md', () => {
  it('is what `npm run docs` generates from the registry today (run it after changing a check)', () => {
    const onDisk = readFileSync(CHECKS_DOC_PATH, 'utf8');
    expect(onDisk === renderChecksDoc(CHECKS), 'docs/checks.md is stale: run `npm run docs`').toBe(
      true,
    );
  });

  it.each(CHECKS.map((c) => [c.id, c] as const))(
    'documents %s: title, severity, sources, every declared outcome, rationale and remediation',
    (id, check) => {
      const doc = renderChecksDoc(CHECKS);
      const section = doc.slice(doc.indexOf(`### ${id}\n`));
      const own = section.slice(0, section.indexOf('\n### ', 1) + 1 || undefined);
      expect(own).toContain(`Severity: ${check.severity} · Metric: ${check.metricUnit}`);
      for (const source of check.sources) expect(own).toContain(`\`${source}\``);
      for (const [status, when] of Object.entries(check.outcomes))
        expect(plain(own)).toContain(`| ${status} | ${when} |`);
      for (const text of [check.title, check.rationale, check.remediation])
        expect(plain(own)).toContain(text);
    },
  );

  it('documents a check added to the registry, without anyone touching the generator', () => {
    const extra: CheckDefinition = {
      ...CHECKS[0]!,
      id: 'TEST.NEW_CHECK',
      title: 'A check the generator has never seen',
      outcomes: { PASS: 'always, in this test', FAIL: 'never' },
    };
    const doc = renderChecksDoc([...CHECKS, extra]);
    expect(doc).toContain('### TEST.NEW_CHECK');
    expect(doc).toContain('| FAIL | never |');
    expect(doc).toContain(`against these ${CHECKS.length + 1} checks`);
  });
});

/** The text with markdown escapes removed, to compare prose with the definition. */
function plain(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}
