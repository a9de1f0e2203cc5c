import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import type { MetricUnit } from '../gql/graphql';

/**
 * Every date and number the dashboard shows goes through one of these, in the language the
 * user chose (not the browser's): lists, page titles, links, pickers, chart axes and tooltips.
 * A value that is missing or not a date shows as a dash rather than "Invalid Date" or "NaN".
 */
export interface Format {
  locale: string;
  /** "Dec 3, 2026", "2026/12/03", "2026年12月3日". `utc` for days the server counted in UTC. */
  date(value: DateLike, options?: { utc?: boolean }): string;
  /** The date and the time to the minute. */
  dateTime(value: DateLike): string;
  /** A day on a chart axis: month and day only. `utc` for days the server counted in UTC. */
  day(value: DateLike, options?: { utc?: boolean }): string;
  /** A chart axis over hours: month, day, hour and minute. */
  dayTime(value: DateLike): string;
  /** A whole or decimal number with the locale's grouping ("12,345", "0.5"). */
  number(value: number | null | undefined, maximumFractionDigits?: number): string;
  /** A large number the short way: "1.2M", "120万", "120萬". */
  compact(value: number | null | undefined): string;
  /** A change with its sign ("+2.5", "−1", "0"). */
  signed(value: number | null | undefined, maximumFractionDigits?: number): string;
  /** A share from 0 to 1 as a percentage ("0.6%", "87.5%"). */
  percent(ratio: number | null | undefined, maximumFractionDigits?: number): string;
  /** A check's metric in its unit: RATIO as a percentage, COUNT as a number. */
  metric(value: number | null | undefined, unit: MetricUnit | null | undefined): string;
}

export type DateLike = Date | string | number | null | undefined;

export const NONE = '—';

const toDate = (value: DateLike): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

const cache = new Map<string, Format>();

/** The formatters of one locale (made once per locale: Intl formatters are costly to build). */
export function makeFormat(locale: string): Format {
  const known = cache.get(locale);
  if (known) return known;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateUtc = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  const dayUtc = new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const dayTime = new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const compact = new Intl.NumberFormat(locale, {
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const signed = new Intl.NumberFormat(locale, {
    signDisplay: 'exceptZero',
    maximumFractionDigits: 1,
  });
  const numbers = new Map<number, Intl.NumberFormat>();
  const percents = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let f = numbers.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numbers.set(digits, f);
    }
    return f;
  };
  const percentFormat = (digits: number) => {
    let f = percents.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits });
      percents.set(digits, f);
    }
    return f;
  };
  const withDate =
    (f: Intl.DateTimeFormat) =>
    (value: DateLike): string => {
      const d = toDate(value);
      return d ? f.format(d) : NONE;
    };
  const format: Format = {
    locale,
    date: (value, options) => withDate(options?.utc ? dateUtc : date)(value),
    dateTime: withDate(dateTime),
    day: (value, options) => withDate(options?.utc ? dayUtc : day)(value),
    dayTime: withDate(dayTime),
    number: (value, digits = 3) => (finite(value) ? numberFormat(digits).format(value) : NONE),
    compact: (value) => (finite(value) ? compact.format(value) : NONE),
    signed: (value, digits = 1) =>
      finite(value)
        ? digits === 1
          ? signed.format(value)
          : new Intl.NumberFormat(locale, {
              signDisplay: 'exceptZero',
              maximumFractionDigits: digits,
            }).format(value)
        : NONE,
    percent: (ratio, digits = 1) => (finite(ratio) ? percentFormat(digits).format(ratio) : NONE),
    metric: (value, unit) => (unit === 'RATIO' ? format.percent(value) : format.number(value)),
  };
  cache.set(locale, format);
  return format;
}

/** The formatters of the language the user chose; pages re-render when it changes. */
export function useFormat(): Format {
  const [locale] = useLocaleState();
  return useMemo(() => makeFormat(locale), [locale]);
}
