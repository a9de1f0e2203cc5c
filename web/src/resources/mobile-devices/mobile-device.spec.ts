import { describe, expect, it } from 'vitest';
import { accessStateColor, cmdletObject, shortUserName } from './mobile-device';

describe('accessStateColor', () => {
  it.each([
    ['Allowed', 'success'],
    ['Blocked', 'error'],
    ['Quarantined', 'warning'],
    ['DeviceDiscovery', 'default'],
    ['Unknown', 'default'],
    ['SomethingNew', 'default'],
    [null, 'default'],
    ['toString', 'default'],
  ])('%s → %s', (state, color) => {
    expect(accessStateColor(state)).toBe(color);
  });
});

describe('shortUserName', () => {
  it('keeps the name at the end of the AD path', () => {
    expect(shortUserName('corp.contoso.com/Users/Hannah Liao')).toBe('Hannah Liao');
    expect(shortUserName('corp.contoso.com/Sales/EMEA/Zhen Yoshida/')).toBe('Zhen Yoshida');
  });

  it('keeps a plain name and is empty without one', () => {
    expect(shortUserName('Hannah Liao')).toBe('Hannah Liao');
    expect(shortUserName(null)).toBe('');
  });
});

describe('cmdletObject', () => {
  it('leaves out what the server added', () => {
    expect(
      cmdletObject({
        DeviceId: 'A1',
        DeviceAccessState: 'Allowed',
        tenantId: 't',
        snapshotId: 's',
      }),
    ).toEqual({ DeviceId: 'A1', DeviceAccessState: 'Allowed' });
  });

  it.each([null, 'text', [1]])('passes %j through', (raw) => {
    expect(cmdletObject(raw)).toEqual(raw);
  });
});
