import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { AppBar, Layout as RaLayout, Menu, TitlePortal } from 'react-admin';
import { TenantPicker } from '../tenant/TenantPicker';

export const APP_TITLE = 'posture watch';

/** The stock app bar (locale menu, user menu): the product name, the page title, the tenant picker. */
const PostureAppBar = () => (
  <AppBar>
    <Box component="span" sx={{ fontWeight: 700, mr: 2, whiteSpace: 'nowrap' }}>
      {APP_TITLE}
    </Box>
    <TitlePortal variant="body1" />
    <TenantPicker />
  </AppBar>
);

/** The stock menu with the Rollout page after the dashboard. */
const PostureMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    <Menu.Item to="/rollout" primaryText="posture.rollout.menu" leftIcon={<TrendingUpIcon />} />
    <Menu.ResourceItems />
  </Menu>
);

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={PostureAppBar} menu={PostureMenu}>
    {children}
  </RaLayout>
);
