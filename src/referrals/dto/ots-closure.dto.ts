import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from './date-rules';

/** The GI's intention to end a supervision order, for an OTS-closure review at the table. */
export class OtsClosureDto {
  @ApiProperty({ example: '2027-02-01', format: 'date' })
  @IsCalendarDate()
  intendedEndDate: string;

  @ApiProperty({ description: 'The intention and its grounds', example: 'De veiligheid is gedurende een jaar stabiel; vrijwillige hulp via het wijkteam loopt.' })
  @IsString() @IsNotEmpty() @MaxLength(20000)
  intention: string;

  @ApiProperty({ description: 'When the order expires as the court set it', example: '2027-04-15', format: 'date' })
  @IsCalendarDate()
  supervisionEndsOn: string;
}
