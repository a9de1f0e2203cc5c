import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import {
  DatabaseModule,
  JobsModule,
  JobsScheduleModule,
  type NotificationOptions,
  type ScheduleOptions,
} from '@posture/jobs';
import type { Request } from 'express';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';
import { InputLimitsPipe } from './graphql/input-limits.js';
import { AuditInterceptor } from './audit/audit.interceptor.js';
import { AuditService } from './audit/audit.service.js';
import { AuthGuard } from './auth/auth.guard.js';
import { AccessService } from './auth/access.service.js';
import { UsersService } from './auth/users.service.js';
import { AuthRepository } from './auth/auth.repository.js';
import { ChangeCache } from './auth/change-cache.js';
import { AuthService, SESSION_TTL_HOURS } from './auth/auth.service.js';
import type { AuthContext } from './auth/auth.types.js';
import { DomainErrorFilter } from './common/domain-error.filter.js';
import { graphqlProtection } from './graphql/limits.js';
import { requireAuthPlugin } from './graphql/require-auth.plugin.js';
import { RESOLVERS } from './graphql/resolvers.js';
import { OPERATION_RULES, operationRules } from './auth/operations.js';
import { LoginThrottle } from './auth/login-throttle.js';
import {
  RATE_LIMITS,
  RateLimitStore,
  RequestRateLimit,
  type RateLimits,
} from './auth/rate-limit.js';
import { HealthController } from './health/health.controller.js';
import { METRICS_TOKEN, MetricsService } from './observability/metrics.js';
import { IngestController } from './ingest/ingest.controller.js';
import { RolloutExportController } from './rollout/rollout-export.controller.js';
import { SignInsExportController } from './export/sign-ins-export.controller.js';

export interface AppModuleOptions {
  databaseUrl: string;
  secretKey: Buffer;
  previousSecretKey?: Buffer | null;
  sessionTtlHours: number;
  /** At most one ingest-triggered check run per tenant in this many seconds. */
  ingestRunDebounceSeconds: number;
  /** Outbox delivery, retries and SMTP (config.ts); defaults when absent. */
  notifications?: Partial<NotificationOptions>;
  /** The schedule (clock + worker) in this process, or null for JOBS=off. */
  schedule: ScheduleOptions | null;
  rateLimits: RateLimits;
  /** The process's root logger (observability/logging.ts); request logging is mounted by server.ts. */
  logger: Pino;
  metricsToken: string | null;
}

@Module({})
export class AuthModule {
  static forRoot(o: AppModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        AuthRepository,
        ChangeCache,
        AuthService,
        AccessService,
        UsersService,
        RateLimitStore,
        LoginThrottle,
        RequestRateLimit,
        AuditService,
        { provide: SESSION_TTL_HOURS, useValue: o.sessionTtlHours },
        { provide: RATE_LIMITS, useValue: o.rateLimits },
      ],
      exports: [
        AuthService,
        AccessService,
        UsersService,
        RequestRateLimit,
        AuditService,
        ChangeCache,
      ],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(o: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // nestjs-pino over the pino-http middleware server.ts mounts first (so even answers
        // given before Nest's routing, such as a 401 on the push API, are logged).
        LoggerModule.forRoot({ pinoHttp: { logger: o.logger }, useExisting: true }),
        DatabaseModule.forRoot(o.databaseUrl, o.secretKey, o.previousSecretKey ?? null),
        AuthModule.forRoot(o),
        JobsModule.forRoot({
          ingestRunDebounceSeconds: o.ingestRunDebounceSeconds,
          notifications: o.notifications,
        }),
        ...(o.schedule ? [JobsScheduleModule.forRoot(o.schedule)] : []),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AuthService],
          useFactory: (auth: AuthService) => {
            const protection = graphqlProtection();
            return {
              autoSchemaFile: true,
              sortSchema: true,
              // ra-data-graphql-simple reads the schema by introspection (after login).
              introspection: true,
              csrfPrevention: true,
              includeStacktraceInErrorResponses: false,
              // Depth, alias, token, cost and directive limits (graphql/limits.ts).
              validationRules: protection.validationRules,
              allowBatchedHttpRequests: false,
              plugins: [
                // No HTTP cache hints are used: without this plugin Apollo wraps no field resolver
                // to compute them (a share of every request's CPU, for each field of each row).
                ApolloServerPluginCacheControlDisabled() as unknown as NonNullable<
                  ApolloDriverConfig['plugins']
                >[number],
                requireAuthPlugin() as unknown as NonNullable<
                  ApolloDriverConfig['plugins']
                >[number],
                ...(protection.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>),
              ],
              context: async ({ req }: { req: Request & { auth?: AuthContext | null } }) => {
                const resolved =
                  req.auth !== undefined ? req.auth : await auth.resolve(req.headers.authorization);
                return { req, auth: resolved };
              },
            };
          },
        }),
      ],
      controllers: [
        HealthController,
        IngestController,
        RolloutExportController,
        SignInsExportController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        { provide: APP_PIPE, useClass: InputLimitsPipe },
        { provide: OPERATION_RULES, useFactory: () => operationRules(RESOLVERS) },
        { provide: METRICS_TOKEN, useValue: o.metricsToken },
        MetricsService,
        ...RESOLVERS,
      ],
    };
  }
}
