import { screen } from '@testing-library/react';
import { RecordContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { renderInAdmin } from '../testing/render';
import { narrowingsOf, NarrowingsField } from './NarrowingsField';

const evidence = {
  narrowings: [
    {
      code: 'LOCATIONS',
      policyId: 'p1',
      policy: 'Require MFA',
      params: {
        include: ['All'],
        exclude: ['AllTrusted', 'Head office'],
        trusted: ['Head office'],
      },
    },
    {
      code: 'USERS_EXCLUDED',
      policyId: 'p1',
      policy: 'Require MFA',
      params: { users: ['a@contoso.com'], userCount: 1, groups: ['Pilot'], waves: [] },
    },
    { code: 'SOMETHING_NEW', policy: 'Later', params: { x: 1 } },
  ],
};

describe('NarrowingsField', () => {
  it('names each narrowing by policy in words, locations and empty lists included', () => {
    renderInAdmin(
      <RecordContextProvider value={{ id: 'r1', evidence }}>
        <NarrowingsField />
      </RecordContextProvider>,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Require MFA: Locations all locations; excluded: all trusted locations, Head office (trusted)',
      'Require MFA: Excludes 1 users beyond the emergency-access accounts (a@contoso.com); groups: Pilot; rollout waves: —',
      'Later: SOMETHING_NEW {"x":1}',
    ]);
    expect(screen.getByTestId('narrowings').textContent).not.toContain('posture.narrowing');
  });

  it('shows nothing when the evidence has no narrowings, and reads evidence sent as JSON text', () => {
    renderInAdmin(
      <RecordContextProvider value={{ id: 'r2', evidence: { policies: [] } }}>
        <NarrowingsField />
      </RecordContextProvider>,
    );
    expect(screen.queryByTestId('narrowings')).toBeNull();
    expect(narrowingsOf(JSON.stringify(evidence))).toHaveLength(3);
    expect(narrowingsOf('not json')).toEqual([]);
  });
});
