import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { SignIn } from '../../data/records';
import { legacyChipColor, signInOutcome } from './sign-in';

/** "Legacy" on a sign-in that used a legacy protocol: red when it got in. `label` for show pages. */
export const LegacyField = (_props: { label?: string }) => {
  const record = useRecordContext<SignIn>();
  const translate = useTranslate();
  if (!record) return null;
  const color = legacyChipColor(record);
  if (color === null) return null;
  return (
    <Chip
      size="small"
      color={color}
      variant={record.success ? 'filled' : 'outlined'}
      label={translate('posture.sign_in.legacy')}
      title={translate(
        record.success
          ? 'posture.sign_in.legacy_success_hint'
          : 'posture.sign_in.legacy_failure_hint',
      )}
      data-testid="legacy-chip"
      data-success={record.success}
    />
  );
};

/** Success, or failure with its Entra error code (explained in the tooltip when known). */
export const OutcomeField = (_props: { label?: string }) => {
  const record = useRecordContext<SignIn>();
  const translate = useTranslate();
  if (!record) return null;
  const outcome = signInOutcome(record);
  const name = translate(outcome.key);
  return (
    <Chip
      size="small"
      variant="outlined"
      color={outcome.color}
      label={outcome.code === null ? name : `${name} · ${outcome.code}`}
      title={outcome.known ? translate(`posture.sign_in_error.${outcome.known}`) : undefined}
      data-testid="sign-in-outcome"
      data-success={record.success}
    />
  );
};
