import { CronTime } from 'cron';

/** The first fire time of `expr` strictly after `from` (UTC). Throws on an invalid expression. */
export function nextFireAfter(expr: string, from: Date): Date {
  return new CronTime(expr, 'UTC').getNextDateFrom(from).toJSDate();
}

export function isValidCron(expr: string): boolean {
  try {
    nextFireAfter(expr, new Date());
    return true;
  } catch {
    return false;
  }
}
