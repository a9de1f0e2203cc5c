import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { AppModule } from './app.module.js';
import { AuthService } from './auth/auth.service.js';
import type { AuthContext } from './auth/auth.types.js';
import type { AppConfig } from './config.js';

export interface StartedServer {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/**
 * Builds and starts the HTTP server: the push API (raw bodies, authenticated before they are
 * read), GraphQL, /health, and the built dashboard with an SPA fallback.
 */
export async function startServer(
  config: AppConfig,
  databaseUrl: string,
  secretKey: Buffer,
): Promise<StartedServer> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({
      databaseUrl,
      secretKey,
      sessionTtlHours: config.sessionTtlHours,
      ingestRunDebounceSeconds: config.ingestRunDebounceSeconds,
      notifications: config.notifications,
      schedule: config.jobs
        ? {
            clock: true,
            worker: true,
            tickMs: config.scheduleTickMs,
            pollSeconds: config.jobPollSeconds,
          }
        : null,
    }),
    { bodyParser: false, logger: ['error', 'warn', 'log'] },
  );
  app.disable('x-powered-by');
  const auth = app.get(AuthService);

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
          next();
        })
        .catch(next);
    },
  );
  const raw = express.raw({ type: () => true, limit: config.pushBodyLimitBytes });
  app.use('/api', (req: Request, res: Response, next: NextFunction) => {
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
  app.use('/graphql', express.json({ limit: '2mb' }));

  const web = config.webDistDir;
  if (existsSync(path.join(web, 'index.html'))) {
    app.useStaticAssets(web, { index: false, maxAge: '1h' });
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || /^\/(api|graphql|health)(\/|$)/.test(req.path)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(web, 'index.html'));
    });
  } else {
    new Logger('Server').warn(`dashboard not built (${web} has no index.html): run npm run build`);
  }

  await app.listen(config.port, config.host);
  const addr = app.getHttpServer().address() as { port: number };
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${addr.port}`;
  return { app, url, close: () => app.close() };
}
