import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Filters of the dashboard; the period is in Dutch calendar days, both ends inclusive. */
export class DashboardQuery {
  @ApiPropertyOptional({ description: 'First day (default: the first day of the month eleven months ago)', example: '2026-01-01' })
  @IsOptional() @IsISO8601({ strict: true }) @Matches(DAY, { message: 'from must be a day as YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', format: 'uuid' })
  @IsOptional() @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ example: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0', format: 'uuid' })
  @IsOptional() @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ example: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', format: 'uuid' })
  @IsOptional() @IsUUID()
  tableId?: string;

  @ApiPropertyOptional({ description: 'Last day (default: today)', example: '2026-12-31' })
  @IsOptional() @IsISO8601({ strict: true }) @Matches(DAY, { message: 'to must be a day as YYYY-MM-DD' })
  to?: string;
}
