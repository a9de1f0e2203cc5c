import { makeFormat } from '../i18n/format';

/** A 0..100 score as a percentage in the locale ("87.5%", "87,5 %"). */
export function formatScore(score: number, locale: string): string {
  return makeFormat(locale).percent(score / 100);
}

/** The change between two 0..100 scores in points, signed ("+2.5", "−1", "0"); null without both. */
export function scoreDelta(now: number | null, before: number | null): number | null {
  if (now === null || before === null) return null;
  return Math.round((now - before) * 10) / 10;
}

export function formatDelta(delta: number, locale: string): string {
  return makeFormat(locale).signed(delta);
}

/** One chart row per day: `<protocol>|ok` and `<protocol>|blocked` counts, as the server gave them. */
export interface DayRow {
  day: string;
  [key: string]: number | string;
}

/**
 * The server's per-day, per-protocol counts laid out for a stacked bar chart (no sums: each
 * server row is one cell). Days without rows are kept so the axis shows the whole window.
 */
export function toDayRows(
  rows: ReadonlyArray<{ day: string; protocol?: string | null; success: boolean; count: number }>,
  days: readonly string[],
  unknownProtocol: string,
): { data: DayRow[]; protocols: string[] } {
  const byDay = new Map<string, DayRow>(days.map((day) => [day, { day }]));
  const protocols = new Set<string>();
  for (const r of rows) {
    const protocol = r.protocol ?? unknownProtocol;
    protocols.add(protocol);
    const row = byDay.get(r.day) ?? { day: r.day };
    byDay.set(r.day, row);
    const key = `${protocol}|${r.success ? 'ok' : 'blocked'}`;
    // The server groups by day, protocol and outcome (legacy only): one row per key and day.
    row[key] = r.count;
  }
  return {
    data: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)),
    protocols: [...protocols].sort(),
  };
}

/** The UTC days (YYYY-MM-DD) from `from` to `to`, both included. */
export function utcDays(from: Date, to: Date): string[] {
  const out: string[] = [];
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  while (d <= to) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}
