import type { ScenarioClock } from './clock.js';

/**
 * The rollout the scenario plays out, in simulated days: day 0 the blocking policies exist but
 * nobody has them; the pilot wave gets them on `pilotDay`; later waves later; the organisation
 * default at the end. On-premises hardening (ActiveSync default Block, the Outlook basic-auth
 * block rule) happens with the pilot.
 */
export interface RolloutPlan {
  pilotDay: number;
  wave2Day: number;
  wave3Day: number;
  orgDefaultDay: number;
}

export const DEFAULT_ROLLOUT: RolloutPlan = {
  pilotDay: 1,
  wave2Day: 7,
  wave3Day: 10,
  orgDefaultDay: 14,
};

/** What a regression changes; the README lists what each does to the tenant. */
export const REGRESSION_KINDS = [
  'pilotMemberAdded',
  'exoPolicyAllowsBasic',
  'deviceAllowedIndividually',
  'outlookServiceRuleDeleted',
  'caPolicyReportOnly',
  'smtpAuthReenabled',
  'onPremDefaultAccessAllow',
  'onPremPolicyAllowsLegacy',
  'hmaDisabled',
  'caMfaTrustedLocationsExcluded',
  'appProtectionNarrowed',
  'appProtectionOutlookRemoved',
] as const;
export type RegressionKind = (typeof REGRESSION_KINDS)[number];

export interface Regression {
  day: number;
  kind: RegressionKind;
  /** Day on which someone repairs it; absent = it stays. */
  untilDay?: number;
}

export const DEFAULT_REGRESSIONS: readonly Regression[] = [
  { day: 2, kind: 'pilotMemberAdded' },
  { day: 3, kind: 'exoPolicyAllowsBasic' },
  { day: 4, kind: 'deviceAllowedIndividually' },
  { day: 5, kind: 'outlookServiceRuleDeleted' },
  { day: 6, kind: 'caPolicyReportOnly' },
  { day: 8, kind: 'caMfaTrustedLocationsExcluded', untilDay: 9 },
  { day: 11, kind: 'appProtectionNarrowed', untilDay: 13 },
  { day: 12, kind: 'appProtectionOutlookRemoved', untilDay: 13 },
];

/** The scenario's configuration stage on one simulated day. */
export interface DayState {
  day: number;
  /** Waves whose members have the blocking policy assigned (0..3). */
  wavesAssigned: number;
  orgDefault: boolean;
  /** ActiveSync default access Block + the Outlook basic-auth block rule (on-premises). */
  onPremHardened: boolean;
  /** Active regressions and the day each started. */
  regressions: ReadonlyMap<RegressionKind, number>;
}

export function isActive(state: DayState, kind: RegressionKind): boolean {
  return state.regressions.has(kind);
}

export class Timeline {
  private readonly cache = new Map<number, DayState>();

  constructor(
    readonly plan: RolloutPlan,
    readonly regressions: readonly Regression[],
    private readonly clock: ScenarioClock,
  ) {}

  /** State in force at a real instant; before the scenario started, day 0's. */
  stateAt(realMs: number): DayState {
    return this.stateOfDay(Math.max(0, Math.floor(this.clock.dayAt(realMs))));
  }

  current(): DayState {
    return this.stateAt(this.clock.now());
  }

  stateOfDay(day: number): DayState {
    const hit = this.cache.get(day);
    if (hit) return hit;
    const p = this.plan;
    const waves = day >= p.wave3Day ? 3 : day >= p.wave2Day ? 2 : day >= p.pilotDay ? 1 : 0;
    const regressions = new Map<RegressionKind, number>();
    for (const r of this.regressions) {
      if (day >= r.day && (r.untilDay === undefined || day < r.untilDay)) {
        const prev = regressions.get(r.kind);
        regressions.set(r.kind, prev === undefined ? r.day : Math.min(prev, r.day));
      }
    }
    const state: DayState = {
      day,
      wavesAssigned: waves,
      orgDefault: day >= p.orgDefaultDay,
      onPremHardened: day >= p.pilotDay,
      regressions,
    };
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(day, state);
    return state;
  }

  /** Real instant at which a simulated day began (for WhenChanged, LastSuccessSync and such). */
  realTimeOfDay(day: number): number {
    return this.clock.realTimeOfDay(day);
  }

  /** The plan and regressions as a list of dated events, for /_emulator/state. */
  schedule(): Array<{ day: number; event: string; at: string }> {
    const p = this.plan;
    const items: Array<{ day: number; event: string }> = [
      {
        day: 0,
        event: 'authentication policies and Conditional Access policies exist; nothing assigned',
      },
      { day: p.pilotDay, event: 'pilot wave assigned; on-premises ActiveSync hardened' },
      { day: p.wave2Day, event: 'wave 2 assigned' },
      { day: p.wave3Day, event: 'wave 3 assigned' },
      { day: p.orgDefaultDay, event: 'organisation default policy set' },
      ...this.regressions.flatMap((r) => [
        { day: r.day, event: `regression: ${r.kind}` },
        ...(r.untilDay === undefined ? [] : [{ day: r.untilDay, event: `repaired: ${r.kind}` }]),
      ]),
    ];
    return items
      .sort((a, b) => a.day - b.day)
      .map((i) => ({ ...i, at: new Date(this.clock.realTimeOfDay(i.day)).toISOString() }));
  }
}
