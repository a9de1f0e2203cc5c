import { Chip } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { accessStateColor } from './mobile-device';

/** Exchange's access state of a device as a coloured chip (Blocked red, Quarantined amber). */
export const AccessStateField = ({ source = 'DeviceAccessState' }: Partial<FieldProps>) => {
  const translate = useTranslate();
  const value: unknown = useFieldValue({ source });
  if (typeof value !== 'string' || value === '') return null;
  const color = accessStateColor(value);
  return (
    <Chip
      size="small"
      color={color}
      variant={color === 'default' ? 'outlined' : 'filled'}
      label={translate(`posture.access_state.${value}`, { _: value })}
      data-testid="access-state"
      data-state={value}
    />
  );
};
