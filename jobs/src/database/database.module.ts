import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Db } from './db.js';

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(Db) private readonly db: Db) {}

  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: Db, useFactory: () => new Db(url) }],
      exports: [Db],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.db.close();
  }
}
