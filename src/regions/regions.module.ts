import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RegionSettingsService } from './region-settings.service';
import { RegionsController } from './regions.controller';

/** A region's settings, edited by its process owners in forms, with their history. */
@Module({ controllers: [RegionsController], imports: [AuditModule], providers: [RegionSettingsService] })
export class RegionsModule {}
