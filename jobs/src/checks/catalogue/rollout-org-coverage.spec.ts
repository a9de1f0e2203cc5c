import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { allowingExoPolicy, blockingExoPolicy, exoUser, itemWaiver } from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { ExchangeUser, WaiverView } from '../types.js';
import { rolloutOrgCoverage as check } from './rollout.js';

const view = (users: ExchangeUser[], orgDefault: string | null, waivers: WaiverView[] = []) =>
  makeView({
    exchangeOnline: {
      organizationConfig: { DefaultAuthenticationPolicy: orgDefault },
      authenticationPolicies: [
        blockingExoPolicy('Block Basic Auth'),
        allowingExoPolicy('Legacy Allowed'),
      ],
      users,
    },
    waivers,
  });

describe('ROLLOUT.ORG_COVERAGE', () => {
  it('passes when the blocking organization default covers every mailbox user (no wave needed)', () => {
    const r = evaluateCheck(
      check,
      view([exoUser('a@contoso.com'), exoUser('b@contoso.com')], 'Block Basic Auth'),
    );
    expect(r.status).toBe('PASS');
    expect(r.metric).toBe(1);
  });

  it('counts only UserMailbox recipients', () => {
    const r = evaluateCheck(
      check,
      view(
        [
          exoUser('a@contoso.com', { policy: 'Block Basic Auth' }),
          exoUser('room@contoso.com', { type: 'RoomMailbox' }),
        ],
        null,
      ),
    );
    expect(r.status).toBe('PASS');
    expect(r.evidence.mailboxUsers).toBe(1);
  });

  it('warns (progress, not a fault) when some mailbox users are not covered yet', () => {
    const r = evaluateCheck(
      check,
      view(
        [exoUser('a@contoso.com', { policy: 'Block Basic Auth' }), exoUser('b@contoso.com')],
        null,
      ),
    );
    expect(r.status).toBe('WARN');
    expect(r.metric).toBe(0.5);
  });

  it('warns when a per-user policy allows Basic although the org default blocks', () => {
    const r = evaluateCheck(
      check,
      view(
        [exoUser('a@contoso.com'), exoUser('b@contoso.com', { policy: 'Legacy Allowed' })],
        'Block Basic Auth',
      ),
    );
    expect(r.status).toBe('WARN');
    expect(r.evidence.overriddenByOwnPolicy).toBe(1);
    expect(r.evidence.uncovered).toMatchObject({
      items: [{ userPrincipalName: 'b@contoso.com', policySource: 'user' }],
    });
  });

  it('is an error when a user lacks RecipientTypeDetails', () => {
    const { RecipientTypeDetails: _drop, ...broken } = exoUser('a@contoso.com');
    expect(evaluateCheck(check, view([broken], 'Block Basic Auth')).status).toBe('ERROR');
  });

  it('is an error when the organization default names no existing policy', () => {
    expect(evaluateCheck(check, view([exoUser('a@contoso.com')], 'Gone')).status).toBe('ERROR');
  });

  it('is not applicable when the tenant never sent Exchange Online data', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived when every uncovered mailbox user is waived', () => {
    const r = evaluateCheck(
      check,
      view([exoUser('a@contoso.com', { policy: 'Legacy Allowed' })], 'Block Basic Auth', [
        itemWaiver(check.id, ['a@contoso.com']),
      ]),
    );
    expect(r.status).toBe('WAIVED');
  });
});
