import { decodeUtf8, InvalidInput, JsonTextEvent } from '@posture/jobs';

/** Strict UTF-8: invalid bytes are refused with their offset, never replaced by U+FFFD. */
function utf8(raw: Buffer): string {
  const d = decodeUtf8(raw);
  if (!d.ok) throw new InvalidInput('the body is not valid UTF-8', [d.problem]);
  return d.text;
}

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
  const body = parseJson(utf8(raw));
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
  if (/application\/(x-)?ndjson/i.test(contentType ?? '')) {
    const lines = splitLines(raw);
    if (lines.at(-1)?.toString('latin1').trim() === '') lines.pop();
    for (const bytes of lines) {
      // A line that is not UTF-8 is one rejected event, like a line that is not JSON.
      const d = decodeUtf8(bytes);
      if (!d.ok) {
        yield new Error(d.problem.reason);
        continue;
      }
      const line = d.text;
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
  const body = parseJson(utf8(raw)) as { value?: unknown };
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

/** The lines of a body, split on LF bytes (UTF-8 never uses 0x0A inside a character). */
function splitLines(raw: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = raw.indexOf(0x0a); i !== -1; i = raw.indexOf(0x0a, start)) {
    lines.push(raw.subarray(start, i));
    start = i + 1;
  }
  lines.push(raw.subarray(start));
  return lines;
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
  let bytes = 0;
  let pending: Buffer = Buffer.alloc(0);
  // A line that is not UTF-8 is one rejected event (with the offset), like a line that is not JSON.
  const event = (raw: Buffer): unknown => {
    const d = decodeUtf8(raw);
    if (!d.ok) return new Error(d.problem.reason);
    const line = d.text;
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
    // Split on LF bytes: UTF-8 never uses 0x0A inside a character, so a character cut between
    // two chunks stays whole in `pending`. Only the line cut by a chunk's end is copied; the
    // others are read in place.
    let start = 0;
    let nl = buf.indexOf(0x0a);
    if (pending.length > 0) {
      if (nl === -1) {
        pending = Buffer.concat([pending, buf]);
        continue;
      }
      yield event(Buffer.concat([pending, buf.subarray(0, nl)]));
      start = nl + 1;
      nl = buf.indexOf(0x0a, start);
    }
    for (; nl !== -1; nl = buf.indexOf(0x0a, start)) {
      yield event(buf.subarray(start, nl));
      start = nl + 1;
    }
    pending = Buffer.from(buf.subarray(start));
  }
  if (pending.toString('latin1').trim() !== '') yield event(pending);
}
