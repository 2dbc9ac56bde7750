import { Module } from '@nestjs/common';
import { DeadlineService } from './deadline.service';

/** The norms' deadlines, computed from region settings and the Dutch calendar (design.md decision 8). */
@Module({
  exports: [DeadlineService],
  providers: [DeadlineService],
})
export class DeadlinesModule {}
