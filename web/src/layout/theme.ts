import { createElement } from 'react';
import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { ListEmpty } from '../posture/ListEmpty';

/**
 * react-admin's default theme, with what every page shares: each <List> says what will appear
 * when it has nothing yet.
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  components: {
    ...defaultTheme.components,
    RaList: { defaultProps: { empty: createElement(ListEmpty) } },
  },
};
