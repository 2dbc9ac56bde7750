import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';

const TEXT = 20000;
const EITHER = 'every safety plan has agreements, or says in noAgreementsReason why none could be made';

/** The safety plan every referral carries: agreements made, or why none could be made, and the steps if they are not kept. */
export class SafetyPlanDto {
  @ApiPropertyOptional({ description: 'Agreements for direct safety', example: 'Vader haalt de kinderen niet zonder afspraak van school.' })
  @ValidateIf((plan: SafetyPlanDto) => plan.noAgreementsReason === undefined || plan.agreements !== undefined)
  @IsString({ message: `agreements must be text: ${EITHER}` }) @IsNotEmpty({ message: `agreements must not be empty: ${EITHER}` }) @MaxLength(TEXT)
  agreements?: string;

  @ApiPropertyOptional({ description: 'Why no agreements could be made (instead of agreements)', example: 'Ouders waren niet bereikbaar voor een gesprek.' })
  @ValidateIf((plan: SafetyPlanDto) => plan.noAgreementsReason !== undefined)
  @IsString() @IsNotEmpty() @MaxLength(TEXT)
  noAgreementsReason?: string;

  @ApiProperty({ description: 'What happens when parents cannot keep the agreements', example: 'De verzoeker doet een melding bij Veilig Thuis.' })
  @IsString() @IsNotEmpty() @MaxLength(TEXT)
  stepsIfNotKept: string;
}
