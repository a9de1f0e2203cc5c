const unit = (locale: string, name: 'second' | 'minute', digits: number) =>
  new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: name,
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  });

/**
 * A duration in milliseconds as people read it, in the dashboard's language: "0.4 sec",
 * "14.7 sec", "2 min 5 sec". Null (a run still going) is a dash.
 */
export function formatDuration(ms: number | null | undefined, locale: string): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return '—';
  const seconds = ms / 1000;
  if (seconds < 60) return unit(locale, 'second', 1).format(seconds);
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  const m = unit(locale, 'minute', 0).format(minutes);
  return rest === 0 ? m : `${m} ${unit(locale, 'second', 0).format(rest)}`;
}
