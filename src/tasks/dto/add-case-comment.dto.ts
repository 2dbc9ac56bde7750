import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class AddCaseCommentDto {
  @ApiProperty({ description: 'An internal note for the professionals of the case; never sent to the family', example: 'Moeder belde: zij kan dinsdag alleen na 13.00 uur.', maxLength: 5000 })
  @IsString() @IsNotEmpty() @MaxLength(5000)
  text: string;
}
