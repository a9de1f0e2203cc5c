import type { ConnectorSettings } from '@posture/prisma';
import { describe, expect, it } from 'vitest';
import { planConnectorChange } from './connectors.service.js';

const stored: ConnectorSettings = {
  tenantId: '6b8f0c52-0a8e-4d8e-9f1e-3d2f5a7c9b10',
  enabled: true,
  directoryId: '2f1d6c4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f',
  clientId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  secretEncrypted: 'sealed',
  loginBaseUrl: 'https://login.microsoftonline.com',
  graphBaseUrl: 'https://graph.microsoft.com',
  exchangeBaseUrl: 'https://outlook.office365.com',
  overlapMinutes: 30,
  updatedAt: new Date(0),
};

const clears = (input: Parameters<typeof planConnectorChange>[1], current = stored) =>
  planConnectorChange(current, input).clearsSecret;

describe('whether a connector change clears its secret', () => {
  it('clears it when any base URL points elsewhere, not when one is unchanged or left out', () => {
    expect(clears({})).toBe(false);
    expect(clears({ graphBaseUrl: null })).toBe(false);
    // The same URL as stored, written with a trailing slash, is no change.
    expect(clears({ graphBaseUrl: 'https://graph.microsoft.com/' })).toBe(false);
    expect(clears({ graphBaseUrl: 'https://graph.example.com' })).toBe(true);
    expect(clears({ exchangeBaseUrl: 'http://127.0.0.1:4010' })).toBe(true);
  });

  it('keeps it when a new secret comes with the change, and has nothing to clear without one', () => {
    expect(
      clears({ graphBaseUrl: 'https://graph.example.com', clientSecret: 'a-new-secret' }),
    ).toBe(false);
    expect(
      clears({ graphBaseUrl: 'https://graph.example.com' }, { ...stored, secretEncrypted: null }),
    ).toBe(false);
  });

  it('names each refused field: plain http beyond this machine, a base URL that is no URL', () => {
    const { problems } = planConnectorChange(stored, {
      graphBaseUrl: 'http://graph.example.com',
      loginBaseUrl: 'not a url',
    });
    expect(problems.map((p) => p.path).sort()).toEqual(['graphBaseUrl', 'loginBaseUrl']);
  });
});
