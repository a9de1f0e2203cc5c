import { Box, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

/**
 * Every page shows a check's title and a result's summary through these, so that the words can
 * follow the user's language in one place. For now they show the server's English text.
 */
export interface CheckTextRecord {
  checkId?: string | null;
  title?: string | null;
  summary?: string | null;
}

export function useCheckText() {
  return {
    title: (record: CheckTextRecord | undefined): string => record?.title ?? record?.checkId ?? '',
    summary: (record: CheckTextRecord | undefined): string => record?.summary ?? '',
  };
}

/** The check's title, its id small beneath. */
export const CheckTitleField = ({ showId = true }: { showId?: boolean; source?: string }) => {
  const record = useRecordContext<CheckTextRecord>();
  const text = useCheckText();
  if (!record) return null;
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="body2" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
        {text.title(record)}
      </Typography>
      {showId && record.checkId && (
        <Typography variant="caption" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {record.checkId}
        </Typography>
      )}
    </Box>
  );
};

/** The result's summary in one paragraph. */
export const CheckSummaryField = (_props: { source?: string }) => {
  const record = useRecordContext<CheckTextRecord>();
  const text = useCheckText();
  if (!record) return null;
  return (
    <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
      {text.summary(record)}
    </Typography>
  );
};
