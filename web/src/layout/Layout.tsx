import { Box, useMediaQuery, type Theme } from '@mui/material';
import { useEffect, useRef, type ReactNode } from 'react';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import {
  AppBar,
  Layout as RaLayout,
  Menu,
  Sidebar,
  TitlePortal,
  useSidebarState,
  type SidebarProps,
} from 'react-admin';
import { TenantPicker } from '../tenant/TenantPicker';

export const APP_TITLE = 'posture watch';

/**
 * The stock app bar (locale menu, user menu): the product name, the page title, the tenant picker.
 * Below `md` (a tablet) the product name gives its room to the page title.
 */
const PostureAppBar = () => (
  <AppBar>
    <Box
      component="span"
      sx={{ fontWeight: 700, mr: 2, whiteSpace: 'nowrap', display: { xs: 'none', md: 'inline' } }}
    >
      {APP_TITLE}
    </Box>
    {/* The title gives way first (ellipsis) so the picker and menus never push the bar wider. */}
    <TitlePortal
      variant="body1"
      sx={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
    />
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

/**
 * react-admin keeps the 240 px menu open down to its `sm` breakpoint, which leaves a tablet
 * (800 px) too little room for the page. Below `md` the menu shows icons only; crossing the
 * breakpoint (a resize, a rotated tablet, a restored session) closes or reopens it, and the
 * app bar's menu button still opens it on demand.
 */
export const PostureSidebar = (props: SidebarProps) => {
  const narrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'), { noSsr: true });
  const [, setOpen] = useSidebarState();
  const seen = useRef<boolean | null>(null);
  useEffect(() => {
    if (seen.current === narrow) return;
    // On the first render only close (a wide screen keeps the user's own choice).
    if (seen.current !== null || narrow) setOpen(!narrow);
    seen.current = narrow;
  }, [narrow, setOpen]);
  return <Sidebar {...props} />;
};

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={PostureAppBar} menu={PostureMenu} sidebar={PostureSidebar}>
    {children}
  </RaLayout>
);
