import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { itemWaiver, tenantWaiver } from '../testing/fixtures.js';
import { makeView } from '../testing/view-factory.js';
import type { CasMailbox } from '../types.js';
import { exoSmtpAuthDisabled as check } from './exchange-online.js';

const mbx = (
  UserPrincipalName: string,
  SmtpClientAuthenticationDisabled: boolean | null,
): CasMailbox => ({
  UserPrincipalName,
  SmtpClientAuthenticationDisabled,
});

const view = (
  orgDisabled: boolean,
  casMailboxes: CasMailbox[] | undefined,
  extra: Parameters<typeof makeView>[0] = {},
) =>
  makeView({
    ...extra,
    exchangeOnline: {
      transportConfig: { SmtpClientAuthenticationDisabled: orgDisabled },
      casMailboxes,
    },
  });

describe('EXO.SMTP_AUTH.DISABLED', () => {
  it('passes when SMTP AUTH is off for the organization and mailboxes follow it (null) or keep it off', () => {
    const r = evaluateCheck(
      check,
      view(true, [mbx('a@contoso.com', null), mbx('b@contoso.com', true)]),
    );
    expect(r.status).toBe('PASS');
    expect(r.metric).toBe(0);
  });

  it('fails when a mailbox re-enables SMTP AUTH although the organization disables it, listing the mailbox', () => {
    const r = evaluateCheck(
      check,
      view(true, [mbx('A@contoso.com', false), mbx('b@contoso.com', null)]),
    );
    expect(r.status).toBe('FAIL');
    expect(r.metric).toBe(1);
    expect(r.evidence.mailboxesReEnabling).toEqual({ items: ['a@contoso.com'], total: 1 });
  });

  it('fails when SMTP AUTH is enabled for the whole organization', () => {
    const r = evaluateCheck(check, view(false, []));
    expect(r.status).toBe('FAIL');
    expect(r.summary).toMatch(/whole organization/);
  });

  it('is an error when the CAS mailbox list is missing (an empty one would be data)', () => {
    expect(evaluateCheck(check, view(true, undefined)).status).toBe('ERROR');
  });

  it('is an error when a CAS mailbox lacks SmtpClientAuthenticationDisabled', () => {
    const r = evaluateCheck(check, view(true, [{ UserPrincipalName: 'a@contoso.com' }]));
    expect(r.status).toBe('ERROR');
  });

  it('is not applicable when the tenant never sent Exchange Online data', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived when every re-enabling mailbox is covered by an item waiver', () => {
    const r = evaluateCheck(
      check,
      view(true, [mbx('scanner@contoso.com', false)], {
        waivers: [itemWaiver(check.id, ['Scanner@contoso.com'])],
      }),
    );
    expect(r.status).toBe('WAIVED');
  });

  it('an item waiver cannot waive an organization-wide SMTP AUTH; a tenant waiver can', () => {
    expect(
      evaluateCheck(check, view(false, [], { waivers: [itemWaiver(check.id, ['a@contoso.com'])] }))
        .status,
    ).toBe('FAIL');
    expect(
      evaluateCheck(check, view(false, [], { waivers: [tenantWaiver(check.id)] })).status,
    ).toBe('WAIVED');
  });
});
