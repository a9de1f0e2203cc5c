/** What the per-day chart draws, from the server's per-day counts (no sums made here). */

export interface DayCount {
  day: string;
  protocol?: string | null;
  legacy: boolean;
  success: boolean;
  count: number;
}

/** The list filter the chart reads: those of its fields the daily rollup keeps. */
export interface SignInListFilter {
  tenantId?: string | null;
  protocol?: string | null;
  protocols?: string[] | null;
  legacyOnly?: boolean | null;
  success?: boolean | null;
  user?: string | null;
  app?: string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * The chart's `signInsPerDay` filter for the list's filter, or null when the list can match
 * nothing (a single `protocol` outside the chosen `protocols`). The list's user and app are not
 * kept by the rollup: `notApplied` names them, for the chart to say so.
 */
export function chartFilter(f: SignInListFilter): {
  filter: {
    tenantId?: string;
    from?: string;
    to?: string;
    legacyOnly?: boolean;
    success?: boolean;
    protocols?: string[];
  } | null;
  notApplied: Array<'user' | 'app'>;
} {
  const notApplied = (['user', 'app'] as const).filter((k) => !!f[k]);
  let protocols = f.protocols?.length ? [...f.protocols] : [];
  if (f.protocol) {
    const one = f.protocol.toLowerCase();
    protocols = protocols.length ? protocols.filter((p) => p.toLowerCase() === one) : [f.protocol];
    if (protocols.length === 0) return { filter: null, notApplied };
  }
  const filter: NonNullable<ReturnType<typeof chartFilter>['filter']> = {};
  if (f.tenantId) filter.tenantId = f.tenantId;
  if (f.from) filter.from = f.from;
  if (f.to) filter.to = f.to;
  if (f.legacyOnly) filter.legacyOnly = true;
  if (typeof f.success === 'boolean') filter.success = f.success;
  if (protocols.length) filter.protocols = protocols;
  return { filter, notApplied };
}

/** A bar segment's key: one protocol's successful or refused sign-ins. */
export const segmentKey = (protocol: string, success: boolean) =>
  `${protocol}\u0001${success ? 'ok' : 'refused'}`;

/**
 * One row per day with one column per (protocol, outcome) segment, each a count the server
 * gave (a protocol is legacy or not, so legacy adds no segment), and the protocols in order.
 */
export function chartRows(counts: DayCount[]): {
  rows: Array<Record<string, string | number>>;
  protocols: string[];
  segments: Array<{ key: string; protocol: string; success: boolean }>;
} {
  const byDay = new Map<string, Record<string, string | number>>();
  const protocols = new Set<string>();
  const segments = new Map<string, { key: string; protocol: string; success: boolean }>();
  for (const c of counts) {
    const protocol = c.protocol ?? '';
    protocols.add(protocol);
    const key = segmentKey(protocol, c.success);
    segments.set(key, { key, protocol, success: c.success });
    const row = byDay.get(c.day) ?? { day: c.day };
    // Rows differing only by the legacy flag are two server counts of one segment; the rollup
    // keys them apart but a protocol has one flag, so this is one count in practice.
    row[key] = c.count + (typeof row[key] === 'number' ? row[key] : 0);
    byDay.set(c.day, row);
  }
  const order = [...protocols].sort((a, b) => a.localeCompare(b));
  return {
    rows: [...byDay.values()].sort((a, b) => String(a.day).localeCompare(String(b.day))),
    protocols: order,
    segments: [...segments.values()].sort(
      (a, b) =>
        order.indexOf(a.protocol) - order.indexOf(b.protocol) ||
        Number(b.success) - Number(a.success),
    ),
  };
}
