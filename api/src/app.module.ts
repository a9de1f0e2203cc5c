import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import {
  DatabaseModule,
  JobsModule,
  JobsScheduleModule,
  type ScheduleOptions,
} from '@posture/jobs';
import type { Request } from 'express';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthRepository } from './auth/auth.repository.js';
import { AuthService, SESSION_TTL_HOURS } from './auth/auth.service.js';
import type { AuthContext } from './auth/auth.types.js';
import { DomainErrorFilter } from './common/domain-error.filter.js';
import { requireAuthPlugin } from './graphql/require-auth.plugin.js';
import { RESOLVERS } from './graphql/resolvers.js';
import { OPERATION_RULES, operationRules } from './auth/operations.js';
import { HealthController } from './health/health.controller.js';
import { IngestController } from './ingest/ingest.controller.js';
import { RolloutExportController } from './rollout/rollout-export.controller.js';

export interface AppModuleOptions {
  databaseUrl: string;
  secretKey: Buffer;
  sessionTtlHours: number;
  /** At most one ingest-triggered check run per tenant in this many seconds. */
  ingestRunDebounceSeconds: number;
  /** The schedule (clock + worker) in this process, or null for JOBS=off. */
  schedule: ScheduleOptions | null;
}

@Module({})
export class AuthModule {
  static forRoot(o: AppModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        AuthRepository,
        AuthService,
        { provide: SESSION_TTL_HOURS, useValue: o.sessionTtlHours },
      ],
      exports: [AuthService],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(o: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(o.databaseUrl, o.secretKey),
        AuthModule.forRoot(o),
        JobsModule.forRoot({ ingestRunDebounceSeconds: o.ingestRunDebounceSeconds }),
        ...(o.schedule ? [JobsScheduleModule.forRoot(o.schedule)] : []),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AuthService],
          useFactory: (auth: AuthService) => ({
            autoSchemaFile: true,
            sortSchema: true,
            // ra-data-graphql-simple reads the schema by introspection (after login).
            introspection: true,
            csrfPrevention: true,
            includeStacktraceInErrorResponses: false,
            plugins: [
              requireAuthPlugin() as unknown as NonNullable<ApolloDriverConfig['plugins']>[number],
            ],
            context: async ({ req }: { req: Request & { auth?: AuthContext | null } }) => {
              const resolved =
                req.auth !== undefined ? req.auth : await auth.resolve(req.headers.authorization);
              return { req, auth: resolved };
            },
          }),
        }),
      ],
      controllers: [HealthController, IngestController, RolloutExportController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: OPERATION_RULES, useFactory: () => operationRules(RESOLVERS) },
        ...RESOLVERS,
      ],
    };
  }
}
