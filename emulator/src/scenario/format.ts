/** Timestamp spellings Microsoft's services use. */

/** Graph: ISO-8601 UTC with seven fractional digits (`2020-03-13T19:15:41.6195833Z`). */
export function isoWith7(d: Date | number, extraTicks = 0): string {
  const iso = new Date(d).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}${String(extraTicks).padStart(4, '0')}Z`;
}

/** Graph dates without fractions (`2021-06-30T16:34:32Z`), as directory objects use. */
export function isoSeconds(d: Date | number): string {
  return new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Exchange cmdlet DateTime over REST (`2022-09-21T08:07:47.0000000+00:00`). */
export function exchangeDate(d: Date | number): string {
  const iso = new Date(d).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}0000+00:00`;
}
