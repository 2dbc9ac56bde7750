import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { defineForm, textsOf } from './task-form';

const TEXT = 2000;

/** A task without a form of its own: completing it confirms that it is done, with an optional note. */
export class ConfirmFormDto {
  @ApiPropertyOptional({ description: 'A note for the case (free text: kept in the case record, not in the engine)', maxLength: TEXT })
  @IsOptional() @IsString() @MaxLength(TEXT)
  note?: string;
}

export const CONFIRM_FORM = defineForm({
  dto: ConfirmFormDto,
  fields: [{ kind: 'textarea', maxLength: TEXT, name: 'note', required: false }],
  key: 'jbt:confirm',
  complete: async (values) => ({ texts: textsOf(values, ['note']), variables: {} }),
});
