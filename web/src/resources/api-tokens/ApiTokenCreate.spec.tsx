import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { requestsFor, stubGraphQLFetch } from '../../testing/graphql-fetch';
import { renderInAdmin, signIn } from '../../testing/render';
import { ApiTokenCreate } from './ApiTokenCreate';

const TOKEN = 'pwt_test-only-token-value';

function serve() {
  return stubGraphQLFetch({
    allTenants: [],
    _allTenantsMeta: { count: 0 },
    createApiToken: (args: { name: string }) => ({
      token: TOKEN,
      apiToken: {
        id: '7d1f0c3e-0000-4000-8000-000000000001',
        name: args.name,
        prefix: 'pwt_test-',
      },
    }),
  });
}

describe('ApiTokenCreate', () => {
  it('sends name, role and expiry, then shows the token once with a copy button', async () => {
    signIn();
    const sent = serve();
    renderInAdmin(<ApiTokenCreate />, 'ApiToken', {
      path: '/ApiToken/create',
      at: '/ApiToken/create',
    });
    fireEvent.change(await screen.findByLabelText('Name', { exact: false }), {
      target: { value: 'nightly export' },
    });
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    const shown = (await screen.findByTestId('new-token')) as HTMLInputElement;
    expect(shown.value).toBe(TOKEN);
    expect(screen.getByText(/nightly export/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /copy/i })).toBeTruthy();
    await waitFor(() => expect(requestsFor(sent, 'createApiToken')).toHaveLength(1));
    expect(requestsFor(sent, 'createApiToken')[0]!.variables).toEqual({
      name: 'nightly export',
      role: 'VIEWER',
      tenantIds: null,
      expiresInDays: 90,
    });
  });
});
