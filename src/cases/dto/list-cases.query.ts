import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CaseStatus } from '../../generated/prisma/enums';

export class ListCasesQuery {
  @ApiPropertyOptional({ default: 50, example: 50, maximum: 200, minimum: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit = 50;

  @ApiPropertyOptional({ default: 0, example: 0, minimum: 0 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  offset = 0;

  @ApiPropertyOptional({ example: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0', format: 'uuid' })
  @IsOptional() @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ enum: CaseStatus, enumName: 'CaseStatus', example: CaseStatus.FILED })
  @IsOptional() @IsEnum(CaseStatus)
  status?: CaseStatus;
}
