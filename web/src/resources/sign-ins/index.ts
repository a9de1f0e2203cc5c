import LoginIcon from '@mui/icons-material/Login';
import type { SignIn } from '../../data/records';
import { lazyPage } from '../../lazy-page';

const SignInShow = lazyPage(() => import('./SignInShow'), 'SignInShow');
const SignInList = lazyPage(() => import('./SignInList'), 'SignInList');

/** Stored sign-ins: read-only, as Microsoft reported them. */
export const signIns = {
  list: SignInList,
  show: SignInShow,
  icon: LoginIcon,
  recordRepresentation: (record: SignIn) => record.userPrincipalName ?? record.id,
};
