import { Module } from '@nestjs/common';
import { QueueService } from './queue.service.js';

/** The job queue (pg-boss): one per process, shared by whoever sends or works jobs. */
@Module({ providers: [QueueService], exports: [QueueService] })
export class QueueModule {}
