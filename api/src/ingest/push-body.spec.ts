import { DomainError, JsonTextEvent } from '@posture/jobs';
import { describe, expect, it } from 'vitest';
import {
  BodyTooLarge,
  parseSignInBody,
  parseSnapshotBody,
  streamNdjsonSignIns,
} from './push-body.js';

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

  it('streams NDJSON line by line exactly as the buffered reader reads it, keeping each line as received', async () => {
    const body =
      '{"id":"a","n":"日本語"}\r\n\n{oops\n  \n{"id":"c",  "x": [1, 2]}\n{"id":"d"}\n \n';
    const bytes = Buffer.from(body);
    // Cut into 3-byte chunks: lines and multi-byte characters span chunks.
    async function* chunked() {
      for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3);
    }
    const streamed: unknown[] = [];
    for await (const e of streamNdjsonSignIns(chunked(), 1_000)) streamed.push(e);
    const buffered = [...parseSignInBody(bytes, 'application/x-ndjson')];
    expect(streamed).toHaveLength(buffered.length);
    streamed.forEach((e, i) => {
      const b = buffered[i];
      if (b instanceof Error) expect((e as Error).message).toBe(b.message);
      else expect((e as JsonTextEvent).value).toEqual(b);
    });
    expect((streamed[0] as JsonTextEvent).text).toBe('{"id":"a","n":"日本語"}\r');
    expect((streamed[4] as JsonTextEvent).text).toBe('{"id":"c",  "x": [1, 2]}');
    const noEnd: unknown[] = [];
    for await (const e of streamNdjsonSignIns([Buffer.from('{"id":"a"}\n{"id":"b"}')], 100))
      noEnd.push(e);
    expect(noEnd.map((e) => (e as JsonTextEvent).value)).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('reads the same events whatever the chunks, a line cut anywhere (even in a bad byte)', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"id":"a","n":"日本語"}\r\n\n{oops\n'),
      Buffer.from([0x7b, 0x22, 0x69, 0xff, 0x22, 0x7d, 0x0a]),
      Buffer.from('{"id":"long","pad":"' + 'x'.repeat(300) + '"}\n\n  \n{"id":"e"}\n{"id":"f"}'),
    ]);
    const seen = (events: unknown[]) =>
      events.map((e) => (e instanceof JsonTextEvent ? e.text : `error: ${(e as Error).message}`));
    const buffered = [...parseSignInBody(bytes, 'application/x-ndjson')].map((e) =>
      e instanceof Error ? `error: ${e.message}` : JSON.stringify(e),
    );
    for (const size of [1, 2, 5, 7, 16, 31, 64, 100, 333, bytes.length]) {
      const chunks = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const streamed: unknown[] = [];
      for await (const e of streamNdjsonSignIns(chunks, 10_000)) streamed.push(e);
      const texts = seen(streamed);
      expect(texts).toHaveLength(buffered.length);
      // The same errors, and each good line kept as received, parsed as the buffered reader does.
      texts.forEach((t, i) => {
        if (t.startsWith('error: ')) expect(t).toBe(buffered[i]);
        else expect(JSON.stringify(JSON.parse(t))).toBe(buffered[i]);
      });
      expect(texts[0]).toBe('{"id":"a","n":"日本語"}\r');
      expect(texts.at(-1)).toBe('{"id":"f"}');
    }
  });

  it('stops a streamed body that grows past the limit', async () => {
    const read = async () => {
      for await (const e of streamNdjsonSignIns([Buffer.from('{"id":"a"}\n'.repeat(20))], 100))
        void e;
    };
    await expect(read()).rejects.toBeInstanceOf(BodyTooLarge);
  });
});
