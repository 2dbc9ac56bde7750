import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TASK_SORTS, TaskFiltersDto, type TaskSort } from './task-filters.dto';

export class ListTasksQuery extends TaskFiltersDto {
  @ApiPropertyOptional({ description: 'The nextCursor of the previous page', example: 'eyJ2IjoiMjAyNi0xMi0wNFQxNjowMDowMC4wMDBaIiwiaWQiOiI...' })
  @IsOptional() @IsString() @MaxLength(300)
  cursor?: string;

  @ApiPropertyOptional({ default: 25, maximum: 100, minimum: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit = 25;

  @ApiPropertyOptional({ default: 'due', description: 'due: earliest due first (no due date last); created: oldest first; priority: lowest first; a leading "-" reverses', enum: TASK_SORTS })
  @IsOptional() @IsIn(TASK_SORTS)
  sort: TaskSort = 'due';
}
