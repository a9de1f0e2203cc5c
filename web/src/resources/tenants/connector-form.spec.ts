import { describe, expect, it } from 'vitest';
import type { ConnectorSettings } from '../../posture/records';
import {
  DEFAULT_BASE_URLS,
  baseUrlProblem,
  changedBaseUrls,
  connectorFormValues,
  normalizeUrl,
  secretWillBeCleared,
  toConnectorUpdate,
} from './connector-form';

const stored: ConnectorSettings = {
  tenantId: 't1',
  enabled: true,
  directoryId: '8d6e3f0a-7c1b-4e2d-9a5f-3b4c5d6e7f80',
  clientId: '5f1c7a3e-2d4b-4c6a-9e8f-0a1b2c3d4e5f',
  hasSecret: true,
  ...DEFAULT_BASE_URLS,
  overlapMinutes: 30,
  updatedAt: '2026-11-22T05:10:07.682Z',
};

describe('connectorFormValues', () => {
  it('shows the stored connector with an empty secret field', () => {
    const values = connectorFormValues(stored);
    expect(values.clientSecret).toBe('');
    expect(values.directoryId).toBe(stored.directoryId);
    expect(values).not.toHaveProperty('hasSecret');
  });

  it("offers Microsoft's endpoints for a new connector", () => {
    expect(connectorFormValues(null)).toMatchObject({
      enabled: true,
      ...DEFAULT_BASE_URLS,
      overlapMinutes: 30,
    });
  });
});

describe('toConnectorUpdate', () => {
  it('sends the secret only when one was typed', () => {
    expect(toConnectorUpdate('t1', connectorFormValues(stored))).not.toHaveProperty('clientSecret');
    expect(toConnectorUpdate('t1', { clientSecret: '   ' })).not.toHaveProperty('clientSecret');
    expect(toConnectorUpdate('t1', { clientSecret: ' s3cr3t~value ' }).clientSecret).toBe(
      's3cr3t~value',
    );
  });

  it('trims, and leaves empty values to the server (null keeps the stored one)', () => {
    expect(
      toConnectorUpdate('t1', {
        enabled: false,
        directoryId: ` ${stored.directoryId} `,
        clientId: '',
        loginBaseUrl: ' https://login.example.test/ ',
        graphBaseUrl: null,
        overlapMinutes: '45',
      }),
    ).toEqual({
      tenantId: 't1',
      enabled: false,
      directoryId: stored.directoryId,
      clientId: null,
      loginBaseUrl: 'https://login.example.test/',
      graphBaseUrl: null,
      exchangeBaseUrl: null,
      overlapMinutes: 45,
    });
  });

  it('keeps the connector enabled unless it was switched off', () => {
    expect(toConnectorUpdate('t1', {}).enabled).toBe(true);
    expect(toConnectorUpdate('t1', { overlapMinutes: '' }).overlapMinutes).toBeNull();
  });
});

describe('secretWillBeCleared', () => {
  it('warns when a base URL changes and no new secret is typed', () => {
    const values = { ...connectorFormValues(stored), graphBaseUrl: 'https://graph.example.test' };
    expect(changedBaseUrls(values, stored)).toEqual(['graphBaseUrl']);
    expect(secretWillBeCleared(values, stored)).toBe(true);
    expect(secretWillBeCleared({ ...values, clientSecret: 'a-new-secret' }, stored)).toBe(false);
  });

  it('compares URLs as the server does: a trailing slash or empty field is no change', () => {
    const values = {
      ...connectorFormValues(stored),
      loginBaseUrl: 'https://login.microsoftonline.com/',
      exchangeBaseUrl: '',
    };
    expect(changedBaseUrls(values, stored)).toEqual([]);
    expect(secretWillBeCleared(values, stored)).toBe(false);
  });

  it('has nothing to clear without a stored secret or connector', () => {
    const values = { graphBaseUrl: 'https://graph.example.test' };
    expect(secretWillBeCleared(values, { ...stored, hasSecret: false })).toBe(false);
    expect(secretWillBeCleared(values, null)).toBe(false);
  });
});

describe('normalizeUrl', () => {
  it.each([
    ['https://graph.microsoft.com/', 'https://graph.microsoft.com'],
    [' HTTPS://Graph.Microsoft.com ', 'https://graph.microsoft.com'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
    ['not a url', 'not a url'],
    ['', null],
  ])('%j → %j', (value, normal) => {
    expect(normalizeUrl(value)).toBe(normal);
  });
});

describe('baseUrlProblem', () => {
  it.each([
    'https://graph.microsoft.com',
    'https://graph.microsoft.us/',
    'http://127.0.0.1:37685',
    'http://localhost:4000',
    '',
  ])('accepts %j', (value) => {
    expect(baseUrlProblem(value)).toBeUndefined();
  });

  it('refuses plain http to anything but a local emulator', () => {
    expect(baseUrlProblem('http://graph.microsoft.com')).toBe('posture.validation.https');
    expect(baseUrlProblem('ftp://example.test')).toBe('posture.validation.https');
  });

  it('refuses what is not a URL', () => {
    expect(baseUrlProblem('graph.microsoft.com')).toBe('posture.validation.url');
  });
});
