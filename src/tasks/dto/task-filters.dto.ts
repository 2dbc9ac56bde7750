import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../referrals/dto/date-rules';
import { DueStatus } from '../due-status';
import { TaskQueue } from '../task-visibility';

export const TASK_SORTS = ['due', '-due', 'created', '-created', 'priority', '-priority'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

/** The filters of the task list; also what a saved view stores. */
export class TaskFiltersDto {
  @ApiPropertyOptional({ description: 'Part of a case number', example: '2026-000042', maxLength: 40 })
  @IsOptional() @IsString() @MaxLength(40) @Matches(/^[A-Za-z0-9-]+$/, { message: 'caseNumber may hold letters, digits and dashes only' })
  caseNumber?: string;

  @ApiPropertyOptional({ description: 'How the due date stands (computed: DUE_SOON is within two working days)', enum: DueStatus, enumName: 'DueStatus' })
  @IsOptional() @IsEnum(DueStatus)
  due?: DueStatus;

  @ApiPropertyOptional({ description: 'Due on or before this day (Europe/Amsterdam)', example: '2026-12-04' })
  @IsOptional() @IsCalendarDate()
  dueBefore?: string;

  @ApiPropertyOptional({ default: TaskQueue.Groups, description: 'mine: assigned to me; groups: my roles’ tasks in my regions; all: everything I may see', enum: TaskQueue, enumName: 'TaskQueue' })
  @IsOptional() @IsIn(Object.values(TaskQueue))
  queue?: TaskQueue;

  @ApiPropertyOptional({ example: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0', format: 'uuid' })
  @IsOptional() @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ example: '5b7c9d1e-3f5a-4b7c-9d1e-3f5a7b9c1d3e', format: 'uuid' })
  @IsOptional() @IsUUID()
  tableId?: string;

  @ApiPropertyOptional({ description: 'The task type: the user task’s element id in the model', example: 'UserTask_CheckReferral', maxLength: 100 })
  @IsOptional() @IsString() @MaxLength(100)
  taskType?: string;
}
