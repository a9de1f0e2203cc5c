import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestContext } from './context.js';
import { ExchangeError, GraphError, OAuthError } from './errors.js';

export const GRAPH_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/**
 * Writes a JSON body. The `truncate` fault cuts it in half: the HTTP exchange stays valid, the
 * JSON does not, which is what a connection dropped by a proxy mid-body looks like to a parser.
 */
export function sendJson(
  ctx: RequestContext,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
  contentType = 'application/json; charset=utf-8',
): void {
  let text = JSON.stringify(body);
  if (ctx.fault.truncate && status < 300)
    text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  // The `malformed` fault: what a misbehaving proxy sends with a 200 and the JSON content type.
  if (ctx.fault.malformed && status < 300)
    text = '<html><body><h1>502 Bad Gateway</h1>The upstream answer was lost.</body></html>';
  const buf = Buffer.from(text, 'utf8');
  ctx.res.writeHead(status, {
    ...baseHeaders(ctx),
    'Content-Type': contentType,
    'Content-Length': String(buf.length),
    ...headers,
  });
  ctx.res.end(buf);
}

export function sendEmpty(ctx: RequestContext, status: number): void {
  ctx.res.writeHead(status, baseHeaders(ctx));
  ctx.res.end();
}

function baseHeaders(ctx: RequestContext): Record<string, string> {
  return {
    'request-id': ctx.requestId,
    'client-request-id': ctx.clientRequestId,
    'Cache-Control': 'no-cache',
    'Strict-Transport-Security': 'max-age=31536000',
  };
}

/** Graph's `innerError.date` has no fraction and no zone (`2021-09-14T19:57:47`). */
export function graphErrorBody(
  ctx: RequestContext,
  code: string,
  message: string,
  extraInner: Record<string, string> = {},
): unknown {
  return {
    error: {
      code,
      message,
      innerError: {
        ...extraInner,
        date: new Date().toISOString().slice(0, 19),
        'request-id': ctx.requestId,
        'client-request-id': ctx.clientRequestId,
      },
    },
  };
}

export function sendError(
  ctx: RequestContext,
  err: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (err instanceof GraphError) {
    sendJson(ctx, err.status, graphErrorBody(ctx, err.code, err.message), {
      ...err.headers,
      ...headers,
    });
  } else if (err instanceof OAuthError) {
    const now = new Date();
    const correlation = randomUUID();
    const stamp = now
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d{3}Z$/, 'Z');
    sendJson(
      ctx,
      err.status,
      {
        error: err.error,
        error_description: `AADSTS${err.aadsts}: ${err.message}\r\nTrace ID: ${ctx.requestId}\r\nCorrelation ID: ${correlation}\r\nTimestamp: ${stamp}`,
        error_codes: [err.aadsts],
        timestamp: stamp,
        trace_id: ctx.requestId,
        correlation_id: correlation,
        error_uri: `https://login.microsoftonline.com/error?code=${err.aadsts}`,
      },
      headers,
    );
  } else if (err instanceof ExchangeError) {
    const inner = {
      message: err.outerMessage,
      type: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
      stacktrace: '',
      internalexception: { message: err.message, type: err.exceptionType, stacktrace: '' },
    };
    const details = err.withDetails
      ? [{ code: 'Client', target: '', message: `|${err.exceptionType}|${err.message}` }]
      : undefined;
    sendJson(
      ctx,
      err.status,
      {
        error: {
          code: err.code,
          message: err.outerMessage,
          ...(details ? { details } : {}),
          innererror: inner,
        },
      },
      headers,
    );
  } else {
    sendJson(
      ctx,
      500,
      graphErrorBody(ctx, 'generalException', 'An unexpected error occurred in the emulator.'),
    );
  }
}

/** Reads a request body, refusing more than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = 1_048_576): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit)
      throw new GraphError(
        413,
        'RequestEntityTooLarge',
        `The request body exceeds ${limit} bytes.`,
      );
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Parses a JSON body or throws the given error factory's error. */
export async function readJson(
  req: IncomingMessage,
  onBad: (why: string) => Error,
): Promise<unknown> {
  const raw = (await readBody(req)).toString('utf8');
  if (raw.trim() === '') throw onBad('the request body is empty');
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw onBad('the request body is not valid JSON');
  }
}
