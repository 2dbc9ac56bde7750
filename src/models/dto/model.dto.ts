import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

/** A BPMN process id (an XML NCName), which is also the model's file name in bpmn/. */
export const PROCESS_ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/;
const PROCESS_ID_MESSAGE = 'processId must be a BPMN process id: a letter or _, then letters, digits, _, . or - (at most 100)';

export class ModelParams {
  @ApiProperty({ example: 'jbt-report' })
  @Matches(PROCESS_ID_PATTERN, { message: PROCESS_ID_MESSAGE })
  processId: string;
}

export class ModelVersionParams extends ModelParams {
  @ApiProperty({ example: 3, minimum: 1 })
  @Type(() => Number) @IsInt() @Min(1)
  number: number;
}

export class ProposalParams {
  @ApiProperty({ example: '0b8f8f0e-7f2a-4f55-9a8e-2d8c1f3b6a77', format: 'uuid' })
  @IsUUID()
  proposalId: string;
}

export class DiffQuery {
  @ApiProperty({ example: 2, minimum: 1 })
  @Type(() => Number) @IsInt() @Min(1)
  from: number;

  @ApiProperty({ example: 3, minimum: 1 })
  @Type(() => Number) @IsInt() @Min(1)
  to: number;
}

export class ValidateModelDto {
  @ApiProperty({ example: 'jbt-report' })
  @Matches(PROCESS_ID_PATTERN, { message: PROCESS_ID_MESSAGE })
  processId: string;

  @ApiProperty({ description: 'The BPMN XML (at most 2 MB)', example: '<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions …/>' })
  @IsString()
  xml: string;
}

export class SaveModelVersionDto {
  @ApiProperty({ example: 'Herinnering aan de verzoeker na vijf werkdagen toegevoegd', maxLength: 500 })
  @IsString() @IsNotEmpty() @MaxLength(500)
  comment: string;

  @ApiProperty({ description: 'The BPMN XML (at most 2 MB)', example: '<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions …/>' })
  @IsString()
  xml: string;
}

export class CommentDto {
  @ApiProperty({ example: 'Nieuwe herinnering; besproken in het proceseigenarenoverleg van 3 maart', maxLength: 500 })
  @IsString() @IsNotEmpty() @MaxLength(500)
  comment: string;
}

/** Approving says why: the comment is kept with the decision and shown in the history. */
export class ApproveProposalDto {
  @ApiProperty({ description: 'Why this version may be used, after seeing what changed against the version in use', example: 'Verschil met versie 3 bekeken: alleen de herinnering is nieuw', maxLength: 500 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString() @IsNotEmpty({ message: 'comment must say why you approve this version' }) @MaxLength(500)
  comment: string;
}

export class RejectProposalDto {
  @ApiProperty({ example: 'De termijn van de herinnering moet vijf werkdagen zijn, niet drie', maxLength: 1000 })
  @IsString() @IsNotEmpty() @MaxLength(1000)
  reason: string;
}
