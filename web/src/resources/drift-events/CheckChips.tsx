import { Chip, Stack } from '@mui/material';
import { useCreatePath, useFieldValue, type FieldProps } from 'react-admin';
import { Link } from 'react-router-dom';

/** The checks that read the changed setting, each a chip linking to its Check page. */
export const CheckChips = ({ source = 'checkIds' }: Partial<FieldProps>) => {
  const createPath = useCreatePath();
  const value: unknown = useFieldValue({ source });
  if (!Array.isArray(value) || value.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {value.map((id) => (
        <Chip
          key={String(id)}
          size="small"
          variant="outlined"
          clickable
          component={Link}
          to={createPath({ resource: 'Check', id: String(id), type: 'show' })}
          onClick={(e: React.MouseEvent) => e.stopPropagation()}
          label={String(id)}
        />
      ))}
    </Stack>
  );
};
