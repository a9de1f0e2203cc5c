import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

describe('LoginThrottle', () => {
  it('blocks an e-mail after the limit of failures until the window has passed, and forgets on success', () => {
    let now = 0;
    const t = new LoginThrottle(3, 1000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(t.blockedFor('a')).toBe(0);
      t.fail('a');
      now += 10;
    }
    expect(t.blockedFor('a')).toBeGreaterThan(0);
    expect(t.blockedFor('b')).toBe(0);
    now += 1000;
    expect(t.blockedFor('a')).toBe(0);
    t.fail('a');
    t.succeed('a');
    expect(t.blockedFor('a')).toBe(0);
  });
});
