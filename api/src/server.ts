import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { SyncService } from '@posture/jobs';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';
import { AppModule } from './app.module.js';
import { AuthService } from './auth/auth.service.js';
import { RequestRateLimit } from './auth/rate-limit.js';
import type { AuthContext } from './auth/auth.types.js';
import type { AppConfig } from './config.js';
import { tokenLimitError } from './graphql/limits.js';
import { httpLogger } from './observability/logging.js';
import { MetricsService } from './observability/metrics.js';
import { isNdjson } from './ingest/push-body.js';
import { streamPushBody } from './ingest/push-stream.js';
import { webAssets } from './web-assets.js';

export interface StartedServer {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/**
 * Headers on every answer (helmet): nosniff, DENY framing, no referrer, and a Content Security
 * Policy that the built dashboard runs under (the browser test fails on any CSP violation).
 * Styles allow 'unsafe-inline' because MUI's emotion writes <style> elements at run time;
 * scripts come only from our own origin. No upgrade-insecure-requests: the demo and many
 * internal deployments serve plain HTTP on a private address, where it would break every request.
 */
export const SECURITY_HEADERS: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
};

/**
 * Builds and starts the HTTP server: the push API (raw bodies, authenticated before they are
 * read), GraphQL, /health, and the built dashboard with an SPA fallback.
 */
export async function startServer(
  config: AppConfig,
  databaseUrl: string,
  secretKey: Buffer,
  logger: Pino,
): Promise<StartedServer> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({
      databaseUrl,
      secretKey,
      previousSecretKey: config.previousSecretKey,
      sessionTtlHours: config.sessionTtlHours,
      ingestRunDebounceSeconds: config.ingestRunDebounceSeconds,
      rateLimits: config.rateLimits,
      notifications: config.notifications,
      logger,
      metricsToken: config.metricsToken,
      schedule: config.jobs
        ? {
            clock: true,
            worker: true,
            tickMs: config.scheduleTickMs,
            partitions: config.partitions,
            pollSeconds: config.jobPollSeconds,
          }
        : null,
    }),
    { bodyParser: false, bufferLogs: true },
  );
  app.useLogger(app.get(PinoNestLogger));
  const sync = app.get(SyncService);
  sync.clientOptions = { ...sync.clientOptions, timeoutMs: config.connectorTimeoutMs };
  app.disable('x-powered-by');
  // First: a request id and one log line per answer, then its latency in /metrics.
  app.use(httpLogger(logger));
  app.use(app.get(MetricsService).middleware);
  // The dashboard is served from this origin; other origins only when CORS_ORIGINS names them.
  app.enableCors({
    origin: config.corsOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Content-Encoding', 'X-Request-Id'],
    exposedHeaders: ['X-Request-Id', 'Retry-After'],
    maxAge: 600,
  });
  app.use(helmet(SECURITY_HEADERS));
  const auth = app.get(AuthService);
  const rateLimit = app.get(RequestRateLimit);

  /** Answers 429 with Retry-After when the caller is over its budget (auth/rate-limit.ts). */
  const limited = async (req: Request, res: Response, a: AuthContext | null): Promise<boolean> => {
    const d = await rateLimit.check(a, req.socket.remoteAddress);
    if (d.allowed) return false;
    res.setHeader('Retry-After', String(d.retryAfterSeconds));
    res.status(429).json({
      error: `too many requests; try again in ${d.retryAfterSeconds} s`,
      retryAfterSeconds: d.retryAfterSeconds,
    });
    return true;
  };

  // Authenticate push requests before reading up to 50 MB of body from an unknown caller.
  app.use(
    '/api',
    (req: Request & { auth?: AuthContext | null }, res: Response, next: NextFunction) => {
      auth
        .resolve(req.headers.authorization)
        .then((a) => {
          if (!a) {
            res.status(401).json({ error: 'a valid bearer token is required' });
            return;
          }
          req.auth = a;
          return limited(req, res, a).then((stop) => (stop ? undefined : next()));
        })
        .catch(next);
    },
  );
  const raw = express.raw({ type: () => true, limit: config.pushBodyLimitBytes });
  app.use('/api', (req: Request, res: Response, next: NextFunction) => {
    // NDJSON sign-ins are read as a stream by the controller (push-body.ts), batch by batch;
    // a declared length over the limit is refused before reading, as express.raw does.
    if (
      req.method === 'POST' &&
      /\/signins\/?$/.test(req.path) &&
      isNdjson(req.headers['content-type'])
    ) {
      if (Number(req.headers['content-length'] ?? 0) > config.pushBodyLimitBytes) {
        res
          .status(413)
          .json({ error: `the body is larger than ${config.pushBodyLimitBytes} bytes` });
        return;
      }
      streamPushBody(req, config.pushBodyLimitBytes);
      next();
      return;
    }
    raw(req, res, (err?: unknown) => {
      if (err) {
        const e = err as { status?: number; type?: string; message?: string };
        const status = e.status ?? 400;
        res.status(status).json({
          error:
            e.type === 'entity.too.large'
              ? `the body is larger than ${config.pushBodyLimitBytes} bytes`
              : (e.message ?? 'bad body'),
        });
        return;
      }
      next();
    });
  });
  // Who is calling, once per request (the GraphQL context reuses it), then their budget.
  app.use(
    '/graphql',
    (req: Request & { auth?: AuthContext | null }, res: Response, next: NextFunction) => {
      auth
        .resolve(req.headers.authorization)
        .then(async (a) => {
          req.auth = a;
          if (!(await limited(req, res, a))) next();
        })
        .catch(next);
    },
  );
  app.use('/graphql', express.json({ limit: '2mb' }));
  // Too many tokens is refused before Apollo parses the document (graphql/limits.ts).
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as { query?: unknown } | undefined;
    const query = typeof body?.query === 'string' ? body.query : req.query.query;
    const error = typeof query === 'string' ? tokenLimitError(query) : null;
    if (!error) return next();
    res.status(400).json({ errors: [error.toJSON()] });
  });

  const web = config.webDistDir;
  if (existsSync(path.join(web, 'index.html'))) {
    // Hashed /assets/* compressed and immutable; other files an hour; index.html always revalidated.
    app.use(webAssets(web));
    app.useStaticAssets(web, {
      index: false,
      maxAge: '1h',
      setHeaders: (res: Response, file: string) => {
        if (path.basename(file) === 'index.html') res.setHeader('Cache-Control', 'no-cache');
      },
    });
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || /^\/(api|graphql|health|ready|metrics)(\/|$)/.test(req.path))
        return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(web, 'index.html'));
    });
  } else {
    app
      .get(PinoNestLogger)
      .warn(`dashboard not built (${web} has no index.html): run npm run build`);
  }

  await app.listen(config.port, config.host);
  const addr = app.getHttpServer().address() as { port: number };
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${addr.port}`;
  return { app, url, close: () => app.close() };
}
