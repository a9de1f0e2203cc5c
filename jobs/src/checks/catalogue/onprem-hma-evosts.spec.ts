import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { tenantWaiver } from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { AuthServer, VirtualDirectory } from '../types.js';
import { onPremHmaEvoSts as check } from './onprem-hma.js';

const evo: AuthServer = {
  Name: 'EvoSts - 0f5b2a4c-1111-2222-3333-444455556666',
  Type: 'AzureAD',
  Enabled: true,
  IsDefaultAuthorizationEndpoint: true,
};

const vdirs = (
  server: string,
  override: Partial<Record<string, VirtualDirectory>> = {},
): VirtualDirectory[] =>
  (['ActiveSync', 'Autodiscover', 'WebServices', 'OAB'] as const)
    .map((Kind) => override[Kind] ?? { Kind, Server: server, OAuthAuthentication: true })
    .concat(
      override.Mapi ?? {
        Kind: 'Mapi',
        Server: server,
        IISAuthenticationMethods: ['Ntlm', 'OAuth', 'Negotiate'],
      },
    );

const view = (
  authServers: AuthServer[] | undefined,
  virtualDirectories: VirtualDirectory[] | undefined,
) => makeView({ exchangeOnPremises: { authServers, virtualDirectories } });

describe('ONPREM.HMA.EVOSTS', () => {
  it('passes with one enabled default EvoSts server and OAuth on all five directories of every server', () => {
    const r = evaluateCheck(
      check,
      view(
        [evo, { Name: 'ACS', Enabled: true, IsDefaultAuthorizationEndpoint: false }],
        [...vdirs('EX01'), ...vdirs('EX02')],
      ),
    );
    expect(r.status).toBe('PASS');
    expect(r.evidence.missing).toEqual([]);
  });

  it('fails when OAuth is missing from the MAPI directory of one server, naming it', () => {
    const r = evaluateCheck(
      check,
      view(
        [evo],
        [
          ...vdirs('EX01'),
          ...vdirs('EX02', {
            Mapi: { Kind: 'Mapi', Server: 'EX02', IISAuthenticationMethods: ['Ntlm', 'Negotiate'] },
          }),
        ],
      ),
    );
    expect(r.status).toBe('FAIL');
    expect(r.evidence.missing).toEqual(['EX02: OAuth is off on the Mapi virtual directory']);
  });

  it('fails when a server reports no OAB directory at all', () => {
    const r = evaluateCheck(
      check,
      view(
        [evo],
        vdirs('EX01').filter((d) => d.Kind !== 'OAB'),
      ),
    );
    expect(r.status).toBe('FAIL');
    expect(r.evidence.missing).toEqual(['EX01: no OAB virtual directory reported']);
  });

  it('fails when the EvoSts server is not the default authorization endpoint', () => {
    const r = evaluateCheck(
      check,
      view([{ ...evo, IsDefaultAuthorizationEndpoint: false }], vdirs('EX01')),
    );
    expect(r.status).toBe('FAIL');
    expect(r.summary).toMatch(/no enabled EvoSts auth server is the default/);
  });

  it('fails when two EvoSts servers both claim to be the default', () => {
    const r = evaluateCheck(check, view([evo, { ...evo, Name: 'EvoSts - other' }], vdirs('EX01')));
    expect(r.status).toBe('FAIL');
    expect(r.summary).toMatch(/exactly one/);
  });

  it('fails when there is no EvoSts server at all (Hybrid Configuration Wizard never ran)', () => {
    expect(evaluateCheck(check, view([], vdirs('EX01'))).status).toBe('FAIL');
  });

  it('is an error when a virtual directory reports no OAuth field at all', () => {
    const r = evaluateCheck(
      check,
      view([evo], vdirs('EX01', { OAB: { Kind: 'OAB', Server: 'EX01' } })),
    );
    expect(r.status).toBe('ERROR');
  });

  it('is an error when the virtual directory list is missing', () => {
    expect(evaluateCheck(check, view([evo], undefined)).status).toBe('ERROR');
  });

  it('is an error when the EvoSts server lacks Enabled', () => {
    const { Enabled: _drop, ...broken } = evo;
    expect(evaluateCheck(check, view([broken], vdirs('EX01'))).status).toBe('ERROR');
  });

  it('is not applicable when the tenant has no Exchange on-premises', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived by a tenant-wide waiver while it would fail', () => {
    const v = view([], vdirs('EX01'));
    v.waivers = [tenantWaiver(check.id)];
    expect(evaluateCheck(check, v).status).toBe('WAIVED');
  });
});

describe('ONPREM.HMA.EVOSTS (what Microsoft requires, and remediation with real names)', () => {
  it("only warns when just the ActiveSync directory lacks OAuth (not on Microsoft's list of four)", () => {
    const r = evaluateCheck(
      check,
      view(
        [evo],
        vdirs('EX01', {
          ActiveSync: { Kind: 'ActiveSync', Server: 'EX01', OAuthAuthentication: false },
        }),
      ),
    );
    expect(r.status).toBe('WARN');
    expect(r.evidence.missing).toEqual([]);
    expect(r.evidence.warnings).toEqual(['EX01: OAuth is off on the ActiveSync virtual directory']);
    expect(r.remediation).toContain(
      'Set-ActiveSyncVirtualDirectory -Identity "EX01\\Microsoft-Server-ActiveSync (Default Web Site)"',
    );
  });

  it('names the real server and EvoSts auth server in the remediation, no <placeholder>', () => {
    const r = evaluateCheck(
      check,
      view(
        [{ ...evo, IsDefaultAuthorizationEndpoint: false }],
        vdirs('MBX-TOKYO-02', {
          Mapi: {
            Kind: 'Mapi',
            Server: 'MBX-TOKYO-02',
            IISAuthenticationMethods: ['Ntlm', 'Negotiate'],
          },
        }),
      ),
    );
    expect(r.status).toBe('FAIL');
    expect(r.remediation).toContain(
      `Set-AuthServer -Identity "${evo.Name}" -IsDefaultAuthorizationEndpoint $true`,
    );
    expect(r.remediation).toContain(
      'Set-MapiVirtualDirectory -Identity "MBX-TOKYO-02\\mapi (Default Web Site)"',
    );
    expect(r.remediation).not.toMatch(/<[^>]+>/);
  });
});
