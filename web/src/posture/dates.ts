/**
 * A `DateTimeInput` value (`2026-11-30T10:00`, the browser's local time) as an ISO instant, so
 * the server never guesses the time zone; empty means no date.
 */
export function localToIso(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'string' || value.trim() === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export const DAY_MS = 86_400_000;

export function daysFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}
