import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

/**
 * A Conditional Access narrowing as the checks put it in their evidence (`evidence.narrowings`):
 * a message code with parameters, translated here (`posture.narrowing.code.*`). The codes are
 * the server's (`NARROWING_CODES` in jobs); test/src/lint/narrowing-codes.spec.ts holds the two
 * lists together.
 */
export interface Narrowing {
  code: string;
  policyId?: string;
  policy: string;
  params: Record<string, unknown>;
}

function isNarrowing(v: unknown): v is Narrowing {
  if (typeof v !== 'object' || v === null) return false;
  const n = v as Record<string, unknown>;
  return (
    typeof n.code === 'string' &&
    typeof n.policy === 'string' &&
    typeof n.params === 'object' &&
    n.params !== null
  );
}

/** The narrowings of a result's evidence (an object, or JSON text from some servers). */
export function narrowingsOf(evidence: unknown): Narrowing[] {
  let value = evidence;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (typeof value !== 'object' || value === null) return [];
  const list = (value as Record<string, unknown>).narrowings;
  return Array.isArray(list) ? list.filter(isNarrowing) : [];
}

type Translate = ReturnType<typeof useTranslate>;

export function narrowingText(translate: Translate, n: Narrowing): string {
  const none = translate('posture.narrowing.none');
  const trusted = Array.isArray(n.params.trusted) ? n.params.trusted.map(String) : [];
  const location = (v: string) =>
    v === 'All'
      ? translate('posture.narrowing.all_locations')
      : v === 'AllTrusted'
        ? translate('posture.narrowing.all_trusted_locations')
        : trusted.includes(v)
          ? translate('posture.narrowing.trusted', { name: v })
          : v;
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(n.params)) {
    const word = (x: unknown) =>
      n.code === 'LOCATIONS' && (key === 'include' || key === 'exclude')
        ? location(String(x))
        : String(x);
    params[key] = Array.isArray(value)
      ? value.length === 0
        ? none
        : value.map(word).join(', ')
      : value === '' || value === null || value === undefined
        ? none
        : String(value);
  }
  return translate(`posture.narrowing.code.${n.code}`, {
    ...params,
    _: `${n.code} ${JSON.stringify(n.params)}`,
  });
}

/** Each narrowing of the record's evidence, by policy, in the dashboard's language. */
export const NarrowingsField = ({ source = 'evidence' }: Partial<FieldProps>) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const list = narrowingsOf(record?.[source]);
  if (list.length === 0) return null;
  return (
    <Box data-testid="narrowings">
      <Typography variant="subtitle2" gutterBottom>
        {translate('posture.narrowing.title')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {list.map((n, i) => (
          <Box component="li" key={`${n.policyId ?? n.policy}-${n.code}-${i}`}>
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              <strong>{n.policy}</strong>: {narrowingText(translate, n)}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
