import { createElement } from 'react';
import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { ListEmpty } from '../posture/ListEmpty';

/** Below this width (MUI's `md`) the menu shows icons only and tables are compact. */
const COMPACT = '@media (max-width: 899.95px)';

/**
 * react-admin's default theme, with what every page shares: each <List> says what will appear
 * when it has nothing yet, and tables tighten their cells on a tablet so more columns fit.
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  components: {
    ...defaultTheme.components,
    RaList: { defaultProps: { empty: createElement(ListEmpty) } },
    MuiTableCell: {
      ...defaultTheme.components?.MuiTableCell,
      styleOverrides: {
        root: {
          [COMPACT]: { padding: '6px 8px' },
          '&.MuiTableCell-paddingCheckbox': { padding: '0 8px' },
        },
      },
    },
  },
};
