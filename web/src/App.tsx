import { Suspense } from 'react';
import { Admin, CustomRoutes, Loading, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './auth/auth-provider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './data/data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { APP_TITLE, Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import { apiTokens } from './resources/api-tokens';
import { alerts } from './resources/alerts';
import { checkResults } from './resources/check-results';
import { checkRuns } from './resources/check-runs';
import { checks } from './resources/checks';
import { auditEvents } from './resources/audit-events';
import { driftEvents } from './resources/drift-events';
import { ingestionRuns } from './resources/ingestion-runs';
import { mobileDevices } from './resources/mobile-devices';
import { notificationChannels } from './resources/notification-channels';
import { rolloutWaves } from './resources/rollout-waves';
import { signIns } from './resources/sign-ins';
import { sessions } from './resources/sessions';
import { snapshots } from './resources/snapshots';
import { tenants } from './resources/tenants';
import { users } from './resources/users';
import { waivers } from './resources/waivers';
import { lazyPage } from './lazy-page';

// Every page but the home page is its own chunk, loaded when first shown (resources/*/index.ts
// do the same for their list, show, create and edit pages); the home page's charts load lazily.
const RolloutPage = lazyPage(() => import('./rollout/RolloutPage'), 'RolloutPage');
const RolloutPrint = lazyPage(() => import('./rollout/RolloutPrint'), 'RolloutPrint');

export const App = () => (
  <Admin
    title={APP_TITLE}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    loginPage={LoginPage}
    theme={theme}
    requireAuth
    disableTelemetry
  >
    <Resource name="Alert" {...alerts} />
    <Resource name="CheckResult" {...checkResults} />
    <Resource name="CheckRun" {...checkRuns} />
    <Resource name="Waiver" {...waivers} />
    <Resource name="RolloutWave" {...rolloutWaves} />
    <Resource name="Snapshot" {...snapshots} />
    <Resource name="DriftEvent" {...driftEvents} />
    <Resource name="SignIn" {...signIns} />
    <Resource name="MobileDevice" {...mobileDevices} />
    <Resource name="IngestionRun" {...ingestionRuns} />
    <Resource name="Tenant" {...tenants} />
    <Resource name="Check" {...checks} />
    <Resource name="AuditEvent" {...auditEvents} />
    <Resource name="NotificationChannel" {...notificationChannels} />
    <Resource name="NotificationDelivery" />
    <Resource name="User" {...users} />
    <Resource name="ApiToken" {...apiTokens} />
    <Resource name="Session" {...sessions} />
    <CustomRoutes>
      <Route path="/rollout" element={<RolloutPage />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route
        path="/rollout/print"
        element={
          <Suspense fallback={<Loading />}>
            <RolloutPrint />
          </Suspense>
        }
      />
    </CustomRoutes>
  </Admin>
);
