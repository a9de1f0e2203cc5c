import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, TitlePortal } from 'react-admin';

export const APP_TITLE = 'posture watch';

/** The stock app bar (locale menu, user menu) with the product name before the page title. */
const PostureAppBar = () => (
  <AppBar>
    <Box component="span" sx={{ fontWeight: 700, mr: 2, whiteSpace: 'nowrap' }}>
      {APP_TITLE}
    </Box>
    <TitlePortal variant="body1" />
  </AppBar>
);

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={PostureAppBar}>{children}</RaLayout>
);
