import { mix32, Rng } from './prng.js';
import type { ScenarioTenant, UserProfile } from './tenant.js';

/**
 * Sign-ins are never stored: each one-minute slice of real time is generated on demand from
 * (tenant seed, slice number), the same way every time. A query walks slices newest first and
 * keeps only what it needs, so a 100,000-user tenant costs a few slices of memory, not millions
 * of events.
 */
export const SLICE_MS = 60_000;
export const TICKS_PER_MS = 10_000;
const TICKS_PER_SLICE = SLICE_MS * TICKS_PER_MS;

export type SignInKind =
  | 'outlookRefresh'
  | 'outlookSignIn'
  | 'desktopRefresh'
  | 'browser'
  | 'easBasic'
  | 'iosAccounts'
  | 'script'
  | 'spray'
  | 'breakGlass';

interface KindDef {
  kind: SignInKind;
  /** Events per eligible user per real day, before the tenant's rate multiplier. */
  perUserPerDay: number;
  interactive: boolean;
  eligible(p: UserProfile): boolean;
}

const isOutlook = (p: UserProfile) => p.mobile === 'outlookIos' || p.mobile === 'outlookAndroid';

const KINDS: readonly KindDef[] = [
  { kind: 'outlookRefresh', perUserPerDay: 14, interactive: false, eligible: isOutlook },
  { kind: 'outlookSignIn', perUserPerDay: 0.3, interactive: true, eligible: isOutlook },
  { kind: 'desktopRefresh', perUserPerDay: 6, interactive: false, eligible: (p) => p.desktop },
  { kind: 'browser', perUserPerDay: 1.2, interactive: true, eligible: (p) => p.kind === 'member' },
  {
    kind: 'easBasic',
    perUserPerDay: 10,
    interactive: true,
    // Never reaches Entra in 2026. Exchange Online refuses Basic authentication for Exchange
    // ActiveSync before any credential check ("Deprecation of Basic authentication in Exchange
    // Online", https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online:
    // permanently disabled for EAS, POP, IMAP, EWS, RPS, MAPI, RPC, OAB and Autodiscover), and
    // native clients of on-premises mailboxes talk to the on-premises server, where Basic is
    // still live (the collector's Get-MobileDevice data shows them, not Entra). Kept as a kind
    // so a scenario of an earlier year could turn it back on.
    eligible: () => false,
  },
  { kind: 'iosAccounts', perUserPerDay: 3, interactive: true, eligible: (p) => p.iosMailModern },
  {
    kind: 'script',
    perUserPerDay: 48,
    interactive: true,
    // Only SMTP AUTH to Exchange Online reaches Entra with Basic: POP and IMAP Basic are refused
    // by Exchange Online (same page), and an on-premises server never asks Entra. SMTP AUTH
    // Basic behaves as before until the end of December 2026, then is off by default for existing
    // tenants unless an administrator re-enables it ("Updated Exchange Online SMTP AUTH Basic
    // Authentication Deprecation Timeline", Exchange Team Blog, 27 January 2026,
    // https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835).
    eligible: (p) => p.script === 'smtp' && p.mailbox === 'online',
  },
  { kind: 'spray', perUserPerDay: 0.15, interactive: true, eligible: (p) => p.kind === 'member' },
  {
    kind: 'breakGlass',
    perUserPerDay: 0.15,
    interactive: true,
    eligible: (p) => p.kind === 'breakGlass',
  },
];

/** Share of traffic per UTC hour (offices in Japan, Taiwan, the US and the UK); mean 1. */
const DIURNAL = normalise([
  1.3, 1.45, 1.5, 1.45, 1.35, 1.2, 1.1, 1, 1, 0.95, 0.85, 0.7, 0.6, 0.55, 0.6, 0.8, 0.95, 1, 0.95,
  0.8, 0.7, 0.7, 0.85, 1.1,
]);

export interface CoreSignIn {
  slice: number;
  /** 100 ns ticks since the slice started: createdDateTime has seven fractional digits. */
  ticks: number;
  /** Every other detail of the event derives from this. */
  seed: number;
  kind: SignInKind;
  user: number;
  interactive: boolean;
  /** Real time from which the API returns it (Entra's ingestion delay). */
  visibleAt: number;
}

export interface SignInGeneratorOptions {
  /** Multiplier on the built-in per-user rates (1 ≈ 18 events per user per day). */
  rate: number;
  /** Events become visible up to this many minutes after their createdDateTime. */
  lateMinutes: number;
}

export function eventMs(e: CoreSignIn): number {
  return e.slice * SLICE_MS + Math.floor(e.ticks / TICKS_PER_MS);
}

/** Newest first; ties (same tick) by seed so the order is total and stable. */
export function compareDesc(a: CoreSignIn, b: CoreSignIn): number {
  return b.slice - a.slice || b.ticks - a.ticks || b.seed - a.seed;
}

export class SignInGenerator {
  private readonly pools: Array<{ def: KindDef; users: Int32Array; cumulative: number }> = [];
  private readonly totalWeight: number;
  private readonly cache = new Map<number, CoreSignIn[]>();

  constructor(
    private readonly tenant: ScenarioTenant,
    private readonly options: SignInGeneratorOptions,
  ) {
    let cumulative = 0;
    for (const def of KINDS) {
      const users = Int32Array.from(
        tenant.profiles.filter((p) => def.eligible(p)).map((p) => p.index),
      );
      if (users.length === 0) continue;
      cumulative += def.perUserPerDay * users.length * options.rate;
      this.pools.push({ def, users, cumulative });
    }
    this.totalWeight = cumulative;
  }

  /** Expected events per real day (all kinds, interactive and not). */
  get eventsPerDay(): number {
    return this.totalWeight;
  }

  /** The events created in one slice, newest first. */
  slice(index: number): readonly CoreSignIn[] {
    const hit = this.cache.get(index);
    if (hit) {
      this.cache.delete(index);
      this.cache.set(index, hit);
      return hit;
    }
    const events = this.generate(index);
    this.cache.set(index, events);
    if (this.cache.size > 96) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    return events;
  }

  private generate(index: number): CoreSignIn[] {
    const rng = new Rng(mix32(this.tenant.seed, index));
    const hour = new Date(index * SLICE_MS).getUTCHours();
    const count = rng.poisson((this.totalWeight / 1440) * (DIURNAL[hour] ?? 1));
    const out: CoreSignIn[] = [];
    for (let i = 0; i < count; i++) {
      const pool = this.pickPool(rng.next() * this.totalWeight);
      const ticks = rng.int(TICKS_PER_SLICE);
      const createdMs = index * SLICE_MS + Math.floor(ticks / TICKS_PER_MS);
      out.push({
        slice: index,
        ticks,
        seed: rng.u32(),
        kind: pool.def.kind,
        user: pool.users[rng.int(pool.users.length)] ?? 0,
        interactive: pool.def.interactive,
        visibleAt: createdMs + this.delay(rng),
      });
    }
    return out.sort(compareDesc);
  }

  private pickPool(x: number): { def: KindDef; users: Int32Array } {
    for (const p of this.pools) if (x < p.cumulative) return p;
    const last = this.pools[this.pools.length - 1];
    if (!last) throw new Error('tenant has no sign-in sources');
    return last;
  }

  /** Most events show up within two minutes; the rest spread up to the configured maximum. */
  private delay(rng: Rng): number {
    const max = this.options.lateMinutes * 60_000;
    if (max <= 0) return 0;
    const quick = Math.min(max, 120_000);
    return Math.floor(rng.next() < 0.75 ? rng.next() * quick : rng.next() * max);
  }
}

function normalise(weights: number[]): number[] {
  const mean = weights.reduce((a, b) => a + b, 0) / weights.length;
  return weights.map((w) => w / mean);
}
