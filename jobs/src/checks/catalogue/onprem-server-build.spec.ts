import { describe, expect, it } from 'vitest';
import { validateSnapshot } from '../../ingest/snapshot.schema.js';
import { evaluateCheck } from '../evaluate.js';
import { makeView } from '../testing/view-factory.js';
import { onPremServerBuild as check, parseExchangeVersion } from './onprem-hma.js';

const view = (...servers: Array<{ Name?: string; AdminDisplayVersion?: string | null }>) =>
  makeView({ exchangeOnPremises: { exchangeServers: servers } });

describe('ONPREM.SERVER.BUILD', () => {
  it('reads AdminDisplayVersion as the Exchange Management Shell prints it', () => {
    expect(parseExchangeVersion('Version 15.2 (Build 1544.4)')).toEqual([15, 2, 1544, 4]);
    expect(parseExchangeVersion('15.2.1544.4')).toBeNull();
  });

  it('passes when every server is 15.2 (Exchange 2019 / Subscription Edition)', () => {
    const r = evaluateCheck(
      check,
      view(
        { Name: 'EX01', AdminDisplayVersion: 'Version 15.2 (Build 1544.4)' },
        { Name: 'EX02', AdminDisplayVersion: 'Version 15.2 (Build 2562.17)' },
      ),
    );
    expect(r.status).toBe('PASS');
  });

  it('warns for an Exchange 2016 server, naming it in the summary and the remediation', () => {
    const r = evaluateCheck(
      check,
      view(
        { Name: 'EX01', AdminDisplayVersion: 'Version 15.2 (Build 1544.4)' },
        { Name: 'LEGACY16', AdminDisplayVersion: 'Version 15.1 (Build 2507.6)' },
      ),
    );
    expect(r.status).toBe('WARN');
    expect(r.summary).toContain('LEGACY16 (Exchange 2016)');
    expect(r.remediation).toContain('Upgrade LEGACY16 ');
    expect(r.remediation).not.toContain('EX01');
  });

  it('fails for Exchange 2010, where Outlook mobile only does Basic authentication', () => {
    const r = evaluateCheck(
      check,
      view({ Name: 'OLD', AdminDisplayVersion: 'Version 14.3 (Build 123.4)' }),
    );
    expect(r.status).toBe('FAIL');
  });

  it('is an error on an unreadable version or an empty server list', () => {
    expect(evaluateCheck(check, view({ Name: 'EX01', AdminDisplayVersion: 'soon' })).status).toBe(
      'ERROR',
    );
    expect(evaluateCheck(check, view()).status).toBe('ERROR');
  });

  it('judges the ServerVersion object PowerShell 5.1 ConvertTo-Json writes like the text', () => {
    const v = validateSnapshot(
      {
        capturedAt: '2026-11-20T05:00:00Z',
        exchangeOnPremises: {
          exchangeServers: [
            {
              Name: 'EX01',
              AdminDisplayVersion: {
                Major: 15,
                Minor: 1,
                Build: 2507,
                Revision: 6,
                MajorRevision: 0,
              },
            },
          ],
        },
      },
      new Date('2026-11-20T06:00:00Z'),
    );
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    expect(v.body.exchangeOnPremises?.exchangeServers?.[0]?.AdminDisplayVersion).toBe(
      'Version 15.1 (Build 2507.6)',
    );
    const r = evaluateCheck(check, makeView({ exchangeOnPremises: v.body.exchangeOnPremises }));
    expect(r.status).toBe('WARN');
  });
});
