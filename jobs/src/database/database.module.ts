import {
  type DynamicModule,
  Global,
  Inject,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { SECRET_KEY } from '../secret-key.js';
import { Db } from './db.js';

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(Db) private readonly db: Db) {}

  /** The database, and POSTURE_SECRET_KEY for whoever encrypts or keys with it. */
  static forRoot(url: string, secretKey: Buffer): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: Db, useFactory: () => new Db(url) },
        { provide: SECRET_KEY, useValue: secretKey },
      ],
      exports: [Db, SECRET_KEY],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.db.close();
  }
}
