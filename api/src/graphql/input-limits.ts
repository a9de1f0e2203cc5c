import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import {
  InvalidInput,
  stringProblem,
  TENANT_NAME_MAX_CHARS,
  type InputProblem,
} from '@posture/jobs';

/**
 * The longest string each GraphQL argument or input field takes, by its name (docs/api.md,
 * "Limits on one request"). A name not listed takes DEFAULT_STRING_CHARS. Services check tighter
 * rules of their own (a token name 1–100 characters, a GUID); this bounds every string before any
 * of them runs, so an argument added later is bounded without a line of its own.
 */
export const DEFAULT_STRING_CHARS = 1_000;

export const STRING_LIMITS: Readonly<Record<string, number>> = {
  id: 100,
  ids: 100,
  tenantId: 100,
  tenantIds: 100,
  channelId: 100,
  waveId: 100,
  groupId: 100,
  entraTenantId: 100,
  name: TENANT_NAME_MAX_CHARS,
  q: 200,
  email: 320,
  password: 1_000,
  sortField: 100,
  sortOrder: 10,
  url: 2_048,
  publicUrl: 2_048,
  reason: 2_000,
  comment: 2_000,
  checkId: 100,
};

/** Every date-time argument lies in this range (an Invalid Date or 1970 is a client's bug). */
export const DATE_RANGE = { min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) } as const;

/** Items in one list argument or input field. */
export const MAX_LIST_ITEMS = 1_000;

/** Problems with the strings and lists of one argument (its value as GraphQL coerced it). */
export function inputProblems(name: string, value: unknown): InputProblem[] {
  const problems: InputProblem[] = [];
  const walk = (v: unknown, field: string, path: string, depth: number): void => {
    if (problems.length >= 20 || depth > 20) return;
    if (typeof v === 'string') {
      const max = STRING_LIMITS[field] ?? DEFAULT_STRING_CHARS;
      const reason = stringProblem(v, max);
      if (reason) problems.push({ path, reason });
    } else if (v instanceof Date) {
      const t = v.getTime();
      if (Number.isNaN(t)) problems.push({ path, reason: 'not a valid date-time' });
      else if (t < DATE_RANGE.min || t >= DATE_RANGE.max)
        problems.push({ path, reason: 'must be from 2000-01-01 to before 2100-01-01' });
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v)) problems.push({ path, reason: 'not a finite number' });
    } else if (Array.isArray(v)) {
      if (v.length > MAX_LIST_ITEMS)
        problems.push({ path, reason: `at most ${MAX_LIST_ITEMS} items` });
      else v.forEach((item, i) => walk(item, field, `${path}[${i}]`, depth + 1));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v))
        walk(item, k, path ? `${path}.${k}` : k, depth + 1);
    }
  };
  walk(value, name, name, 0);
  return problems;
}

/**
 * Applied to every resolver and controller argument (custom decorators such as @CurrentAuth
 * excepted): refuses a string over its limit, not valid Unicode or holding U+0000, a list over
 * MAX_LIST_ITEMS, and a date-time that is invalid or outside DATE_RANGE, with BAD_USER_INPUT naming the argument. Nothing has run yet.
 */
@Injectable()
export class InputLimitsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const problems = inputProblems(metadata.data ?? '', value);
    if (problems.length > 0)
      throw new InvalidInput(
        `invalid input: ${problems.map((p) => `${p.path || '(args)'} ${p.reason}`).join('; ')}`,
        problems,
      );
    return value;
  }
}
