import {
  type DynamicModule,
  Global,
  Inject,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PREVIOUS_SECRET_KEY, SECRET_KEY } from '../secret-key.js';
import { Db } from './db.js';

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(Db) private readonly db: Db) {}

  /** The database, and POSTURE_SECRET_KEY for whoever encrypts or keys with it. */
  static forRoot(url: string, secretKey: Buffer, previousKey: Buffer | null = null): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: Db, useFactory: () => new Db(url) },
        { provide: SECRET_KEY, useValue: secretKey },
        { provide: PREVIOUS_SECRET_KEY, useValue: previousKey },
      ],
      exports: [Db, SECRET_KEY, PREVIOUS_SECRET_KEY],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.db.close();
  }
}
