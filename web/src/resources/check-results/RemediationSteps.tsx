import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Box, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import type { CheckResultDetailsQuery } from '../../gql/graphql';

type Step = NonNullable<CheckResultDetailsQuery['CheckResult']>['remediationSteps'][number];

/**
 * The result's remediation as the server filled it for this tenant, cut by the server into
 * prose and commands (CheckResult.remediationSteps); each command has its own copy button.
 */
export const RemediationSteps = ({ steps }: { steps: Step[] }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = (text: string) =>
    navigator.clipboard.writeText(text).then(
      () => notify('posture.check_result.copied', { type: 'info' }),
      () => notify('posture.check_result.copy_failed', { type: 'warning' }),
    );
  return (
    <Stack spacing={1} sx={{ minWidth: 0 }}>
      {steps.map((step, i) =>
        step.command ? (
          <Box
            key={i}
            data-testid="remediation-command"
            sx={{
              display: 'flex',
              alignItems: 'flex-start',
              gap: 1,
              p: 1,
              borderRadius: 1,
              bgcolor: 'action.hover',
              minWidth: 0,
            }}
          >
            <Box
              component="code"
              sx={{
                flex: 1,
                minWidth: 0,
                fontFamily: 'monospace',
                fontSize: '0.8125rem',
                whiteSpace: 'pre-wrap',
                overflowWrap: 'anywhere',
              }}
            >
              {step.text}
            </Box>
            <Tooltip title={translate('posture.check_result.copy')}>
              <IconButton
                size="small"
                aria-label={translate('posture.check_result.copy')}
                onClick={() => void copy(step.text)}
                data-testid="copy-command"
              >
                <ContentCopyIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </Box>
        ) : (
          <Typography
            key={i}
            variant="body2"
            sx={{ overflowWrap: 'anywhere' }}
            data-testid="remediation-prose"
          >
            {step.text}
          </Typography>
        ),
      )}
    </Stack>
  );
};
