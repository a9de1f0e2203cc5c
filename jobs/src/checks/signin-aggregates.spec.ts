import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ALL_TENANTS } from '../scope.js';
import { testContext, type TestContext } from '../testing/services.js';
import { OUTLOOK_MOBILE_APP_ID } from './signin-aggregates.repository.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await testContext(inject('templateDatabaseUrl'));
});
afterAll(() => ctx.close());

const EXO = '00000002-0000-0ff1-ce00-000000000000';
let n = 0;
const ev = (o: Record<string, unknown> & { hoursAgo: number }) => {
  const { hoursAgo, errorCode = 0, os, ...rest } = o;
  return {
    id: `e${++n}`,
    createdDateTime: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
    resourceId: EXO,
    status: { errorCode },
    deviceDetail: { operatingSystem: os ?? 'Windows 10' },
    ...rest,
  };
};

describe('sign-in aggregates in SQL', () => {
  it('classifies as docs/checks.md says (which sign-ins the checks read): case-insensitive protocols, unknown values as legacy', async () => {
    const t = await ctx.newTenant();
    const events = [
      ev({ hoursAgo: 1, userPrincipalName: 'a@x.com', clientAppUsed: 'IMAP4' }),
      ev({ hoursAgo: 2, userPrincipalName: 'a@x.com', clientAppUsed: 'imap4' }),
      ev({ hoursAgo: 3, userPrincipalName: 'b@x.com', clientAppUsed: 'AutoDiscover' }),
      ev({ hoursAgo: 4, userPrincipalName: 'c@x.com', clientAppUsed: 'Other clients; IMAP' }),
      ev({ hoursAgo: 5, userPrincipalName: 'd@x.com', clientAppUsed: 'Browser' }),
      ev({ hoursAgo: 6, userPrincipalName: 'e@x.com', clientAppUsed: 'POP3', errorCode: 50126 }),
      // Previous window (7..14 days ago): one failed attempt.
      ev({
        hoursAgo: 24 * 9,
        userPrincipalName: 'e@x.com',
        clientAppUsed: 'POP3',
        errorCode: 50126,
      }),
      ev({
        hoursAgo: 7,
        userPrincipalName: 'f@x.com',
        clientAppUsed: 'Exchange ActiveSync',
        os: 'iOS 17',
        userAgent: 'Apple-iPhone15C2/2101.52',
      }),
      ev({
        hoursAgo: 8,
        userPrincipalName: 'g@x.com',
        clientAppUsed: 'Mobile Apps and Desktop clients',
        os: 'Android',
        appId: 'some-other-app',
      }),
      ev({
        hoursAgo: 9,
        userPrincipalName: 'h@x.com',
        clientAppUsed: 'Mobile Apps and Desktop clients',
        os: 'Ios',
        appId: OUTLOOK_MOBILE_APP_ID,
      }),
      ev({
        hoursAgo: 10,
        userPrincipalName: 'i@x.com',
        clientAppUsed: 'Browser',
        isInteractive: true,
        authenticationRequirement: 'multiFactorAuthentication',
      }),
      ev({
        hoursAgo: 11,
        userPrincipalName: 'j@x.com',
        clientAppUsed: 'Browser',
        isInteractive: true,
        authenticationRequirement: 'singleFactorAuthentication',
        conditionalAccessStatus: 'notApplied',
      }),
      ev({
        hoursAgo: 12,
        userPrincipalName: 'k@x.com',
        clientAppUsed: 'Browser',
        isInteractive: true,
      }),
      // Older than the window: ignored.
      ev({ hoursAgo: 24 * 20, userPrincipalName: 'z@x.com', clientAppUsed: 'IMAP4' }),
    ];
    const r = await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, events);
    expect(r.rejected).toEqual([]);
    const now = new Date();
    const window = { from: new Date(now.getTime() - 7 * 86_400_000), to: now };
    const previous = { from: new Date(now.getTime() - 14 * 86_400_000), to: window.from };
    const a = await ctx.aggregates.compute(t.id, window, previous, [
      { waveId: 'w', waveName: 'Pilot', upns: ['i@x.com', 'j@x.com'] },
    ]);

    expect(a.totalEvents).toBe(12);
    expect(a.legacySuccess.count).toBe(5); // 2 IMAP4 + AutoDiscover + unknown + EAS
    expect(
      a.legacySuccess.byUserProtocol.items.find((x) => x.userPrincipalName === 'a@x.com'),
    ).toMatchObject({ count: 1 });
    expect(a.legacySuccess.byUserProtocol.total).toBe(5); // IMAP4 and imap4 are separate spellings, same user
    expect(a.unknownClientApps).toEqual(['Other clients; IMAP']);
    expect(a.legacyFailures).toMatchObject({ current: 1, previous: 1 });
    expect(a.easSuccess.items).toEqual([
      {
        userPrincipalName: 'f@x.com',
        deviceId: null,
        operatingSystem: 'iOS 17',
        userAgent: 'Apple-iPhone15C2/2101.52',
        count: 1,
      },
    ]);
    expect(a.unapprovedMobileApps.items.map((x) => x.userPrincipalName)).toEqual(['g@x.com']);
    // An app the tenant approves (ids compared case-insensitively) is not listed; Outlook is
    // listed once the tenant no longer approves it.
    const approving = await ctx.aggregates.compute(
      t.id,
      window,
      previous,
      [],
      [OUTLOOK_MOBILE_APP_ID, 'SOME-OTHER-APP'],
    );
    expect(approving.unapprovedMobileApps.total).toBe(0);
    const none = await ctx.aggregates.compute(t.id, window, previous, [], []);
    expect(none.unapprovedMobileApps.items.map((x) => x.userPrincipalName).sort()).toEqual([
      'g@x.com',
      'h@x.com',
    ]);
    expect(a.mfa).toEqual({
      considered: 2,
      withMfa: 1,
      missingRequirement: 1,
      byWave: [{ waveId: 'w', waveName: 'Pilot', considered: 2, withMfa: 1 }],
    });
    expect(a.caNotApplied.count).toBe(1);
  });

  it('matches Exchange ActiveSync in any spelling and approved app ids in any case, and orders ties the same way every run', async () => {
    const t = await ctx.newTenant();
    const eas = (hoursAgo: number, user: string, spelling: string, os: string) =>
      ev({ hoursAgo, userPrincipalName: user, clientAppUsed: spelling, os, userAgent: 'EAS/1.0' });
    const events = [
      eas(1, 'a@x.com', 'Exchange ActiveSync', 'iOS 17'),
      eas(2, 'b@x.com', 'EXCHANGE ACTIVESYNC', 'iOS 17'),
      eas(3, 'b@x.com', 'exchange activesync', 'Android 14'),
      // Not Exchange ActiveSync, though legacy and successful.
      ev({ hoursAgo: 4, userPrincipalName: 'c@x.com', clientAppUsed: 'IMAP4' }),
      // Outlook for iOS and Android, its id in upper case: still the approved app.
      ev({
        hoursAgo: 5,
        userPrincipalName: 'd@x.com',
        clientAppUsed: 'Mobile Apps and Desktop clients',
        os: 'iOS 17',
        appId: OUTLOOK_MOBILE_APP_ID.toUpperCase(),
      }),
      ev({
        hoursAgo: 6,
        userPrincipalName: 'e@x.com',
        clientAppUsed: 'Mobile Apps and Desktop clients',
        os: 'Android 14',
        appId: 'Some-Other-App',
      }),
    ];
    const r = await ctx.ingest.ingestSignIns(ALL_TENANTS, t.id, events);
    expect(r.rejected).toEqual([]);
    const now = new Date();
    const window = { from: new Date(now.getTime() - 7 * 86_400_000), to: now };
    const previous = { from: new Date(now.getTime() - 14 * 86_400_000), to: window.from };
    const a = await ctx.aggregates.compute(t.id, window, previous, []);
    // Every spelling counted; equal counts in the order of user, then device and system.
    expect(a.easSuccess.total).toBe(3);
    expect(a.easSuccess.items.map((x) => [x.userPrincipalName, x.operatingSystem])).toEqual([
      ['a@x.com', 'iOS 17'],
      ['b@x.com', 'Android 14'],
      ['b@x.com', 'iOS 17'],
    ]);
    expect(a.unapprovedMobileApps.items.map((x) => [x.userPrincipalName, x.appId])).toEqual([
      ['e@x.com', 'Some-Other-App'],
    ]);
    const approving = await ctx.aggregates.compute(t.id, window, previous, [], ['some-other-app']);
    expect(approving.unapprovedMobileApps.items.map((x) => x.userPrincipalName)).toEqual([
      'd@x.com',
    ]);
  });
});
