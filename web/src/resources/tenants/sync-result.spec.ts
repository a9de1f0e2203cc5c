import { describe, expect, it } from 'vitest';
import { syncMessage, syncRefusal } from './sync-result';

const ok = { status: 'SUCCEEDED' as const, inserted: 120, duplicates: 7, error: null };
const snapOk = { status: 'SUCCEEDED' as const, error: null };

describe('syncMessage', () => {
  it('counts the new sign-ins and says the snapshot was stored', () => {
    expect(syncMessage({ signIns: ok, snapshot: snapOk })).toEqual({
      type: 'success',
      lines: [
        { key: 'posture.sync.title_success' },
        { key: 'posture.sync.sign_ins_done', args: { smart_count: 120, duplicates: 7 } },
        { key: 'posture.sync.snapshot_done' },
      ],
    });
  });

  it('is an error with both reasons when both pulls failed', () => {
    const message = syncMessage({
      signIns: { status: 'FAILED', inserted: 0, duplicates: 0, error: 'token request: HTTP 401' },
      snapshot: { status: 'FAILED', error: 'token request: HTTP 401' },
    });
    expect(message.type).toBe('error');
    expect(message.lines.slice(1)).toEqual([
      { key: 'posture.sync.sign_ins_failed', args: { error: 'token request: HTTP 401' } },
      { key: 'posture.sync.snapshot_failed', args: { error: 'token request: HTTP 401' } },
    ]);
  });

  it('is a warning when only one pull succeeded', () => {
    const message = syncMessage({ signIns: ok, snapshot: { status: 'FAILED', error: null } });
    expect(message.type).toBe('warning');
    expect(message.lines[2]).toEqual({ key: 'posture.sync.snapshot_failed', args: { error: '—' } });
  });

  it('says so when another pull of the tenant was already running', () => {
    const message = syncMessage({ signIns: null, snapshot: null });
    expect(message.type).toBe('warning');
    expect(message.lines.map((line) => line.key)).toEqual([
      'posture.sync.title_warning',
      'posture.sync.sign_ins_busy',
      'posture.sync.snapshot_busy',
    ]);
  });

  it('cuts a long error short', () => {
    const error = 'x'.repeat(5000);
    const line = syncMessage({
      signIns: ok,
      snapshot: { status: 'FAILED', error },
    }).lines[2];
    expect(String(line?.args?.error).length).toBeLessThanOrEqual(200);
  });
});

describe('syncRefusal', () => {
  const graphQLError = (extensions: Record<string, unknown>) => ({
    status: 200,
    body: { graphQLErrors: [{ message: 'refused', extensions }] },
  });

  it('says the tenant has no connector yet', () => {
    expect(syncRefusal(graphQLError({ code: 'NOT_FOUND' }))).toBe('posture.sync.no_connector');
  });

  it('says the connector has no client secret', () => {
    const error = graphQLError({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'clientSecret', reason: 'not set' }],
    });
    expect(syncRefusal(error)).toBe('posture.sync.no_secret');
  });

  it('leaves anything else to the server message', () => {
    expect(syncRefusal(graphQLError({ code: 'FORBIDDEN' }))).toBeNull();
    expect(syncRefusal(new Error('network down'))).toBeNull();
  });
});
