import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, ResourceContextProvider } from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { authProvider } from '../../auth/auth-provider';
import { dataProvider, resetDataProvider } from '../../data/data-provider';
import { describe, expect, it, vi } from 'vitest';
import { saveSession } from '../../auth/session';
import { i18nProvider } from '../../i18n/i18n-provider';
import { ALL_OPERATIONS, requestsFor, stubGraphQLFetch } from '../../testing/graphql-fetch';
import { renderInAdmin, signIn } from '../../testing/render';
import { AlertCommentDialog } from './AlertCommentDialog';
import { AlertList } from './AlertList';

const alert = (id: string, checkId: string, title: string) => ({
  id,
  tenantId: 't1',
  checkId,
  title,
  kind: 'REGRESSION',
  state: 'OPEN',
  severity: 'HIGH',
  summary: 'Got worse',
  beforeStatus: 'PASS',
  afterStatus: 'FAIL',
  latestStatus: 'FAIL',
  beforeMetric: null,
  afterMetric: null,
  previousResultId: null,
  firstResultId: null,
  firstRunId: null,
  latestResultId: null,
  latestRunId: null,
  items: [],
  firstResult: null,
  latestResult: null,
  acknowledgedAt: null,
  acknowledgedBy: null,
  acknowledgeComment: null,
  resolvedAt: null,
  resolvedBy: null,
  resolveComment: null,
  autoResolved: false,
  openedAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
});

const ALERTS = [
  alert('a1', 'EXO.AUTHPOL.BLOCKS_BASIC', 'Blocks Basic auth'),
  alert('a2', 'ROLLOUT.PILOT_COVERAGE', 'Pilot covered'),
];

function serve() {
  return stubGraphQLFetch({
    allAlerts: () => ALERTS,
    _allAlertsMeta: () => ({ count: ALERTS.length }),
    allTenants: [
      { id: 't1', name: 'Contoso', entraTenantId: null, createdAt: new Date().toISOString() },
    ],
    _allTenantsMeta: { count: 1 },
    resolveAlerts: ({ ids }: { ids: string[] }) => ids.map((id) => ({ id, state: 'RESOLVED' })),
  });
}

const renderList = () => renderInAdmin(<AlertList />, 'Alert', { path: '/Alert', at: '/Alert' });

describe('AlertCommentDialog', () => {
  const open = (action: 'acknowledge' | 'resolve', onConfirm = vi.fn()) => {
    render(
      <AdminContext i18nProvider={i18nProvider}>
        <AlertCommentDialog
          open
          action={action}
          count={2}
          onClose={() => {}}
          onConfirm={onConfirm}
        />
      </AdminContext>,
    );
    return onConfirm;
  };

  it('resolves only with a reason, trimmed', () => {
    const onConfirm = open('resolve');
    expect(screen.getByText('Resolve 2 alerts')).toBeTruthy();
    const confirm = screen.getByTestId('alert-comment-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('alert-comment'), { target: { value: '   ' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('alert-comment'), {
      target: { value: '  fixed by hand ' },
    });
    fireEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledWith('fixed by hand');
  });

  it('acknowledges without a comment', () => {
    const onConfirm = open('acknowledge');
    fireEvent.click(screen.getByTestId('alert-comment-confirm'));
    expect(onConfirm).toHaveBeenCalledWith('');
  });
});

describe('AlertList bulk actions', () => {
  it('lists open alerts newest first by check title, and resolves the selected ones with one comment', async () => {
    signIn();
    const sent = serve();
    renderList();
    expect(await screen.findByText('Blocks Basic auth')).toBeTruthy();
    const list = requestsFor(sent, 'allAlerts')[0]!;
    expect(list.variables).toMatchObject({
      sortField: 'openedAt',
      sortOrder: 'DESC',
      filter: { state: ['OPEN', 'ACKNOWLEDGED'] },
    });

    fireEvent.click(screen.getAllByRole('checkbox')[0]!); // select all
    fireEvent.click(await screen.findByTestId('alert-resolve-button'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('alert-comment'), {
      target: { value: 'accepted risk' },
    });
    fireEvent.click(within(dialog).getByTestId('alert-comment-confirm'));
    await waitFor(() => expect(requestsFor(sent, 'resolveAlerts')).toHaveLength(1));
    expect(requestsFor(sent, 'resolveAlerts')[0]!.variables).toEqual({
      ids: ['a1', 'a2'],
      comment: 'accepted risk',
    });
  });

  it('offers no selection and no row action to a user the server would refuse', async () => {
    saveSession('viewer-token', {
      id: 'u2',
      email: 'viewer@example.test',
      role: 'VIEWER',
      operations: ALL_OPERATIONS.filter((op) => !/^(acknowledge|resolve)Alerts?$/.test(op)),
    });
    serve();
    // With the real auth provider, which answers from the session's operations.
    resetDataProvider();
    render(
      <MemoryRouter initialEntries={['/Alert']}>
        <AdminContext
          dataProvider={dataProvider}
          i18nProvider={i18nProvider}
          authProvider={authProvider}
        >
          <ResourceContextProvider value="Alert">
            <AlertList />
          </ResourceContextProvider>
        </AdminContext>
      </MemoryRouter>,
    );
    expect(await screen.findByText('Blocks Basic auth')).toBeTruthy();
    // Nothing to select for, and no acknowledge button on the rows.
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    expect(screen.queryByTestId('alert-resolve-button')).toBeNull();
    expect(screen.queryByTestId('alert-acknowledge-button')).toBeNull();
  });
});
