import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, ValidateIf } from 'class-validator';

export class AssignTaskDto {
  @ApiProperty({ description: 'The colleague to give the task to; null hands it back to the group', example: '3d2c1b0a-9f8e-4d7c-a6b5-c4d3e2f1a0b9', format: 'uuid', nullable: true, type: String })
  @ValidateIf((_dto, value) => value !== null) @IsUUID()
  assigneeId: string | null;
}
