import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { makeView } from '../testing/view-factory.js';
import type { VirtualDirectory } from '../types.js';
import { onPremHmaSpn as check } from './onprem-hma.js';

const dirs = (eas: string | null, autodiscover: string | null): VirtualDirectory[] => [
  { Kind: 'ActiveSync', Server: 'EX01', ExternalUrl: eas },
  { Kind: 'ActiveSync', Server: 'EX02', ExternalUrl: eas },
  { Kind: 'Autodiscover', Server: 'EX01', ExternalUrl: autodiscover },
  // Not judged: only ActiveSync and Autodiscover carry Outlook mobile.
  {
    Kind: 'WebServices',
    Server: 'EX01',
    ExternalUrl: 'https://ews.fabrikam.com/EWS/Exchange.asmx',
  },
];

const view = (
  names: string[] | undefined,
  virtualDirectories = dirs(
    'https://mail.fabrikam.com/Microsoft-Server-ActiveSync',
    'https://autodiscover.fabrikam.com/Autodiscover/Autodiscover.xml',
  ),
) =>
  makeView({
    exchangeOnPremises: { virtualDirectories },
    entra: {
      exchangeServicePrincipal: {
        id: '5b3c9a0e-1111-4444-8888-000000000001',
        appId: '00000002-0000-0ff1-ce00-000000000000',
        servicePrincipalNames: names,
      },
    },
  });

describe('ONPREM.HMA.SPN', () => {
  it('passes when both external hosts are https SPNs (case and path do not matter)', () => {
    const r = evaluateCheck(
      check,
      view([
        '00000002-0000-0ff1-ce00-000000000000',
        'https://MAIL.fabrikam.com/',
        'https://autodiscover.fabrikam.com/Autodiscover',
      ]),
    );
    expect(r.status).toBe('PASS');
    expect(r.evidence.missingHosts).toEqual([]);
  });

  it('fails naming the missing ActiveSync host, with a remediation that adds exactly it to the real service principal', () => {
    const r = evaluateCheck(check, view(['https://autodiscover.fabrikam.com/']));
    expect(r.status).toBe('FAIL');
    expect(r.evidence.missingHosts).toEqual(['mail.fabrikam.com']);
    expect(r.remediation).toContain('"https://mail.fabrikam.com/"');
    expect(r.remediation).toContain('5b3c9a0e-1111-4444-8888-000000000001');
    expect(r.remediation).not.toMatch(/<[^>]+>/);
  });

  it('does not take a non-https name (an SPN like 00000002-…/mail.fabrikam.com) for the URL', () => {
    const r = evaluateCheck(
      check,
      view([
        '00000002-0000-0ff1-ce00-000000000000/mail.fabrikam.com',
        'https://autodiscover.fabrikam.com/',
      ]),
    );
    expect(r.status).toBe('FAIL');
  });

  it('warns when no ActiveSync or Autodiscover directory is published externally', () => {
    expect(evaluateCheck(check, view([], dirs(null, null))).status).toBe('WARN');
  });

  it('is an error when the service principal was not read, or a directory lacks ExternalUrl', () => {
    const noSp = makeView({
      exchangeOnPremises: { virtualDirectories: dirs(null, null) },
      entra: {},
    });
    expect(evaluateCheck(check, noSp).status).toBe('ERROR');
    const noUrl = view(['https://mail.fabrikam.com/'], [{ Kind: 'ActiveSync', Server: 'EX01' }]);
    expect(evaluateCheck(check, noUrl).status).toBe('ERROR');
  });

  it('is not applicable without Exchange on-premises', () => {
    expect(evaluateCheck(check, makeView({ entra: {} })).status).toBe('NOT_APPLICABLE');
  });
});
