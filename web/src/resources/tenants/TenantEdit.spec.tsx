import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { requestsFor, stubGraphQLFetch } from '../../testing/graphql-fetch';
import { renderInAdmin, signIn } from '../../testing/render';
import { TenantEdit } from './TenantEdit';

const settings = {
  checkSchedule: '0 * * * *',
  signInLookbackDays: 7,
  deviceLookbackDays: 30,
  pilotCoverageThreshold: 0.95,
  legacyAttemptRiseThreshold: 0.5,
  emergencyAccessAccounts: ['bg1@contoso.com'],
  approvedMobileAppIds: ['27922004-5251-4030-b22d-91ecd9a37ea4'],
  declaredSources: ['entra'],
  maxSourceAgeHours: 48,
  signInRetentionDays: 90,
};
const tenant = {
  id: 't1',
  name: 'Contoso',
  entraTenantId: null,
  createdAt: '2026-11-01T00:00:00Z',
  settings,
};
// The bounds as the server states them; the test's own values, so the form is seen to use them.
const bounds = [
  { key: 'checkSchedule', min: null, max: null, integer: false, pattern: '^\\S+( \\S+){4,5}$' },
  { key: 'signInLookbackDays', min: 1, max: 20, integer: true, pattern: null },
  { key: 'pilotCoverageThreshold', min: 0, max: 1, integer: false, pattern: null },
];

function serve() {
  return stubGraphQLFetch({
    Tenant: () => tenant,
    tenantSettingsBounds: bounds,
    updateTenant: (args: { settings: Record<string, unknown> }) => ({
      ...tenant,
      settings: { ...settings, ...args.settings },
    }),
  });
}

const renderEdit = () =>
  renderInAdmin(<TenantEdit />, 'Tenant', { path: '/Tenant/:id', at: '/Tenant/t1' });
const input = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;

describe('TenantEdit', () => {
  it('shows the settings in effect and saves them as TenantSettingsInput', async () => {
    signIn();
    const sent = serve();
    renderEdit();
    await waitFor(() => expect(input('Sign-in look-back (days)').value).toBe('7'));
    // Ratios are shown as percentages.
    expect(input('Pilot coverage threshold').value).toBe('95');

    await userEvent.clear(input('Sign-in look-back (days)'));
    await userEvent.type(input('Sign-in look-back (days)'), '14');
    await userEvent.clear(input('Pilot coverage threshold'));
    await userEvent.type(input('Pilot coverage threshold'), '90');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));

    // The request is executed against the real schema: a stray key (such as __typename) or a
    // wrong type would be refused there and never reach updateTenant.
    await waitFor(() => expect(requestsFor(sent, 'updateTenant')).toHaveLength(1));
    const update = requestsFor(sent, 'updateTenant')[0]!.variables;
    expect(update.settings).toEqual({
      ...settings,
      signInLookbackDays: 14,
      pilotCoverageThreshold: 0.9,
    });
  });

  it("refuses a value beyond the server's bound before saving", async () => {
    signIn();
    const sent = serve();
    renderEdit();
    await waitFor(() => expect(input('Sign-in look-back (days)').value).toBe('7'));
    await waitFor(() => expect(requestsFor(sent, 'tenantSettingsBounds')).toHaveLength(1));
    await userEvent.clear(input('Sign-in look-back (days)'));
    await userEvent.type(input('Sign-in look-back (days)'), '21');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));

    expect(await screen.findByText(/20 or less/)).toBeTruthy();
    expect(requestsFor(sent, 'updateTenant')).toEqual([]);
  });
});
