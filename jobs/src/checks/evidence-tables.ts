/**
 * A check result's evidence as tables for people: one table per capped list of the evidence
 * (regression.ts's `listsOf`, the same lists alerts name items from), each row with the key a
 * waiver names it by and whether it makes the result fail. Pure: the API serves it as
 * `CheckResult.evidenceTables`, the dashboard only draws it.
 */
import { identify, listsOf } from '../alerts/regression.js';
import { isMessage, type Message } from './catalogue/messages.js';

export type EvidenceKind = 'USER' | 'DEVICE' | 'POLICY' | 'SIGN_IN' | 'SERVER' | 'OTHER';
export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  'USER',
  'DEVICE',
  'POLICY',
  'SIGN_IN',
  'SERVER',
  'OTHER',
];

/** Rows of a table unless all are asked for. */
export const EVIDENCE_ROWS_DEFAULT = 50;

export interface EvidenceRow {
  /**
   * The key a waiver names this row by (createWaiver `items`): the failing item the check
   * reported for it when there is one, otherwise the row's identity (regression.ts `identify`).
   */
  key: string;
  /** The check listed this row's key among its failing items. */
  failing: boolean;
  /** A waiver covered this row's key in this result. */
  waived: boolean;
  /** One cell per column, as text (null: no value). */
  cells: (string | null)[];
  /**
   * One per column: the cell's text as a message, where the row has one beside the field
   * (`reasonMessage` beside `reason`), for the web to word in the reader's language.
   */
  messages: (Message | null)[];
  /** The user's principal name as listed, for a link to their sign-ins. */
  user: string | null;
  /** The ActiveSync DeviceId, for a link to the mobile device. */
  device: string | null;
  /** The policy's id (or name when the row has no id), for links to its settings and drift. */
  policy: string | null;
}

export interface EvidenceTable {
  /** Where the list sits in the evidence, e.g. `uncovered` or `legacyFailures.users`. */
  list: string;
  kind: EvidenceKind;
  columns: string[];
  /** How many the check found (may be more than it listed). */
  total: number;
  /** How many rows the stored evidence lists (the catalogue caps its lists). */
  listed: number;
  /** At most `limit` of the listed rows, in the evidence's order. */
  rows: EvidenceRow[];
}

const USER_FIELDS = ['userPrincipalName', 'UserPrincipalName', 'account'];
const DEVICE_FIELDS = ['DeviceId', 'deviceId'];
const POLICY_FIELDS = ['policyId', 'policy', 'policyName'];
const SIGN_IN_FIELDS = ['createdDateTime', 'signInId'];
const SERVER_FIELDS = ['Server', 'ServerName', 'Fqdn'];

/**
 * Tables of a result's evidence. `limit` caps the rows of each table (Infinity: all listed);
 * totals always say how many there are.
 */
export function evidenceTables(
  evidence: unknown,
  limit: number = EVIDENCE_ROWS_DEFAULT,
): EvidenceTable[] {
  const failing = failingKeysOf(evidence);
  const waived = new Set(stringsOf(listAt(evidence, 'waivedItems')).map(lower));
  return listsOf(evidence).map(({ list, items, total }) => {
    const columns = columnsOf(items);
    const rows = items.slice(0, Math.max(0, limit)).map((row) => {
      const key = waiverKey(row, failing);
      return {
        key,
        failing: failing.has(key),
        waived: waived.has(key),
        cells: columns.map((c) => cellOf(typeof row === 'string' ? row : field(row, c))),
        messages: columns.map((c) => {
          const m = field(row, `${c}${MESSAGE_SUFFIX}`);
          return isMessage(m) ? m : null;
        }),
        user: firstString(row, USER_FIELDS) ?? (isUserString(row) ? row.trim() : null),
        device: firstString(row, DEVICE_FIELDS),
        policy: firstString(row, POLICY_FIELDS),
      };
    });
    return { list, kind: kindOf(items), columns, total, listed: items.length, rows };
  });
}

/** What a table lists: the kind most of its rows are, by their identifying fields. */
function kindOf(items: unknown[]): EvidenceKind {
  const first = items.find((r) => r !== null && r !== undefined);
  if (first === undefined) return 'OTHER';
  if (typeof first === 'string') return isUserString(first) ? 'USER' : 'OTHER';
  if (!isRecord(first)) return 'OTHER';
  const has = (fields: string[]) => fields.some((f) => typeof first[f] === 'string');
  if (has(SIGN_IN_FIELDS)) return 'SIGN_IN';
  switch (identify(first).kind) {
    case 'device':
      return 'DEVICE';
    case 'user':
      return 'USER';
    case 'policy':
      return 'POLICY';
    case 'setting':
    case 'other':
      break;
  }
  if (has(['policy', 'policyName'])) return 'POLICY';
  if (has(SERVER_FIELDS)) return 'SERVER';
  return 'OTHER';
}

/**
 * The check's failing items (stored by the runner as `evidence.failingItems`); results stored
 * before that knew them only through the waiver bookkeeping (`waivedItems`, `unwaivedItems`).
 */
function failingKeysOf(evidence: unknown): Set<string> {
  const stored = isRecord(evidence) ? evidence.failingItems : undefined;
  if (Array.isArray(stored)) return new Set(stringsOf(stored).map(lower));
  return new Set(
    [
      ...stringsOf(listAt(evidence, 'waivedItems')),
      ...stringsOf(listAt(evidence, 'unwaivedItems')),
    ].map(lower),
  );
}

/** The failing item a row stands for: its identity, or one of its own values, as the check keyed it. */
function waiverKey(row: unknown, failing: Set<string>): string {
  const identity = identify(row).key;
  if (failing.has(identity)) return identity;
  if (isRecord(row)) {
    for (const f of [...USER_FIELDS, ...DEVICE_FIELDS, ...POLICY_FIELDS, ...Object.keys(row)]) {
      const v = row[f];
      if (typeof v === 'string' && failing.has(lower(v))) return lower(v);
    }
  }
  return identity;
}

/** What names a row comes first, whatever order the stored JSON has (jsonb reorders keys). */
const LEADING = ['wave', ...USER_FIELDS, ...DEVICE_FIELDS, ...POLICY_FIELDS, ...SERVER_FIELDS];

/** A field `<name>Message` beside `<name>` words it as a message: not a column of its own. */
const MESSAGE_SUFFIX = 'Message';

/**
 * The rows' fields: the identifying ones first, then the rest in first-seen order; string rows
 * make one `value` column.
 */
function columnsOf(items: unknown[]): string[] {
  const seen = new Set<string>();
  for (const row of items) {
    if (typeof row === 'string') seen.add('value');
    else if (isRecord(row)) for (const k of Object.keys(row)) seen.add(k);
  }
  for (const k of [...seen])
    if (k.endsWith(MESSAGE_SUFFIX) && seen.has(k.slice(0, -MESSAGE_SUFFIX.length))) seen.delete(k);
  const leading = LEADING.filter((c) => seen.has(c));
  return [...leading, ...[...seen].filter((c) => !leading.includes(c))];
}

function cellOf(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null)) {
    return v.map((x) => String(x)).join(', ');
  }
  return JSON.stringify(v);
}

function field(row: unknown, name: string): unknown {
  return isRecord(row) ? row[name] : undefined;
}

function firstString(row: unknown, fields: string[]): string | null {
  if (!isRecord(row)) return null;
  for (const f of fields) {
    const v = row[f];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return null;
}

function listAt(evidence: unknown, key: string): unknown[] {
  const v = isRecord(evidence) ? evidence[key] : undefined;
  return isRecord(v) && Array.isArray(v.items) ? v.items : [];
}

function stringsOf(v: unknown[]): string[] {
  return v.filter((x): x is string => typeof x === 'string');
}

const lower = (s: string) => s.trim().toLowerCase();
const isUserString = (v: unknown): v is string => typeof v === 'string' && v.includes('@');

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
