import { describe, expect, it } from 'vitest';
import { clearsSecret } from './connectors.service.js';

const stored = {
  loginBaseUrl: 'https://login.microsoftonline.com',
  graphBaseUrl: 'https://graph.microsoft.com',
  exchangeBaseUrl: 'https://outlook.office365.com',
};

describe('whether a connector change clears its secret', () => {
  it('clears it when any base URL points elsewhere, not when one is unchanged or left out', () => {
    expect(clearsSecret(stored, {})).toBe(false);
    expect(clearsSecret(stored, { graphBaseUrl: null })).toBe(false);
    // The same URL as stored, written with a trailing slash, is no change.
    expect(clearsSecret(stored, { graphBaseUrl: 'https://graph.microsoft.com/' })).toBe(false);
    expect(clearsSecret(stored, { graphBaseUrl: 'https://graph.example.com' })).toBe(true);
    expect(clearsSecret(stored, { exchangeBaseUrl: 'http://127.0.0.1:4010' })).toBe(true);
  });
});
