import { DomainError } from '@posture/jobs';
import { describe, expect, it } from 'vitest';
import { parseSignInBody, parseSnapshotBody } from './push-body.js';

describe('push bodies', () => {
  it('reads a Graph page and NDJSON, an unreadable NDJSON line being one rejected event', () => {
    expect([
      ...parseSignInBody(Buffer.from('{"value":[{"id":"a"},{"id":"b"}]}'), 'application/json'),
    ]).toEqual([{ id: 'a' }, { id: 'b' }]);
    const nd = [
      ...parseSignInBody(Buffer.from('{"id":"a"}\n{oops\n{"id":"c"}\n'), 'application/x-ndjson'),
    ];
    expect(nd[0]).toEqual({ id: 'a' });
    expect(nd[1]).toBeInstanceOf(Error);
    expect(nd[2]).toEqual({ id: 'c' });
    expect(nd).toHaveLength(3);
  });

  it('refuses what is not JSON or not a page, naming where', () => {
    expect(() => [...parseSignInBody(Buffer.from('[1]'), 'application/json')]).toThrow(DomainError);
    expect(() => parseSnapshotBody(Buffer.from('{nope'))).toThrow(/not JSON/);
    expect(() => parseSnapshotBody(Buffer.from('[]'))).toThrow(/JSON object/);
  });
});
