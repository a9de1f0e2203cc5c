import { hash32, Rng } from '../scenario/prng.js';
import type { EndpointTag } from '../http/context.js';

/**
 * Faults injected on request, so connectors can be proven against throttling, outages, slow
 * answers, broken bodies and duplicated items. Decisions come from a seeded generator, so a run
 * with the same requests in the same order meets the same faults.
 */
export const FAULT_ENDPOINTS = ['signIns', 'token', 'invokeCommand', 'graph', '*'] as const;
export type FaultEndpoint = (typeof FAULT_ENDPOINTS)[number];

export const FAULT_KINDS = ['429', '503', 'slow', 'truncate', 'malformed', 'repeat'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  endpoint: FaultEndpoint;
  kind: FaultKind;
  /** Probability per matching request (default 1). */
  rate?: number;
  /** Fire at most this many times, then disappear (default: until cleared). */
  count?: number;
  /** For 429/503: the Retry-After header, fractional seconds allowed (default 1 for 429). */
  retryAfterSeconds?: number;
  /** For slow: how long to wait before answering (default 2000). */
  delayMs?: number;
}

export interface ActiveFault extends FaultSpec {
  id: number;
  fired: number;
}

export interface FaultDecision {
  block: { status: 429 | 503; retryAfterSeconds: number | null } | null;
  delayMs: number;
  truncate: boolean;
  /** A 200 whose body is not JSON at all (a proxy's error page). */
  malformed: boolean;
  repeat: boolean;
}

export class FaultSpecError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid fault: ${problems.join('; ')}`);
  }
}

/** Validates untrusted input (the control endpoint, EMULATOR_FAULTS) into a FaultSpec. */
export function parseFaultSpec(input: unknown): FaultSpec {
  const problems: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new FaultSpecError(['a fault must be a JSON object']);
  const o = input as Record<string, unknown>;
  const known = new Set(['endpoint', 'kind', 'rate', 'count', 'retryAfterSeconds', 'delayMs']);
  for (const k of Object.keys(o)) if (!known.has(k)) problems.push(`unknown field "${k}"`);
  if (!FAULT_ENDPOINTS.includes(o.endpoint as FaultEndpoint))
    problems.push(`endpoint must be one of ${FAULT_ENDPOINTS.join(', ')}`);
  if (!FAULT_KINDS.includes(o.kind as FaultKind))
    problems.push(`kind must be one of ${FAULT_KINDS.join(', ')}`);
  const num = (key: string, min: number, max: number, integer: boolean) => {
    const v = o[key];
    if (v === undefined) return;
    if (
      typeof v !== 'number' ||
      !Number.isFinite(v) ||
      v < min ||
      v > max ||
      (integer && !Number.isInteger(v))
    ) {
      problems.push(
        `${key} must be ${integer ? 'an integer' : 'a number'} between ${min} and ${max}`,
      );
    }
  };
  num('rate', 0, 1, false);
  num('count', 1, 1_000_000, true);
  num('retryAfterSeconds', 0, 3600, false);
  num('delayMs', 0, 120_000, true);
  if (problems.length > 0) throw new FaultSpecError(problems);
  const spec: FaultSpec = { endpoint: o.endpoint as FaultEndpoint, kind: o.kind as FaultKind };
  if (o.rate !== undefined) spec.rate = o.rate as number;
  if (o.count !== undefined) spec.count = o.count as number;
  if (o.retryAfterSeconds !== undefined) spec.retryAfterSeconds = o.retryAfterSeconds as number;
  if (o.delayMs !== undefined) spec.delayMs = o.delayMs as number;
  return spec;
}

function matches(endpoint: FaultEndpoint, tag: EndpointTag): boolean {
  if (tag === 'control' || tag === 'keys') return false;
  if (endpoint === '*') return true;
  if (endpoint === 'graph') return tag === 'graph' || tag === 'signIns';
  return endpoint === tag;
}

export class FaultInjector {
  private readonly rng: Rng;
  private faults: ActiveFault[] = [];
  private nextId = 1;

  constructor(seed: string, initial: readonly FaultSpec[] = []) {
    this.rng = new Rng(hash32(seed, 'faults'));
    for (const f of initial) this.add(f);
  }

  add(spec: FaultSpec): ActiveFault {
    const fault: ActiveFault = { ...parseFaultSpec(spec), id: this.nextId++, fired: 0 };
    this.faults.push(fault);
    return fault;
  }

  clear(): number {
    const n = this.faults.length;
    this.faults = [];
    return n;
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /**
   * Draws the faults for one request. `continuation` says whether it asks for a next page:
   * `repeat` only means something there, so it neither fires nor counts elsewhere.
   */
  draw(tag: EndpointTag, continuation: boolean): FaultDecision {
    const decision: FaultDecision = {
      block: null,
      delayMs: 0,
      truncate: false,
      malformed: false,
      repeat: false,
    };
    for (const f of this.faults) {
      if (!matches(f.endpoint, tag)) continue;
      if (f.kind === 'repeat' && !continuation) continue;
      // A request already refused is not also slowed or truncated, and does not use up those faults.
      if (decision.block && f.kind !== '429' && f.kind !== '503') continue;
      if (this.rng.next() >= (f.rate ?? 1)) continue;
      switch (f.kind) {
        case '429':
        case '503':
          if (decision.block) continue;
          decision.block = {
            status: f.kind === '429' ? 429 : 503,
            retryAfterSeconds: f.retryAfterSeconds ?? (f.kind === '429' ? 1 : null),
          };
          break;
        case 'slow':
          decision.delayMs += f.delayMs ?? 2000;
          break;
        case 'truncate':
          decision.truncate = true;
          break;
        case 'malformed':
          decision.malformed = true;
          break;
        case 'repeat':
          decision.repeat = true;
          break;
      }
      f.fired++;
    }
    this.faults = this.faults.filter((f) => f.count === undefined || f.fired < f.count);
    return decision;
  }
}
