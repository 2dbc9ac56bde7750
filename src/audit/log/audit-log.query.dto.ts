import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Filters of the audit log; the period is in Dutch calendar days, both ends inclusive. */
export class AuditLogFilterQuery {
  @ApiPropertyOptional({ example: '2b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e', format: 'uuid' })
  @IsOptional() @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ example: 'JBT-2026-000042' })
  @IsOptional() @IsString() @MaxLength(40) @Matches(/^[A-Za-z0-9-]+$/, { message: 'caseNumber must be a case number such as JBT-2026-000042' })
  caseNumber?: string;

  @ApiPropertyOptional({ description: 'First day (inclusive)', example: '2026-11-01' })
  @IsOptional() @IsISO8601({ strict: true }) @Matches(DAY, { message: 'from must be a day as YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ enum: ['ALLOWED', 'DENIED', 'FAILED'] })
  @IsOptional() @IsIn(['ALLOWED', 'DENIED', 'FAILED'])
  outcome?: 'ALLOWED' | 'DENIED' | 'FAILED';

  @ApiPropertyOptional({ description: 'Last day (inclusive)', example: '2026-11-30' })
  @IsOptional() @IsISO8601({ strict: true }) @Matches(DAY, { message: 'to must be a day as YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ example: '0b7f8e9d-1c2b-4a3f-8e7d-6c5b4a392817', format: 'uuid' })
  @IsOptional() @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ example: 'voorzitter.twente' })
  @IsOptional() @IsString() @MaxLength(100)
  username?: string;
}

export class AuditLogPageQuery extends AuditLogFilterQuery {
  @ApiPropertyOptional({ default: 50, maximum: 500, minimum: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;

  @ApiPropertyOptional({ default: 0, maximum: 1_000_000, minimum: 0 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(1_000_000)
  offset?: number;
}
