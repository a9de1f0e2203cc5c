import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastSignInEvent, signInEventSchema, toSignInRow } from './signin.schema.js';

/**
 * The fast path in front of zod accepts exactly what zod accepts: whatever it lets through, zod
 * lets through with the same data; whatever zod refuses, it refuses too (so zod words the error).
 */
const valid = {
  id: '5d1a2c3b-0000-4000-8000-000000000001',
  createdDateTime: '2026-12-01T08:30:00.1234567Z',
  userId: 'u1',
  userPrincipalName: 'Alex@Contoso.com',
  appId: '27922004-5251-4030-b22d-91ecd9a37ea4',
  appDisplayName: 'Outlook Mobile',
  clientAppUsed: 'Mobile Apps and Desktop clients',
  isInteractive: true,
  status: { errorCode: 0, failureReason: null },
  deviceDetail: { deviceId: '', operatingSystem: 'Ios 18.1', browser: 'Mobile Safari' },
  location: { city: 'Tokyo' },
};

const FIELDS = [
  'id',
  'createdDateTime',
  'userId',
  'userPrincipalName',
  'appDisplayName',
  'clientAppUsed',
  'isInteractive',
  'status',
  'deviceDetail',
  'location',
] as const;

/** Values near the edges of the rules. */
const EDGES: unknown[] = [
  '',
  'x'.repeat(200),
  'x'.repeat(201),
  'u'.repeat(512),
  'u'.repeat(513),
  '2026-12-01T08:30:00Z',
  '2026-12-01T08:30:00',
  '2026-02-30T08:30:00Z',
  '2026-12-01T08:30:00.12345678Z',
  '2026-12-01T08:30:00+09:00',
  1.5,
  2 ** 53,
  { errorCode: 1.5 },
  { errorCode: 50126, failureReason: 3 },
  { deviceId: 7 },
  [],
  null,
  undefined,
  true,
  0,
];

/** Any JSON value, or one near the edges of the rules. */
const edgy = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...EDGES));

const mutated = fc
  .record({
    field: fc.constantFrom(...FIELDS),
    nested: fc.constantFrom(null, 'errorCode', 'failureReason', 'deviceId', 'operatingSystem'),
    value: edgy,
    drop: fc.boolean(),
  })
  .map(({ field, nested, value, drop }) => {
    const e: Record<string, unknown> = structuredClone(valid);
    if (nested && (field === 'status' || field === 'deviceDetail')) {
      (e[field] as Record<string, unknown>)[nested] = value;
    } else if (drop) {
      delete e[field];
    } else {
      e[field] = value;
    }
    return e;
  });

describe('the sign-in fast path', () => {
  it('accepts a valid event as it is, without a copy', () => {
    expect(fastSignInEvent(valid)).toBe(valid);
  });

  it('accepts only what zod accepts, and everything zod accepts here', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, fc.jsonValue({ maxDepth: 3 })), (e) => {
        const fast = fastSignInEvent(e);
        const slow = signInEventSchema.safeParse(e);
        expect(fast !== undefined).toBe(slow.success);
        if (fast && slow.success) expect(slow.data).toEqual(fast);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with zod on every edge value in every field and nested field', () => {
    const cases: Array<Record<string, unknown>> = [];
    for (const value of EDGES) {
      for (const field of FIELDS) cases.push({ ...structuredClone(valid), [field]: value });
      for (const nested of ['errorCode', 'failureReason', 'additionalDetails'])
        cases.push({ ...structuredClone(valid), status: { errorCode: 0, [nested]: value } });
      for (const nested of ['deviceId', 'displayName', 'operatingSystem', 'browser'])
        cases.push({ ...structuredClone(valid), deviceDetail: { [nested]: value } });
    }
    let accepted = 0;
    for (const e of cases) {
      const fast = fastSignInEvent(e) !== undefined;
      expect(fast, JSON.stringify(e)).toBe(signInEventSchema.safeParse(e).success);
      if (fast) accepted++;
    }
    // Both sides of the rules are exercised.
    expect(accepted).toBeGreaterThan(20);
    expect(accepted).toBeLessThan(cases.length - 20);
  });

  it('leaves the wording of every refusal to zod', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const bad = { ...valid, id: '', status: { errorCode: 1.5 } };
    const r = toSignInRow(bad, now, 30);
    expect(r).toEqual({
      ok: false,
      reason: expect.stringMatching(/^id: .*; status\.errorCode: /),
    });
  });
});
