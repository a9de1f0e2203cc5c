import { describe, expect, it } from 'vitest';
import { statusCounts } from './counts';

describe('statusCounts', () => {
  it('lists the statuses in status order and leaves zeros out', () => {
    expect(statusCounts({ FAIL: 3, PASS: 5, WARN: 0, NOT_APPLICABLE: 10 })).toEqual([
      ['PASS', 5],
      ['FAIL', 3],
      ['NOT_APPLICABLE', 10],
    ]);
  });

  it('reads JSON sent as a string', () => {
    expect(statusCounts('{"ERROR":1}')).toEqual([['ERROR', 1]]);
  });

  it.each([null, undefined, 'not json', [1, 2], 7, { PASS: 'many', BOGUS: 2 }])(
    'is empty for %j',
    (value) => {
      expect(statusCounts(value)).toEqual([]);
    },
  );
});
