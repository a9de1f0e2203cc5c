import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module.js';
import { WaiversRepository } from './waivers.repository.js';
import { WaiversService } from './waivers.service.js';

@Module({
  imports: [TenantsModule],
  providers: [WaiversRepository, WaiversService],
  exports: [WaiversService],
})
export class WaiversModule {}
