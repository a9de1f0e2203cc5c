import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../evaluate.js';
import { DAY, device, itemWaiver } from '../testing/fixtures.js';
import { makeView, NOW } from '../testing/view-factory.js';
import type { MobileDevice } from '../types.js';
import { onPremEasProtocolVersion as check } from './onprem-activesync.js';

const view = (
  mobileDevices: MobileDevice[] | undefined,
  extra: Parameters<typeof makeView>[0] = {},
) => makeView({ ...extra, exchangeOnPremises: { mobileDevices } });

describe('ONPREM.EAS.PROTOCOL_VERSION', () => {
  it('passes when every allowed recent device speaks 16.1 or later', () => {
    const r = evaluateCheck(
      check,
      view([
        device({ DeviceActiveSyncVersion: '16.1' }),
        device({ DeviceId: 'D2', DeviceActiveSyncVersion: '16.2' }),
      ]),
    );
    expect(r.status).toBe('PASS');
  });

  it('ignores old protocols on blocked devices and on devices that did not sync in the window', () => {
    const r = evaluateCheck(
      check,
      view([
        device({ DeviceActiveSyncVersion: '14.1', DeviceAccessState: 'Blocked' }),
        device({
          DeviceId: 'D2',
          DeviceActiveSyncVersion: '12.1',
          LastSuccessSync: new Date(NOW.getTime() - 45 * DAY).toISOString(),
        }),
      ]),
    );
    expect(r.status).toBe('PASS');
  });

  it('warns listing an allowed device that speaks ActiveSync 16.0 (compared numerically)', () => {
    const r = evaluateCheck(
      check,
      view([
        device({ DeviceId: 'D1', DeviceActiveSyncVersion: '16.0' }),
        device({ DeviceId: 'D2', DeviceActiveSyncVersion: '16.10' }),
      ]),
    );
    expect(r.status).toBe('WARN');
    expect(r.evidence.olderThan161).toMatchObject({
      total: 1,
      items: [{ DeviceId: 'D1', problem: 'ActiveSync 16.0 is older than 16.1' }],
    });
  });

  it('warns for an allowed device whose protocol version is empty', () => {
    const r = evaluateCheck(check, view([device({ DeviceActiveSyncVersion: null })]));
    expect(r.status).toBe('WARN');
    expect(r.evidence.olderThan161).toMatchObject({
      items: [{ problem: 'unknown protocol version' }],
    });
  });

  it('is an error when a device lacks DeviceActiveSyncVersion', () => {
    const { DeviceActiveSyncVersion: _drop, ...broken } = device();
    expect(evaluateCheck(check, view([broken])).status).toBe('ERROR');
  });

  it('is an error when the mobile device list is missing', () => {
    expect(evaluateCheck(check, view(undefined)).status).toBe('ERROR');
  });

  it('is not applicable when the tenant has no Exchange on-premises', () => {
    expect(evaluateCheck(check, makeView()).status).toBe('NOT_APPLICABLE');
  });

  it('is waived when every old device is waived', () => {
    const r = evaluateCheck(
      check,
      view([device({ DeviceId: 'OLD1', DeviceActiveSyncVersion: '14.1' })], {
        waivers: [itemWaiver(check.id, ['old1'])],
      }),
    );
    expect(r.status).toBe('WAIVED');
  });
});
