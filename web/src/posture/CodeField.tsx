import { Box } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';

const preSx = {
  m: 0,
  p: 1.5,
  borderRadius: 1,
  bgcolor: 'action.hover',
  fontFamily: 'monospace',
  fontSize: '0.8125rem',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
  overflow: 'auto',
  maxHeight: '32rem',
} as const;

export const CodeBlock = ({ text }: { text: string }) => (
  <Box component="pre" sx={preSx}>
    <code>{text}</code>
  </Box>
);

/** Text that must keep its line breaks and spacing, e.g. a PowerShell remediation. */
export const CodeField = ({ source = '' }: Partial<FieldProps>) => {
  const value: unknown = useFieldValue({ source });
  return typeof value === 'string' && value !== '' ? <CodeBlock text={value} /> : null;
};

/** A JSON scalar, pretty-printed. A server that sends JSON as a string is handled too. */
export const JsonField = ({ source = '' }: Partial<FieldProps>) => {
  const value: unknown = useFieldValue({ source });
  if (value === undefined || value === null) return null;
  return <CodeBlock text={formatJson(value)} />;
};

export function formatJson(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value, null, 2);
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}
