import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { NORM_STATUSES, NormStatus } from '../../deadlines/norm-status';
import { DecisionOutcome, Track } from '../../generated/prisma/enums';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value);

/** Filters of the instance list; every filter narrows, none widens beyond the user's regions. */
export class ListInstancesQuery {
  @ApiPropertyOptional({ description: 'A case number or a part of it', example: 'JBT-2026-0001' })
  @IsOptional() @IsString() @MaxLength(40)
  caseNumber?: string;

  @ApiPropertyOptional({ description: 'Referred on or after this day', example: '2026-01-01' })
  @IsOptional() @IsISO8601({ strict: true }) @Matches(DAY)
  from?: string;

  @ApiPropertyOptional({ description: 'Only cases with an open incident in their process' })
  @IsOptional() @Transform(toBoolean) @IsBoolean()
  incident?: boolean;

  @ApiPropertyOptional({ default: 25, maximum: 100, minimum: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit = 25;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({
    description: 'By the planning norm: AT_RISK (no meeting within the norm, the norm not passed, the region’s early moment come or the meeting planned beyond it), EXCEEDED, WITHIN_NORM',
    enum: NORM_STATUSES,
    enumName: 'NormStatus',
  })
  @IsOptional() @IsIn(NORM_STATUSES)
  norm?: NormStatus;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  offset = 0;

  @ApiPropertyOptional({ enum: DecisionOutcome, enumName: 'DecisionOutcome', description: 'The latest decision of the case' })
  @IsOptional() @IsEnum(DecisionOutcome)
  outcome?: DecisionOutcome;

  @ApiPropertyOptional({ description: 'Only running cases with a deadline or a task past its due date' })
  @IsOptional() @Transform(toBoolean) @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ default: 'referred', enum: ['referred', 'norm'], description: 'referred: newest referral first; norm: earliest norm date first (cases without a norm last)' })
  @IsOptional() @IsIn(['referred', 'norm'])
  sort?: 'norm' | 'referred';

  @ApiPropertyOptional({ enum: ['running', 'finished'], description: 'By the state of the case\'s process in the engine' })
  @IsOptional() @IsIn(['running', 'finished'])
  state?: 'finished' | 'running';

  @ApiPropertyOptional({ description: 'The BPMN element id where the case stands now', example: 'plan-meeting' })
  @IsOptional() @IsString() @MaxLength(200)
  step?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  tableId?: string;

  @ApiPropertyOptional({ description: 'Referred on or before this day', example: '2026-12-31' })
  @IsOptional() @IsISO8601({ strict: true }) @Matches(DAY)
  to?: string;

  @ApiPropertyOptional({ enum: Track, enumName: 'Track' })
  @IsOptional() @IsEnum(Track)
  track?: Track;
}
