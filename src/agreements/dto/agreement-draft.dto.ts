import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../../referrals/dto/date-rules';

export const AGREEMENT_TEXT_MAX = 2000;
export const AGREEMENT_NAME_MAX = 200;
/** The most agreements one decision records: more is no longer a plan a family can keep. */
export const AGREEMENTS_MAX = 20;

/** The performer value that asks for a name and organisation typed in, instead of one of the case's people. */
export const OTHER_PERFORMER = 'other';

const notBlank = { message: '$property must not be blank' };

/**
 * One agreement as the chair records it at the decision (issue 13): what, who carries it out, by
 * when, who watches over it, and what happens if it is not kept. `performer` and `watcher` are
 * choices of the case (the task's options 'agreements.performer' and 'agreements.watcher').
 */
export class AgreementDraftDto {
  @ApiProperty({ description: 'What is agreed (free text: stays in the case record)', example: 'Vader gaat vier weken naar de verslavingszorg, elke dinsdag.', maxLength: AGREEMENT_TEXT_MAX })
  @IsString() @IsNotEmpty() @Matches(/\S/, notBlank) @MaxLength(AGREEMENT_TEXT_MAX)
  description: string;

  @ApiProperty({ description: 'By when: a date, today or later', example: '2027-02-15', format: 'date' })
  @IsCalendarDate()
  dueOn: string;

  @ApiProperty({ description: 'What happens if the agreement is not kept (free text)', example: 'De tafel bespreekt het gezin opnieuw.', maxLength: AGREEMENT_TEXT_MAX })
  @IsString() @IsNotEmpty() @Matches(/\S/, notBlank) @MaxLength(AGREEMENT_TEXT_MAX)
  ifNotKept: string;

  @ApiProperty({ description: `Who carries it out: "parent:<id>", "child:<id>", "participant:<id>" (a professional of the case) or "${OTHER_PERFORMER}" with a name and organisation`, example: 'parent:0b6f3c9e-2a4d-4f5e-8c7b-1a2b3c4d5e6f' })
  @IsString() @IsNotEmpty() @MaxLength(60)
  performer: string;

  @ApiPropertyOptional({ description: `The professional's name, when performer is "${OTHER_PERFORMER}"`, maxLength: AGREEMENT_NAME_MAX })
  @ValidateIf((draft: AgreementDraftDto) => draft.performer === OTHER_PERFORMER)
  @IsString() @IsNotEmpty() @Matches(/\S/, notBlank) @MaxLength(AGREEMENT_NAME_MAX)
  performerName?: string;

  @ApiPropertyOptional({ description: `Their organisation, when performer is "${OTHER_PERFORMER}"`, maxLength: AGREEMENT_NAME_MAX })
  @IsOptional() @IsString() @MaxLength(AGREEMENT_NAME_MAX)
  performerOrganisation?: string;

  @ApiProperty({ description: 'The user who watches over the agreement: the chair, or a professional of the case with an account', format: 'uuid' })
  @IsString() @IsNotEmpty() @MaxLength(60)
  watcher: string;
}
