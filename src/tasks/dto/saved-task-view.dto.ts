import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsEnum, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Role } from '../../generated/prisma/enums';
import { TASK_SORTS, TaskFiltersDto, type TaskSort } from './task-filters.dto';

/** The team a view is shared with: everyone holding a role in a region. */
export class TaskViewTeamDto {
  @ApiProperty({ example: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0', format: 'uuid' })
  @IsUUID()
  regionId: string;

  @ApiProperty({ enum: Role, enumName: 'Role', example: Role.SECRETARY })
  @IsEnum(Role)
  role: Role;
}

export class SaveTaskViewDto {
  @ApiProperty({ type: TaskFiltersDto })
  // ValidateNested lets a missing or null value through; the filters (possibly empty) are required.
  @IsDefined() @IsObject() @ValidateNested() @Type(() => TaskFiltersDto)
  filters: TaskFiltersDto;

  @ApiProperty({ example: 'Verlopen planningstaken', maxLength: 80 })
  @IsString() @IsNotEmpty() @MaxLength(80)
  name: string;

  @ApiPropertyOptional({ description: 'Share with a team you belong to; leave out to keep the view to yourself', type: TaskViewTeamDto })
  @IsOptional() @ValidateNested() @Type(() => TaskViewTeamDto)
  sharedWith?: TaskViewTeamDto;

  @ApiProperty({ enum: TASK_SORTS, example: 'due' })
  @IsIn(TASK_SORTS)
  sort: TaskSort;
}
