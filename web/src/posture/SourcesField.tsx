import { Chip, Stack } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/** A list of data sources (`exchangeOnline`, `entra`, …) as chips. */
export const SourcesField = ({ source = 'sources' }: Partial<FieldProps>) => {
  const translate = useTranslate();
  const value: unknown = useFieldValue({ source });
  if (!Array.isArray(value)) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {value.map((item) => (
        <Chip
          key={String(item)}
          size="small"
          label={translate(`posture.source.${String(item)}`, { _: String(item) })}
        />
      ))}
    </Stack>
  );
};
