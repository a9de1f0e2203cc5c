import { InvalidInput } from '@posture/jobs';

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
