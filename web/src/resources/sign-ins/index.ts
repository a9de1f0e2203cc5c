import LoginIcon from '@mui/icons-material/Login';
import type { SignIn } from '../../data/records';
import { SignInList } from './SignInList';
import { SignInShow } from './SignInShow';

/** Stored sign-ins: read-only, as Microsoft reported them. */
export const signIns = {
  list: SignInList,
  show: SignInShow,
  icon: LoginIcon,
  recordRepresentation: (record: SignIn) => record.userPrincipalName ?? record.id,
};
