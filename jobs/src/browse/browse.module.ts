import { Module } from '@nestjs/common';
import { ConnectorsModule } from '../connectors/connectors.module.js';
import { BrowseRepository } from './browse.repository.js';
import { BrowseService } from './browse.service.js';

@Module({
  imports: [ConnectorsModule],
  providers: [BrowseRepository, BrowseService],
  exports: [BrowseService],
})
export class BrowseModule {}
