import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ChairModel } from '../../generated/prisma/enums';

export class ScheduleEntryDto {
  @ApiProperty({ example: 90, maximum: 480, minimum: 15 })
  @IsInt() @Min(15) @Max(480)
  durationMinutes: number;

  @ApiProperty({ description: 'Local time (Europe/Amsterdam), HH:MM', example: '09:30' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'startTime must be a time written HH:MM' })
  startTime: string;

  @ApiPropertyOptional({ example: '2026-01-01', format: 'date', nullable: true })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })
  validFrom?: string | null;

  @ApiPropertyOptional({ example: null, format: 'date', nullable: true })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' })
  validUntil?: string | null;

  @ApiProperty({ description: '1 = Monday ... 7 = Sunday', example: 2, maximum: 7, minimum: 1 })
  @IsInt() @Min(1) @Max(7)
  weekday: number;
}

export class NeighbourDto {
  @ApiProperty({ description: 'Lower is asked first', example: 1, maximum: 99, minimum: 1 })
  @IsInt() @Min(1) @Max(99)
  priority: number;

  @ApiProperty({ example: '5b0c3a52-6d1e-4f0a-9c5e-0c9a7e3f2b11', format: 'uuid' })
  @IsUUID()
  tableId: string;
}

export class TableSettingsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;

  @ApiProperty({ type: [NeighbourDto] })
  @ValidateNested({ each: true }) @Type(() => NeighbourDto) @ArrayMaxSize(20)
  neighbours: NeighbourDto[];

  @ApiProperty({ type: [ScheduleEntryDto] })
  @ValidateNested({ each: true }) @Type(() => ScheduleEntryDto) @ArrayMaxSize(30)
  schedule: ScheduleEntryDto[];
}

export class MunicipalContactDto {
  @ApiPropertyOptional({ description: 'Absent for a new contact', format: 'uuid' })
  @IsOptional() @IsUUID()
  id?: string;

  @ApiProperty({ example: 'jeugd@gemeente.example' })
  @IsEmail() @MaxLength(200)
  email: string;

  @ApiProperty({ example: 'Anouk de Vries' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: '0612345678', nullable: true })
  @IsOptional() @IsString() @Matches(/^[+0-9 ()-]{6,20}$/, { message: 'phone must be a phone number (digits, spaces, +, -, parentheses)' })
  phone?: string | null;
}

export class MunicipalitySettingsDto {
  @ApiProperty({ type: [MunicipalContactDto] })
  @ValidateNested({ each: true }) @Type(() => MunicipalContactDto) @ArrayMaxSize(20)
  contacts: MunicipalContactDto[];

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}

/** A region's settings as the forms edit them, with the reason for the change. */
export class UpdateRegionSettingsDto {
  @ApiPropertyOptional({ description: 'Whether an agreement that was not kept brings the case back to the table, planned within the norm of a first meeting. Left out: unchanged.', example: true })
  @IsOptional() @IsBoolean()
  agreementNotKeptBackToTable?: boolean;

  @ApiProperty({ enum: ChairModel, enumName: 'ChairModel', example: ChairModel.INDEPENDENT })
  @IsEnum(ChairModel)
  chairModel: ChairModel;

  @ApiProperty({ example: 16, maximum: 18, minimum: 12 })
  @IsInt() @Min(12) @Max(18)
  childDocumentsMinAge: number;

  @ApiProperty({ example: 12, maximum: 18, minimum: 4 })
  @IsInt() @Min(4) @Max(18)
  childHeardMinAge: number;

  @ApiProperty({ example: 'Tafel Oost vergadert voortaan ook op donderdag', maxLength: 500 })
  @IsString() @IsNotEmpty() @MaxLength(500)
  comment: string;

  @ApiPropertyOptional({ description: 'Children of at least this age get a personal link to the family page (12 and 16 are in use); not below childHeardMinAge. Left out: unchanged.', example: 16, maximum: 18, minimum: 12 })
  @IsOptional() @IsInt() @Min(12) @Max(18)
  familyPageChildMinAge?: number;

  @ApiProperty({ example: false })
  @IsBoolean()
  giFixedMember: boolean;

  @ApiProperty({ type: [MunicipalitySettingsDto] })
  @ValidateNested({ each: true }) @Type(() => MunicipalitySettingsDto) @ArrayMaxSize(100)
  municipalities: MunicipalitySettingsDto[];

  @ApiProperty({ example: false })
  @IsBoolean()
  normCountsWorkingDays: boolean;

  @ApiProperty({ example: 14, maximum: 60, minimum: 1 })
  @IsInt() @Min(1) @Max(60)
  normDays: number;

  @ApiPropertyOptional({
    description: 'The early moment: this many working days after the referral a case without a booked meeting escalates to the municipal contact; fewer than normDays. Left out: unchanged.',
    example: 5,
    maximum: 30,
    minimum: 1,
  })
  @IsOptional() @IsInt() @Min(1) @Max(30)
  normWarningWorkingDays?: number;

  @ApiProperty({ example: true })
  @IsBoolean()
  otsReviewEnabled: boolean;

  @ApiProperty({ example: 10, maximum: 60, minimum: 1 })
  @IsInt() @Min(1) @Max(60)
  reactionPeriodDays: number;

  @ApiProperty({ example: 5, maximum: 30, minimum: 1 })
  @IsInt() @Min(1) @Max(30)
  reportDueWorkingDays: number;

  @ApiProperty({ example: true })
  @IsBoolean()
  supportPersonsReceiveDocuments: boolean;

  @ApiProperty({ type: [TableSettingsDto] })
  @ValidateNested({ each: true }) @Type(() => TableSettingsDto) @ArrayMaxSize(50)
  tables: TableSettingsDto[];
}

export class RegionParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  regionId: string;
}
