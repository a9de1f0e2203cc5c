import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, stdTimeFunctions, type Logger as Pino } from 'pino';
import { pinoHttp, type HttpLogger, type Options } from 'pino-http';

export type LogFormat = 'json' | 'pretty';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Whatever could carry a credential never reaches a log line: the headers that authenticate,
 * and any field named like a secret at the first levels of a logged object.
 */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-metrics-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.secret',
  '*.token',
  '*.clientSecret',
  '*.authorization',
];

/** A caller's X-Request-Id is kept when it is short and plain, so logs join across services. */
const REQUEST_ID = /^[\w.:-]{1,64}$/;
const TENANT_IN_PATH = /\/tenants\/([0-9a-f-]{36})(?:\/|$)/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The process's one pino logger: JSON lines, or pino-pretty for a person at a terminal. */
export function createRootLogger(level: LogLevel, format: LogFormat): Pino {
  return pino({
    level,
    base: { pid: process.pid },
    timestamp: stdTimeFunctions.isoTime,
    redact: { paths: REDACT, censor: '[redacted]' },
    ...(format === 'pretty'
      ? {
          transport: {
            target: 'pino-pretty',
            options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
          },
        }
      : {}),
  });
}

/** The tenant a request is about: the push API's path, else a GraphQL `tenantId` variable. */
export function tenantOfRequest(req: IncomingMessage & { body?: unknown }): string | undefined {
  const inPath = TENANT_IN_PATH.exec(req.url ?? '')?.[1];
  if (inPath) return inPath.toLowerCase();
  const vars = (req.body as { variables?: Record<string, unknown> } | undefined)?.variables;
  const candidate =
    vars?.tenantId ?? (vars?.filter as { tenantId?: unknown } | undefined)?.tenantId;
  return typeof candidate === 'string' && UUID.test(candidate)
    ? candidate.toLowerCase()
    : undefined;
}

/**
 * Per-request logging: one line per answer with its request id (also sent back as
 * X-Request-Id), the tenant it concerned, status and time. Health probes and static files are
 * not logged line by line; errors always are.
 */
export function httpLogger(logger: Pino): HttpLogger {
  const options: Options = {
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customProps: (req) => {
      const tenantId = tenantOfRequest(req as IncomingMessage & { body?: unknown });
      return tenantId ? { tenantId } : {};
    },
    autoLogging: {
      ignore: (req) => {
        const url = req.url ?? '';
        return /^\/(health|ready)(\?|$)/.test(url) || /^\/assets\//.test(url);
      },
    },
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        // Query strings are dropped: tokens must never be passed there, but if one is, it is
        // not written down.
        url: req.url.split('?')[0],
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
  return pinoHttp(options);
}
