import { GraphError } from '../http/errors.js';
import type { ResolvedSignIn } from '../scenario/signins.js';
import {
  conjuncts,
  disjuncts,
  FilterSyntaxError,
  parseFilter,
  type FilterNode,
  type Literal,
} from './odata-filter.js';
import type { GraphVersion } from './signin-shape.js';

export type EventType =
  'interactiveUser' | 'nonInteractiveUser' | 'servicePrincipal' | 'managedIdentity';
const EVENT_TYPES: readonly EventType[] = [
  'interactiveUser',
  'nonInteractiveUser',
  'servicePrincipal',
  'managedIdentity',
];

/** An instant with Graph's 100 ns precision. */
export interface Instant {
  ms: number;
  ticks: number;
}

export interface Bound extends Instant {
  inclusive: boolean;
}

export interface SignInQuery {
  lower: Bound | null;
  upper: Bound | null;
  eventTypes: ReadonlySet<EventType>;
  predicates: ReadonlyArray<(e: ResolvedSignIn) => boolean>;
}

export function compareInstant(a: Instant, b: Instant): number {
  return a.ms - b.ms || a.ticks - b.ticks;
}

/** Equality filters on these properties are applied after generation (docs/domain.md 1.6). */
const EQ_FIELDS: Readonly<
  Record<
    string,
    { kind: Literal['kind']; get: (e: ResolvedSignIn) => string | number; fold?: boolean }
  >
> = {
  id: { kind: 'string', get: (e) => e.id },
  appId: { kind: 'string', get: (e) => e.appId },
  userId: { kind: 'string', get: (e) => e.user.id },
  userPrincipalName: {
    kind: 'string',
    get: (e) => e.user.userPrincipalName.toLowerCase(),
    fold: true,
  },
  clientAppUsed: { kind: 'string', get: (e) => e.clientAppUsed, fold: true },
  conditionalAccessStatus: { kind: 'string', get: (e) => e.conditionalAccessStatus },
  resourceId: { kind: 'string', get: (e) => e.resourceId },
  ipAddress: { kind: 'string', get: (e) => e.ipAddress },
  'status/errorCode': { kind: 'number', get: (e) => e.errorCode },
};

const unsupported = (why: string) =>
  new GraphError(
    400,
    'BadRequest',
    `Invalid filter clause: ${why}. The emulator supports createdDateTime with ge/gt/le/lt/eq, ` +
      `signInEventTypes/any(t: t eq '…') (beta), and eq on ${Object.keys(EQ_FIELDS).join(', ')}, joined with 'and'.`,
  );

/** Compiles `$filter` for /auditLogs/signIns, refusing anything it cannot honour exactly. */
export function compileSignInFilter(filter: string | null, version: GraphVersion): SignInQuery {
  const query = {
    lower: null as Bound | null,
    upper: null as Bound | null,
    eventTypes: new Set<EventType>(['interactiveUser']),
    predicates: [] as Array<(e: ResolvedSignIn) => boolean>,
  };
  if (filter === null || filter.trim() === '') return query;
  let tree: FilterNode;
  try {
    tree = parseFilter(filter);
  } catch (e) {
    if (e instanceof FilterSyntaxError)
      throw new GraphError(400, 'BadRequest', `Invalid filter clause: ${e.message}.`);
    throw e;
  }
  let sawEventTypes = false;
  for (const term of conjuncts(tree)) {
    if (term.type === 'or')
      throw unsupported("'or' is only supported inside signInEventTypes/any(...)");
    if (term.type === 'not') throw unsupported("'not' is not supported");
    if (term.type === 'fn') throw unsupported(`function ${term.name}() is not supported`);
    if (term.type === 'lambda') {
      if (term.collection !== 'signInEventTypes')
        throw unsupported(`lambda on '${term.collection}' is not supported`);
      if (version === 'v1.0')
        throw new GraphError(
          400,
          'BadRequest',
          "Could not find a property named 'signInEventTypes' on type 'microsoft.graph.signIn'.",
        );
      if (term.fn !== 'any') throw unsupported('signInEventTypes supports any(), not all()');
      if (sawEventTypes) throw unsupported('signInEventTypes may appear once');
      sawEventTypes = true;
      const types = new Set<EventType>();
      for (const d of disjuncts(term.body)) {
        if (
          d.type !== 'cmp' ||
          d.property !== term.variable ||
          d.op !== 'eq' ||
          d.value.kind !== 'string'
        ) {
          throw unsupported(
            `inside signInEventTypes/any use ${term.variable} eq '<type>' joined with 'or'`,
          );
        }
        if (!EVENT_TYPES.includes(d.value.value as EventType)) {
          throw unsupported(
            `'${d.value.value}' is not a signInEventType (${EVENT_TYPES.join(', ')})`,
          );
        }
        types.add(d.value.value as EventType);
      }
      query.eventTypes = types;
      continue;
    }
    if (term.type !== 'cmp') throw unsupported('nested conditions are not supported');
    if (term.property === 'createdDateTime') {
      if (term.value.kind !== 'datetime')
        throw unsupported(
          'createdDateTime must be compared with an unquoted ISO-8601 date-time, e.g. 2026-01-13T14:13:32Z',
        );
      const at = { ms: term.value.ms, ticks: term.value.ticks };
      switch (term.op) {
        case 'ge':
        case 'gt':
          query.lower = tighter(query.lower, { ...at, inclusive: term.op === 'ge' }, 1);
          break;
        case 'le':
        case 'lt':
          query.upper = tighter(query.upper, { ...at, inclusive: term.op === 'le' }, -1);
          break;
        case 'eq':
          query.lower = tighter(query.lower, { ...at, inclusive: true }, 1);
          query.upper = tighter(query.upper, { ...at, inclusive: true }, -1);
          break;
        case 'ne':
          throw unsupported("createdDateTime does not support 'ne'");
      }
      continue;
    }
    const field = EQ_FIELDS[term.property];
    if (!field) {
      if (version === 'v1.0' && term.property === 'signInEventTypes') {
        throw new GraphError(
          400,
          'BadRequest',
          "Could not find a property named 'signInEventTypes' on type 'microsoft.graph.signIn'.",
        );
      }
      throw unsupported(`filtering on '${term.property}' is not supported`);
    }
    if (term.op !== 'eq') throw unsupported(`'${term.property}' supports only 'eq'`);
    if (term.value.kind !== field.kind)
      throw unsupported(`'${term.property}' must be compared with a ${field.kind}`);
    const want =
      term.value.kind === 'string'
        ? field.fold
          ? term.value.value.toLowerCase()
          : term.value.value
        : term.value.kind === 'number'
          ? term.value.value
          : null;
    query.predicates.push((e) => {
      const v = field.get(e);
      return (typeof v === 'string' && field.fold ? v.toLowerCase() : v) === want;
    });
  }
  return query;
}

/** Keeps the more restrictive of two bounds (dir 1 = lower bound, -1 = upper). */
function tighter(current: Bound | null, next: Bound, dir: 1 | -1): Bound {
  if (!current) return next;
  const c = compareInstant(next, current) * dir;
  if (c > 0) return next;
  if (c < 0) return current;
  return current.inclusive && next.inclusive ? current : { ...current, inclusive: false };
}

export function withinBounds(at: Instant, q: SignInQuery): boolean {
  if (q.lower) {
    const c = compareInstant(at, q.lower);
    if (c < 0 || (c === 0 && !q.lower.inclusive)) return false;
  }
  if (q.upper) {
    const c = compareInstant(at, q.upper);
    if (c > 0 || (c === 0 && !q.upper.inclusive)) return false;
  }
  return true;
}
