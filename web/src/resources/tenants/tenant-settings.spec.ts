import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  parsePercent,
  percentToRatio,
  ratioToPercent,
  toTenantUpdate,
} from './tenant-settings';

describe('percent ↔ ratio', () => {
  it.each([
    [0.95, 95],
    [0.5, 50],
    [0.955, 95.5],
    [0, 0],
    [1, 100],
    [2.5, 250],
    [0.123456, 12.3456],
  ])('%d ↔ %d %%', (ratio, percent) => {
    expect(ratioToPercent(ratio)).toBe(percent);
    expect(percentToRatio(percent)).toBe(ratio);
  });

  it('formats a stored ratio for the input and parses the typed percentage back', () => {
    expect(formatPercent(0.95)).toBe('95');
    expect(formatPercent(null)).toBe('');
    expect(formatPercent(undefined)).toBe('');
    expect(parsePercent(95)).toBe(0.95);
    expect(parsePercent('50')).toBe(0.5);
    expect(parsePercent('')).toBeNull();
    expect(parsePercent('abc')).toBeNull();
  });
});

describe('toTenantUpdate', () => {
  const record = {
    id: 't1',
    name: ' Contoso ',
    entraTenantId: '',
    createdAt: '2026-11-01T00:00:00Z',
    settings: {
      __typename: 'TenantSettings',
      checkSchedule: ' 0  6 * * 1-5 ',
      signInLookbackDays: 14,
      deviceLookbackDays: null,
      pilotCoverageThreshold: 0.9,
      legacyAttemptRiseThreshold: 0.25,
      emergencyAccessAccounts: [' bg1@contoso.com', 'bg1@contoso.com', '', 'bg2@contoso.com'],
      approvedMobileAppIds: [' 27922004-5251-4030-b22d-91ecd9a37ea4 ', ''],
      declaredSources: ['signIns', 'entra', 'signIns'],
      maxSourceAgeHours: 24,
      signInRetentionDays: 180,
    },
  };

  it('sends only the arguments updateTenant takes, settings as an object', () => {
    const update = toTenantUpdate(record);
    expect(Object.keys(update).sort()).toEqual(['entraTenantId', 'id', 'name', 'settings']);
    expect(update.name).toBe('Contoso');
    expect(update.entraTenantId).toBeNull();
  });

  it('trims texts and lists, drops __typename, and leaves empty values to the server', () => {
    expect(toTenantUpdate(record).settings).toEqual({
      checkSchedule: '0 6 * * 1-5',
      signInLookbackDays: 14,
      pilotCoverageThreshold: 0.9,
      legacyAttemptRiseThreshold: 0.25,
      emergencyAccessAccounts: ['bg1@contoso.com', 'bg2@contoso.com'],
      approvedMobileAppIds: ['27922004-5251-4030-b22d-91ecd9a37ea4'],
      declaredSources: ['signIns', 'entra'],
      maxSourceAgeHours: 24,
      signInRetentionDays: 180,
    });
  });

  it('keeps an Entra tenant id', () => {
    const id = '00000000-0000-0000-0000-000000000001';
    expect(toTenantUpdate({ ...record, entraTenantId: ` ${id} ` }).entraTenantId).toBe(id);
  });
});
