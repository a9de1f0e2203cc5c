import { describe, expect, it } from 'vitest';
import { GRAPH_REPORTING_QUOTA, parseQuota, scopeFor } from './microsoft-client.js';

describe('token scopes follow the configured cloud', () => {
  it('uses the national cloud host of the base URL, the global one for any other host', () => {
    expect(scopeFor('graph', 'https://graph.microsoft.com')).toBe(
      'https://graph.microsoft.com/.default',
    );
    expect(scopeFor('graph', 'https://graph.microsoft.us/')).toBe(
      'https://graph.microsoft.us/.default',
    );
    expect(scopeFor('graph', 'https://dod-graph.microsoft.us')).toBe(
      'https://dod-graph.microsoft.us/.default',
    );
    expect(scopeFor('graph', 'https://microsoftgraph.chinacloudapi.cn')).toBe(
      'https://microsoftgraph.chinacloudapi.cn/.default',
    );
    expect(scopeFor('exchange', 'https://outlook.office365.us')).toBe(
      'https://outlook.office365.us/.default',
    );
    expect(scopeFor('exchange', 'https://partner.outlook.cn')).toBe(
      'https://partner.outlook.cn/.default',
    );
    expect(scopeFor('exchange', 'https://webmail.apps.mil')).toBe(
      'https://webmail.apps.mil/.default',
    );
    // The emulator or a proxy stands in for the global cloud.
    expect(scopeFor('graph', 'http://127.0.0.1:4010')).toBe('https://graph.microsoft.com/.default');
    expect(scopeFor('exchange', 'http://127.0.0.1:4010')).toBe(
      'https://outlook.office365.com/.default',
    );
    // A Graph host is no Exchange host.
    expect(scopeFor('exchange', 'https://graph.microsoft.us')).toBe(
      'https://outlook.office365.com/.default',
    );
  });

  it('reads GRAPH_REPORTING_QUOTA: default 5/10, off, or n/s; refuses anything else by name', () => {
    expect(parseQuota(undefined, 'Q')).toEqual(GRAPH_REPORTING_QUOTA);
    expect(GRAPH_REPORTING_QUOTA).toEqual({ requests: 5, windowMs: 10_000 });
    expect(parseQuota('off', 'Q')).toBeNull();
    expect(parseQuota('3/2', 'Q')).toEqual({ requests: 3, windowMs: 2_000 });
    expect(() => parseQuota('fast', 'GRAPH_REPORTING_QUOTA')).toThrow(/GRAPH_REPORTING_QUOTA/);
    expect(() => parseQuota('0/10', 'Q')).toThrow();
  });
});
