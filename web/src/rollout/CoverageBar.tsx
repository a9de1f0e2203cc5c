import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { makeFormat } from '../i18n/format';

export interface CoverageFigures {
  members: number;
  covered: number;
  coverage?: number | null;
  withoutMailbox: number;
}

/** A covered share (0..1) as a percentage in the chosen language. */
export const percent = (ratio: number | null | undefined, locale: string) =>
  makeFormat(locale).percent(ratio);

/** Covered share as a bar, with covered / members-with-a-mailbox and those counted apart. */
export const CoverageBar = ({ figures }: { figures: CoverageFigures }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const withMailbox = figures.members - figures.withoutMailbox;
  const value = Math.round((figures.coverage ?? 0) * 1000) / 10;
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <LinearProgress
            variant="determinate"
            value={value}
            color={value >= 100 ? 'success' : 'primary'}
            sx={{ height: 10, borderRadius: 5 }}
            aria-label={percent(figures.coverage, locale)}
          />
        </Box>
        <Typography variant="body2" sx={{ fontWeight: 600, minWidth: 52, textAlign: 'right' }}>
          {percent(figures.coverage, locale)}
        </Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {translate('posture.rollout.members', {
          covered: figures.covered,
          with_mailbox: withMailbox,
        })}
      </Typography>
      {figures.withoutMailbox > 0 && (
        <Typography variant="caption" color="text.secondary">
          {translate('posture.rollout.without_mailbox', { smart_count: figures.withoutMailbox })}
        </Typography>
      )}
    </Stack>
  );
};

/** The projection in a sentence. */
export function useProjectionText() {
  const translate = useTranslate();
  return (p: { state: string; date?: string | null }, locale: string) =>
    translate(`posture.rollout.projection_${p.state}`, {
      date: p.date ? makeFormat(locale).date(p.date) : '',
    });
}
