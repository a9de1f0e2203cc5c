import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AdminContext, ResourceContextProvider } from 'react-admin';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { saveSession } from '../auth/session';
import { dataProvider, resetDataProvider } from '../data/data-provider';
import { i18nProvider } from '../i18n/i18n-provider';
import { ALL_OPERATIONS } from './graphql-fetch';

/** Signed in as an ADMIN, so the providers send a token. */
export function signIn(token = 'test-token') {
  saveSession(token, {
    id: 'u1',
    email: 'admin@example.test',
    role: 'ADMIN',
    operations: ALL_OPERATIONS,
  });
}

/**
 * `ui` inside react-admin with the dashboard's real data and i18n providers (English), in
 * `resource`'s context; with `route`, at `route.at` matched by `route.path` (e.g. `/Tenant/:id`).
 */
export function renderInAdmin(
  ui: ReactNode,
  resource?: string,
  route?: { path: string; at: string },
) {
  resetDataProvider();
  const inResource = resource ? (
    <ResourceContextProvider value={resource}>{ui}</ResourceContextProvider>
  ) : (
    ui
  );
  return render(
    <MemoryRouter initialEntries={[route?.at ?? '/']}>
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
        <Routes>
          <Route path={route?.path ?? '*'} element={inResource} />
        </Routes>
      </AdminContext>
    </MemoryRouter>,
  );
}
