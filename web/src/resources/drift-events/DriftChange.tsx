import { Box, Button, Stack, Typography } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { useTranslate } from 'react-admin';

/** Characters of a value shown before "more": long lists and objects stay one line in the list. */
export const VALUE_PREVIEW = 80;

/** A JSON value on one line (strings quoted, so "true" and true differ). */
export function compactJson(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

const codeSx = {
  fontFamily: 'monospace',
  fontSize: '0.8125rem',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
  overflowWrap: 'anywhere',
} as const;

/** One side of a change; null (nothing there: added or removed) shows as a dash. */
export const DriftValue = ({ value }: { value: unknown }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  if (value === null || value === undefined) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('posture.drift.none')}
      </Typography>
    );
  }
  const text = compactJson(value);
  const long = text.length > VALUE_PREVIEW;
  // Inside a clickable row: toggling must not open the event.
  const toggle = (e: MouseEvent) => {
    e.stopPropagation();
    setOpen(!open);
  };
  return (
    <Box component="span" sx={{ minWidth: 0 }}>
      <Box component="code" sx={codeSx}>
        {long && !open ? `${text.slice(0, VALUE_PREVIEW)}…` : text}
      </Box>
      {long && (
        <Button size="small" onClick={toggle} sx={{ minWidth: 0, py: 0, ml: 0.5 }}>
          {translate(open ? 'posture.drift.less' : 'posture.drift.more')}
        </Button>
      )}
    </Box>
  );
};

/** `before → after`, compact, wrapping on narrow screens. */
export const DriftChange = ({ before, after }: { before: unknown; after: unknown }) => (
  <Stack
    direction="row"
    spacing={0.75}
    useFlexGap
    sx={{ flexWrap: 'wrap', alignItems: 'baseline', minWidth: 0 }}
    data-testid="drift-change"
  >
    <DriftValue value={before} />
    <Box component="span" aria-hidden sx={{ color: 'text.secondary' }}>
      →
    </Box>
    <DriftValue value={after} />
  </Stack>
);
