import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** Why an operator intervenes in a process; written to the audit log. */
export class ReasonDto {
  @ApiProperty({ description: 'Why, in a sentence; no personal data (it is kept in the audit log)', example: 'Mailserver was onbereikbaar; nu hersteld.', maxLength: 500, minLength: 5 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString() @MinLength(5, { message: 'reason must say why, in at least 5 characters' }) @MaxLength(500)
  reason!: string;
}
