import { Box, Typography } from '@mui/material';
import {
  useGetResourceLabel,
  useLocaleState,
  useRecordContext,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { CATALOGUE_TEXT, type CatalogueText } from '../i18n/generated/checks';
import { makeFormat } from '../i18n/format';
import { isLocaleCode } from '../i18n/locales';

/**
 * Every page shows a check's title and a result's summary through these, so that the words
 * follow the user's language in one place: titles by check id and summaries by message code
 * from web/src/i18n/generated/checks.ts (written by `npm run docs` from the catalogue), numbers,
 * percentages and lists through Intl in the chosen locale. English, an unknown code or a result
 * stored before messages existed show the server's English text.
 */
export interface CheckMessage {
  code: string;
  params?: unknown;
}

export interface CheckTextRecord {
  checkId?: string | null;
  title?: string | null;
  summary?: string | null;
  message?: CheckMessage | null;
}

const PLACEHOLDER = /%\{([A-Za-z0-9_]+)(?::([a-z]+))?((?::[^:}]*)*)\}/g;

const isMessage = (value: unknown): value is { code: string; params: Record<string, unknown> } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as CheckMessage).code === 'string' &&
  typeof (value as CheckMessage).params === 'object';

/**
 * A message in `locale`, or null when a code (itself or a nested one) has no template there.
 * Template syntax: jobs/src/checks/catalogue/messages.ts.
 */
export function renderCheckMessage(
  message: CheckMessage,
  locale: string,
  text: CatalogueText,
): string | null {
  const template = text.messages[message.code];
  if (template === undefined || !isMessage({ params: {}, ...message })) return null;
  const params = (message.params ?? {}) as Record<string, unknown>;
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const format = makeFormat(locale);
  // A plain list: "a, b" in English; Japanese and Chinese Intl "unit" lists separate by a bare
  // space, which runs names with spaces together ("Block Basic Auth Basic auth exceptions").
  const unit = new Intl.ListFormat(locale, { type: 'unit' });
  const list = { format: (xs: string[]) => (locale === 'en' ? unit.format(xs) : xs.join('、')) };
  const and = new Intl.ListFormat(locale, { type: 'conjunction' });
  let missing = false;
  const one = (value: unknown): string => {
    if (isMessage(value)) {
      const nested = renderCheckMessage(value, locale, text);
      if (nested === null) missing = true;
      return nested ?? '';
    }
    if (typeof value === 'number') return number.format(value);
    if (Array.isArray(value)) return list.format(value.map(one));
    return value === null || value === undefined ? '' : String(value);
  };
  const items = (value: unknown): string[] =>
    (Array.isArray(value) ? value : [value]).map((v) => one(v));
  const out = template.replace(
    PLACEHOLDER,
    (_all, name: string, directive?: string, rest?: string) => {
      const value = params[name];
      const words = (rest ?? '').split(':').slice(1);
      switch (directive) {
        case 'percent':
          return percent.format(Number(value));
        case 'quoted':
          return items(value)
            .map((v) => (locale === 'en' ? `"${v}"` : `「${v}」`))
            .join(locale === 'en' ? ', ' : '、');
        case 'and':
          return and.format(items(value));
        case 'slash':
          return items(value).join('/');
        case 'join':
          return items(value).join(words[0] ?? ', ');
        case 'plural':
          return `${number.format(Number(value))} ${Number(value) === 1 ? words[0] : words[1]}`;
        case 'choose':
          return (Number(value) === 1 ? words[0] : words[1]) ?? '';
        case 'date': {
          const at = new Date(String(value));
          return Number.isNaN(at.getTime()) ? String(value) : format.dateTime(at);
        }
        case undefined:
        default:
          return one(value);
      }
    },
  );
  return missing ? null : out;
}

function catalogueText(locale: string): CatalogueText | null {
  return locale !== 'en' && isLocaleCode(locale) ? CATALOGUE_TEXT[locale] : null;
}

export function useCheckText() {
  const [locale] = useLocaleState();
  const text = catalogueText(locale);
  return {
    title: (record: CheckTextRecord | undefined): string =>
      (record?.checkId && text?.checks[record.checkId]?.title) ||
      record?.title ||
      record?.checkId ||
      '',
    summary: (record: CheckTextRecord | undefined): string =>
      (text && record?.message && renderCheckMessage(record.message, locale, text)) ||
      record?.summary ||
      '',
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

/** A record's summary (a result's, a drift event's) in the chosen language, as plain text. */
export const SummaryText = ({ record }: { record: CheckTextRecord }) => {
  const text = useCheckText();
  return <>{text.summary(record)}</>;
};

/** The result's summary in one paragraph. */
export const CheckSummaryField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<CheckTextRecord>();
  const text = useCheckText();
  if (!record) return null;
  return (
    <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
      {text.summary(record)}
    </Typography>
  );
};

/**
 * The app bar title of a page about one check (a result, an alert) or one message (a drift
 * event: `show="summary"`): react-admin's "%{name} %{recordRepresentation}" with the title or
 * summary in the chosen language, where the resource's `recordRepresentation` could only give
 * the server's English.
 */
export const CheckRecordTitle = ({ show = 'title' }: { show?: 'title' | 'summary' }) => {
  const record = useRecordContext<CheckTextRecord>();
  const resource = useResourceContext();
  const getResourceLabel = useGetResourceLabel();
  const translate = useTranslate();
  const text = useCheckText();
  if (!record || !resource) return null;
  return (
    <span data-testid="check-record-title">
      {translate('ra.page.show', {
        name: getResourceLabel(resource, 1),
        recordRepresentation: show === 'title' ? text.title(record) : text.summary(record),
      })}
    </span>
  );
};
