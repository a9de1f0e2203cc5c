import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { DAY, device, itemWaiver } from '../testing/fixtures.js';
import { makeView, NOW } from '../testing/view-factory.js';
import type { MobileDevice } from '../types.js';
import { onPremEasUnapprovedDevices as check } from './onprem-activesync.js';

const hybrid = device({
  DeviceId: 'EXO1',
  DeviceType: 'OutlookService',
  DeviceModel: null,
  ClientType: 'EAS',
});

const view = (
  mobileDevices: MobileDevice[] | undefined,
  extra: Parameters<typeof makeView>[0] = {},
) => makeView({ ...extra, exchangeOnPremises: { mobileDevices } });

describe('ONPREM.EAS.UNAPPROVED_DEVICES', () => {
  it('passes when only the Exchange Online (OutlookService) partnership synced while Allowed', () => {
    const r = evaluateCheck(
      check,
      view([
        hybrid,
        device({ DeviceId: 'BLOCKED', DeviceAccessState: 'Blocked' }),
        device({
          DeviceId: 'OLD',
          LastSuccessSync: new Date(NOW.getTime() - 60 * DAY).toISOString(),
        }),
      ]),
    );
    expect(r.status).toBe('PASS');
    expect(r.evidence.allowedRecent).toBe(1);
  });

  it('fails when a native iPhone mail client syncs while Allowed, listing what an admin needs', () => {
    const r = evaluateCheck(check, view([hybrid, device({ DeviceId: 'IPH1' })]));
    expect(r.status).toBe('FAIL');
    expect(r.metric).toBe(1);
    expect(r.evidence.unapproved).toMatchObject({
      total: 1,
      items: [
        {
          DeviceId: 'IPH1',
          user: 'Alice',
          DeviceType: 'iPhone',
          DeviceModel: 'iPhone15,2',
          DeviceUserAgent: 'Apple-iPhone15C2/2101.52',
          DeviceAccessState: 'Allowed',
          DeviceAccessStateReason: 'Global',
        },
      ],
    });
  });

  it('fails for Outlook mobile connecting directly with Basic auth (DeviceType Outlook, not OutlookService)', () => {
    const r = evaluateCheck(
      check,
      view([
        device({
          DeviceId: 'OLM',
          DeviceType: 'Outlook',
          DeviceModel: 'Outlook for iOS and Android',
        }),
      ]),
    );
    expect(r.status).toBe('FAIL');
  });

  it('uses the tenant look-back window, counted back from the evaluation time', () => {
    const tenDaysAgo = device({
      DeviceId: 'IPH1',
      LastSuccessSync: new Date(NOW.getTime() - 10 * DAY).toISOString(),
    });
    expect(evaluateCheck(check, view([tenDaysAgo])).status).toBe('FAIL');
    expect(
      evaluateCheck(check, view([tenDaysAgo], { settings: { deviceLookbackDays: 7 } })).status,
    ).toBe('PASS');
  });

  it('is an error when a device lacks LastSuccessSync', () => {
    const { LastSuccessSync: _drop, ...broken } = device();
    expect(evaluateCheck(check, view([broken])).status).toBe('ERROR');
  });

  it('is an error when LastSuccessSync is not a date', () => {
    expect(evaluateCheck(check, view([device({ LastSuccessSync: 'yesterday' })])).status).toBe(
      'ERROR',
    );
  });

  it('is an error when the mobile device list is missing', () => {
    expect(evaluateCheck(check, view(undefined)).status).toBe('ERROR');
  });

  it('is not applicable when the tenant has no Exchange on-premises', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived when every unapproved device id is waived (case-insensitively)', () => {
    const r = evaluateCheck(
      check,
      view([device({ DeviceId: 'IPH1' })], { waivers: [itemWaiver(check.id, ['iph1'])] }),
    );
    expect(r.status).toBe('WAIVED');
  });

  it('stays failing when only some unapproved devices are waived', () => {
    const r = evaluateCheck(
      check,
      view(
        [device({ DeviceId: 'IPH1' }), device({ DeviceId: 'SAM1', DeviceType: 'SAMSUNGSMG991B' })],
        { waivers: [itemWaiver(check.id, ['iph1'])] },
      ),
    );
    expect(r.status).toBe('FAIL');
    expect(r.evidence.unwaivedItems).toEqual({ items: ['sam1'], total: 1 });
  });
});
