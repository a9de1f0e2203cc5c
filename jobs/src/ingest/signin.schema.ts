import { z } from 'zod';
import { formatPath } from '../errors.js';
import { jsonProblems } from './json-guard.js';

/**
 * One Graph `signIn` event (docs/domain.md section 1), beta or v1.0 shaped. Only what the
 * product stores as columns is type-checked; the whole event is kept as JSON.
 */
const optStr = z.string().nullable().optional();

/** An ISO-8601 date-time with a time zone, as Graph writes createdDateTime (up to 7 decimals). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$/;

/** Characters of a userPrincipalName (Entra allows 113; 512 × 4 UTF-8 bytes fits an index row). */
export const SIGNIN_UPN_MAX_CHARS = 512;

export const signInEventSchema = z.looseObject({
  id: z.string().min(1).max(200),
  createdDateTime: z.string().refine((s) => ISO_DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)), {
    message: 'must be an ISO-8601 date-time with a time zone',
  }),
  userId: optStr,
  // Indexed with the tenant and time: a B-tree entry must fit in about 2,700 bytes.
  userPrincipalName: z.string().max(SIGNIN_UPN_MAX_CHARS).nullable().optional(),
  userDisplayName: optStr,
  appId: optStr,
  appDisplayName: optStr,
  resourceId: optStr,
  resourceDisplayName: optStr,
  clientAppUsed: optStr,
  ipAddress: optStr,
  userAgent: optStr,
  isInteractive: z.boolean().nullable().optional(),
  authenticationRequirement: optStr,
  conditionalAccessStatus: optStr,
  status: z
    .looseObject({
      errorCode: z.number().int().nullable().optional(),
      failureReason: optStr,
      additionalDetails: optStr,
    })
    .nullable()
    .optional(),
  deviceDetail: z
    .looseObject({
      deviceId: optStr,
      displayName: optStr,
      operatingSystem: optStr,
      browser: optStr,
    })
    .nullable()
    .optional(),
});

export type SignInEvent = z.infer<typeof signInEventSchema>;

const OPTIONAL_STRINGS = [
  'userId',
  'userDisplayName',
  'appId',
  'appDisplayName',
  'resourceId',
  'resourceDisplayName',
  'clientAppUsed',
  'ipAddress',
  'userAgent',
  'authenticationRequirement',
  'conditionalAccessStatus',
] as const;
const STATUS_STRINGS = ['failureReason', 'additionalDetails'] as const;
const DEVICE_STRINGS = ['deviceId', 'displayName', 'operatingSystem', 'browser'] as const;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalString = (v: unknown) => v === undefined || v === null || typeof v === 'string';

/**
 * The same rules as signInEventSchema, written out for the common case: an event every rule
 * accepts is returned as it is (no copy); anything else returns undefined and goes through zod,
 * which words the error. Accepting only what zod accepts is held by a property test
 * (signin-fast-path.spec.ts); the bench measures what it saves.
 */
export function fastSignInEvent(v: unknown): SignInEvent | undefined {
  if (!isPlainObject(v)) return undefined;
  const id = v.id;
  if (typeof id !== 'string' || id.length < 1 || id.length > 200) return undefined;
  const at = v.createdDateTime;
  if (typeof at !== 'string' || !ISO_DATE_TIME.test(at) || Number.isNaN(Date.parse(at)))
    return undefined;
  for (const k of OPTIONAL_STRINGS) if (!optionalString(v[k])) return undefined;
  const upn = v.userPrincipalName;
  if (!(
    upn === undefined ||
    upn === null ||
    (typeof upn === 'string' && upn.length <= SIGNIN_UPN_MAX_CHARS)
  ))
    return undefined;
  const interactive = v.isInteractive;
  if (!(interactive === undefined || interactive === null || typeof interactive === 'boolean'))
    return undefined;
  const status = v.status;
  if (status !== undefined && status !== null) {
    if (!isPlainObject(status)) return undefined;
    const code = status.errorCode;
    if (!(code === undefined || code === null || Number.isSafeInteger(code))) return undefined;
    for (const k of STATUS_STRINGS) if (!optionalString(status[k])) return undefined;
  }
  const device = v.deviceDetail;
  if (device !== undefined && device !== null) {
    if (!isPlainObject(device)) return undefined;
    for (const k of DEVICE_STRINGS) if (!optionalString(device[k])) return undefined;
  }
  return v as SignInEvent;
}

/** The columns of sign_ins that ingestion writes (the classification columns are generated). */
export interface SignInRow {
  id: string;
  createdAt: string;
  userId: string | null;
  userPrincipalName: string | null;
  appId: string | null;
  appDisplayName: string | null;
  resourceId: string | null;
  resourceDisplayName: string | null;
  clientAppUsed: string | null;
  errorCode: number | null;
  isInteractive: boolean | null;
  authenticationRequirement: string | null;
  conditionalAccessStatus: string | null;
  operatingSystem: string | null;
  browser: string | null;
  deviceId: string | null;
  userAgent: string | null;
  ipAddress: string | null;
  /** The whole event: JSON text as received, or a value to serialise. */
  event: unknown;
}

/**
 * An event that arrived as JSON text (an NDJSON line, a Graph page item read as text): validated
 * from `value`, stored from `text` as received, without serialising it again.
 */
export class JsonTextEvent {
  constructor(
    readonly text: string,
    readonly value: unknown,
  ) {}
}

export type SignInCheck = { ok: true; row: SignInRow } | { ok: false; reason: string };

const DAY_MS = 86_400_000;

/**
 * Validates one event; refuses events older than the tenant's retention or more than a day in
 * the future (docs/api.md).
 */
export function toSignInRow(input: unknown, now: Date, retentionDays: number): SignInCheck {
  const text = input instanceof JsonTextEvent ? input.text : null;
  const value = input instanceof JsonTextEvent ? input.value : input;
  // Bounds on every value first (lengths, Unicode, prototype keys, depth), known field or not.
  const bounded = jsonProblems(value);
  if (bounded.length > 0)
    return { ok: false, reason: bounded.map((p) => `${p.path}: ${p.reason}`).join('; ') };
  let e = fastSignInEvent(value);
  if (!e) {
    const res = signInEventSchema.safeParse(value);
    if (!res.success) {
      return {
        ok: false,
        reason: res.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; '),
      };
    }
    e = res.data;
  }
  const at = Date.parse(e.createdDateTime);
  if (at > now.getTime() + DAY_MS)
    return { ok: false, reason: 'createdDateTime is more than a day in the future' };
  if (at < now.getTime() - retentionDays * DAY_MS) {
    return {
      ok: false,
      reason: `createdDateTime is older than the tenant's retention of ${retentionDays} days`,
    };
  }
  return {
    ok: true,
    row: {
      id: e.id,
      createdAt: e.createdDateTime,
      userId: e.userId ?? null,
      // Graph always lower-cases UPNs; older exports may not.
      userPrincipalName: e.userPrincipalName?.toLowerCase() ?? null,
      appId: e.appId ?? null,
      appDisplayName: e.appDisplayName ?? null,
      resourceId: e.resourceId ?? null,
      resourceDisplayName: e.resourceDisplayName ?? null,
      clientAppUsed: e.clientAppUsed ?? null,
      errorCode: e.status?.errorCode ?? null,
      isInteractive: e.isInteractive ?? null,
      authenticationRequirement: e.authenticationRequirement ?? null,
      conditionalAccessStatus: e.conditionalAccessStatus ?? null,
      operatingSystem: e.deviceDetail?.operatingSystem ?? null,
      browser: e.deviceDetail?.browser ?? null,
      deviceId: e.deviceDetail?.deviceId || null,
      userAgent: e.userAgent ?? null,
      ipAddress: e.ipAddress ?? null,
      event: text ?? e,
    },
  };
}
