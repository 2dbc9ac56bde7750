import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { HearingMode, ParentRelation, SupportedParty } from '../../generated/prisma/enums';
import { IsCalendarDate, IsMinorBirthDate } from './date-rules';

const NAME = 200;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;
const POSTAL_CODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;

export class ChildDto {
  @ApiProperty({ example: '2013-05-04', format: 'date' })
  @IsCalendarDate() @IsMinorBirthDate()
  birthDate: string;

  @ApiProperty({ example: 'Voorbeeld' })
  @IsString() @IsNotEmpty() @MaxLength(NAME)
  familyName: string;

  @ApiProperty({ example: 'Sam' })
  @IsString() @IsNotEmpty() @MaxLength(NAME)
  givenName: string;

  @ApiPropertyOptional({ description: 'How the child is heard, when already agreed; the chair agrees it before the meeting', enum: HearingMode, enumName: 'HearingMode', example: HearingMode.AT_TABLE })
  @IsOptional() @IsEnum(HearingMode)
  hearingMode?: HearingMode;

  @ApiPropertyOptional({ example: 'Sam wil graag het eerste deel van het gesprek bijwonen.' })
  @IsOptional() @IsString() @MaxLength(2000)
  hearingNote?: string;
}

export class ParentDto {
  @ApiPropertyOptional({ example: 'Enschede' })
  @IsOptional() @IsString() @MaxLength(NAME)
  city?: string;

  @ApiPropertyOptional({ example: 'ouder@example.org' })
  @IsOptional() @IsEmail()
  email?: string;

  @ApiProperty({ example: 'Voorbeeld' })
  @IsString() @IsNotEmpty() @MaxLength(NAME)
  familyName: string;

  @ApiProperty({ example: 'Robin' })
  @IsString() @IsNotEmpty() @MaxLength(NAME)
  givenName: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  hasParentalAuthority: boolean;

  @ApiPropertyOptional({ example: '+31 6 12345678' })
  @IsOptional() @Matches(PHONE, { message: 'phone must be a phone number (digits, spaces, +, -, parentheses)' })
  phone?: string;

  @ApiPropertyOptional({ example: '7511 AA' })
  @IsOptional() @Matches(POSTAL_CODE, { message: 'postalCode must be a Dutch postal code such as 7511 AA' })
  postalCode?: string;

  @ApiProperty({ enum: ParentRelation, enumName: 'ParentRelation', example: ParentRelation.MOTHER })
  @IsEnum(ParentRelation)
  relation: ParentRelation;

  @ApiPropertyOptional({ description: 'Street and house number', example: 'Voorbeeldstraat 1' })
  @IsOptional() @IsString() @MaxLength(NAME)
  street?: string;
}

export class SupportPersonDto {
  @ApiPropertyOptional({ example: 'steun@example.org' })
  @IsOptional() @IsEmail()
  email?: string;

  @ApiProperty({ example: 'Kim de Steun' })
  @IsString() @IsNotEmpty() @MaxLength(NAME)
  name: string;

  @ApiPropertyOptional({ example: '+31 6 87654321' })
  @IsOptional() @Matches(PHONE, { message: 'phone must be a phone number (digits, spaces, +, -, parentheses)' })
  phone?: string;

  @ApiPropertyOptional({ example: 'tante' })
  @IsOptional() @IsString() @MaxLength(NAME)
  relationToFamily?: string;

  @ApiProperty({ enum: SupportedParty, enumName: 'SupportedParty', example: SupportedParty.PARENTS })
  @IsEnum(SupportedParty)
  supports: SupportedParty;
}
