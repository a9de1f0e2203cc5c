import { describe, expect, it } from 'vitest';
import { roleAllows } from './auth.guard.js';

describe('roleAllows', () => {
  it('lets a higher role do what a lower one may, but a collector only push', () => {
    expect(roleAllows('ADMIN', ['ANALYST'])).toBe(true);
    expect(roleAllows('ANALYST', ['VIEWER'])).toBe(true);
    expect(roleAllows('VIEWER', ['ANALYST'])).toBe(false);
    expect(roleAllows('COLLECTOR', ['VIEWER'])).toBe(false);
    expect(roleAllows('ADMIN', ['COLLECTOR'])).toBe(false);
    expect(roleAllows('COLLECTOR', ['ADMIN', 'COLLECTOR'])).toBe(true);
  });
});
