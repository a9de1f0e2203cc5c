import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, LinearProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { useListContext, useLocaleState, useTranslate } from 'react-admin';
import { downloadSignInsCsv, type ExportProgress } from './export';
import { makeFormat } from '../../i18n/format';

/**
 * Exports every sign-in the list's filter matches (the server streams them all), showing rows
 * received against the count while it downloads.
 */
export const SignInExportButton = () => {
  const { filterValues } = useListContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const num = { format: makeFormat(locale).number };
  const running = progress !== null && !progress.done;
  const start = () => {
    setFailed(null);
    setProgress({ received: 0, total: null, isEstimate: false, done: false });
    downloadSignInsCsv(filterValues as Record<string, unknown>, setProgress).catch((e: unknown) => {
      setProgress(null);
      setFailed(e instanceof Error ? e.message : String(e));
    });
  };
  const text = (p: ExportProgress) =>
    translate(
      p.done
        ? 'posture.signins_page.export_done'
        : p.isEstimate
          ? 'posture.signins_page.export_progress_estimate'
          : 'posture.signins_page.export_progress',
      {
        received: num.format(p.received),
        total: p.total === null ? '…' : num.format(p.total),
        smart_count: p.received,
      },
    );
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        onClick={start}
        disabled={running}
        data-testid="signins-export"
      >
        {translate('posture.signins_page.export')}
      </Button>
      {progress && (
        <Box sx={{ minWidth: 160 }} data-testid="signins-export-progress" role="status">
          <Typography variant="caption">{text(progress)}</Typography>
          <LinearProgress
            variant={progress.total ? 'determinate' : 'indeterminate'}
            value={
              progress.total ? Math.min(100, (100 * progress.received) / progress.total) : undefined
            }
          />
        </Box>
      )}
      {failed && (
        <Typography variant="caption" color="error" role="alert">
          {translate('posture.signins_page.export_failed', { error: failed })}
        </Typography>
      )}
    </Box>
  );
};
