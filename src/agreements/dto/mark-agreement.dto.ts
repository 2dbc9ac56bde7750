import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { AgreementMarkState } from '../../generated/prisma/enums';
import { IsCalendarDate } from '../../referrals/dto/date-rules';
import { AGREEMENT_TEXT_MAX } from './agreement-draft.dto';

const STATES = Object.values(AgreementMarkState);

/** POST /api/agreements/{id}/marks: the one who watches over an agreement marks it. */
export class MarkAgreementDto {
  @ApiPropertyOptional({ description: 'The agreement as it now reads, when it changed in substance (CHANGED only)', maxLength: AGREEMENT_TEXT_MAX })
  @ValidateIf((mark: MarkAgreementDto) => mark.state === AgreementMarkState.CHANGED && mark.changedDescription !== undefined)
  @IsString() @MaxLength(AGREEMENT_TEXT_MAX)
  changedDescription?: string;

  @ApiPropertyOptional({ description: 'The new date of a changed agreement (required with CHANGED), today or later', example: '2027-03-01', format: 'date' })
  @ValidateIf((mark: MarkAgreementDto) => mark.state === AgreementMarkState.CHANGED)
  @IsCalendarDate()
  newDueOn?: string;

  @ApiProperty({ description: 'What happened, in a few words (free text: stays in the case record)', example: 'Vader is drie van de vier keer geweest.', maxLength: AGREEMENT_TEXT_MAX })
  @IsString() @IsNotEmpty() @Matches(/\S/, { message: '$property must not be blank' }) @MaxLength(AGREEMENT_TEXT_MAX)
  note: string;

  @ApiProperty({ description: 'Kept, not kept, or changed by those involved (then with a new date)', enum: STATES })
  @IsIn(STATES)
  state: AgreementMarkState;
}
