import { createElement } from 'react';
import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { i18nProvider } from '../i18n/i18n-provider';
import { FilteredEmpty } from '../posture/FilteredEmpty';
import { ListEmpty } from '../posture/ListEmpty';

/** Below this width (MUI's `md`) the menu shows icons only and tables are compact. */
const COMPACT = '@media (max-width: 899.95px)';

/**
 * react-admin's default theme, with what every page shares: each <List> says what will appear
 * when it has nothing yet, and tables tighten their cells on a tablet so more columns fit.
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    // Darker blues than the stock theme: white text on the app bar and blue text on the page
    // background reach WCAG AA's 4.5:1 (#2196f3 gave 3.1:1, #1976d2 on #fafafb 4.4:1; axe-core).
    primary: { main: '#1565c0', contrastText: '#fff' },
    secondary: { light: '#5e92f3', main: '#0d47a1', dark: '#002171', contrastText: '#fff' },
    // Outlined chips write in these colours on white: MUI's #ed6c02 and #0288d1 give 3.1 and 4.1.
    warning: { main: '#b45309', contrastText: '#fff' },
    info: { main: '#01579b', contrastText: '#fff' },
  },
  components: {
    ...defaultTheme.components,
    // react-admin's row checkbox puts its aria-label on the checkbox's <span>, where ARIA does
    // not allow it, and leaves the <input> unnamed (axe-core: aria-prohibited-attr, label). The
    // label moves to the input.
    // Every spinner and progress bar has a name (axe-core: aria-progressbar-name), in the language
    // the app starts in (react-admin's own loading indicator gives none).
    MuiCircularProgress: {
      defaultProps: { 'aria-label': i18nProvider.translate('ra.page.loading') },
    },
    MuiLinearProgress: {
      defaultProps: { 'aria-label': i18nProvider.translate('ra.page.loading') },
    },
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          root: () => ({ 'aria-label': undefined }),
          input: (ownerState: { 'aria-label'?: string }) =>
            ownerState['aria-label'] ? { 'aria-label': ownerState['aria-label'] } : {},
        },
      },
    },
    RaList: { defaultProps: { empty: createElement(ListEmpty) } },
    RaDataTable: { defaultProps: { empty: createElement(FilteredEmpty) } },
    MuiTableCell: {
      ...defaultTheme.components?.MuiTableCell,
      styleOverrides: {
        root: {
          [COMPACT]: { padding: '6px 8px' },
          '&.MuiTableCell-paddingCheckbox': { padding: '0 8px' },
          // Japanese and Chinese headers wrap only where there is a space, as English does,
          // never one character per line in a narrow column.
          '&.MuiTableCell-head': { wordBreak: 'keep-all' },
        },
      },
    },
  },
};
