import { StringDecoder } from 'node:string_decoder';
import { InvalidInput, JsonTextEvent } from '@posture/jobs';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InvalidInput('the body is not JSON', [
      { path: '(body)', reason: `not valid JSON: ${(err as Error).message}` },
    ]);
  }
}

export function parseSnapshotBody(raw: Buffer): unknown {
  const body = parseJson(raw.toString('utf8'));
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InvalidInput('the body must be a JSON object', [
      { path: '(body)', reason: 'must be a JSON object' },
    ]);
  }
  return body;
}

/**
 * A Graph page (`{ "value": [...] }`) or NDJSON. An NDJSON line that is not JSON is one rejected
 * event (an Error in its place), not a failed body.
 */
export function* parseSignInBody(raw: Buffer, contentType: string | undefined): Generator<unknown> {
  const text = raw.toString('utf8');
  if (/application\/(x-)?ndjson/i.test(contentType ?? '')) {
    const lines = text.split('\n');
    if (lines.at(-1)?.trim() === '') lines.pop();
    for (const line of lines) {
      if (!line.trim()) {
        yield new Error('empty line');
        continue;
      }
      try {
        yield JSON.parse(line);
      } catch (err) {
        yield new Error(`not valid JSON: ${(err as Error).message}`);
      }
    }
    return;
  }
  const body = parseJson(text) as { value?: unknown };
  if (typeof body !== 'object' || body === null || !Array.isArray(body.value)) {
    throw new InvalidInput('the body must be a Graph page { "value": [ … ] } or NDJSON', [
      {
        path: 'value',
        reason: 'must be an array of sign-in events (or send Content-Type: application/x-ndjson)',
      },
    ]);
  }
  yield* body.value;
}

const NDJSON = /application\/(x-)?ndjson/i;

/** Whether a sign-in push body is NDJSON (read as a stream) rather than a Graph page. */
export function isNdjson(contentType: string | undefined): boolean {
  return NDJSON.test(contentType ?? '');
}

/** A body that grew past the push limit while it was read (413, as for a buffered body). */
export class BodyTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`the body is larger than ${limitBytes} bytes`);
  }
}

/**
 * An NDJSON body read as a stream, one event per line, never the whole body as a string: each
 * line is yielded as parsed JSON with its text (stored as received, not serialised again), or
 * as an Error naming why it cannot be read, exactly as parseSignInBody reads a buffered body
 * (a blank line is 'empty line'; a blank end is no event). Counts bytes against the push limit.
 */
export async function* streamNdjsonSignIns(
  body: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  limitBytes: number,
): AsyncGenerator<unknown> {
  const decoder = new StringDecoder('utf8');
  let bytes = 0;
  let pending = '';
  const event = (line: string): unknown => {
    if (!line.trim()) return new Error('empty line');
    try {
      return new JsonTextEvent(line, JSON.parse(line));
    } catch (err) {
      return new Error(`not valid JSON: ${(err as Error).message}`);
    }
  };
  for await (const chunk of body as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buf.length;
    if (bytes > limitBytes) throw new BodyTooLarge(limitBytes);
    const text = pending + decoder.write(buf);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      yield event(text.slice(start, nl));
      start = nl + 1;
    }
    pending = text.slice(start);
  }
  pending += decoder.end();
  if (pending.trim() !== '') yield event(pending);
}
