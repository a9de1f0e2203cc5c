import { Module } from '@nestjs/common';
import { OpsRepository } from './ops.repository.js';

/** Health and metrics figures for the API's /ready and /metrics. */
@Module({ providers: [OpsRepository], exports: [OpsRepository] })
export class OpsModule {}
