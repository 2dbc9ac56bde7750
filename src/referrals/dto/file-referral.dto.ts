import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { EntryType, Track } from '../../generated/prisma/enums';
import { ChildDto, ParentDto, SupportPersonDto } from './family.dto';
import { OtsClosureDto } from './ots-closure.dto';
import { SafetyPlanDto } from './safety-plan.dto';

const TEXT = 20000;

/** A referral (verzoek tot bespreking) as the referrer files it. */
export class FileReferralDto {
  @ApiProperty({ description: "The child's voice: what the child says, or how it was heard", example: 'Sam zegt dat het thuis vaak onrustig is.' })
  @IsString() @IsNotEmpty() @MaxLength(TEXT)
  childVoice: string;

  @ApiProperty({ type: [ChildDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(15) @ValidateNested({ each: true }) @Type(() => ChildDto)
  children: ChildDto[];

  @ApiPropertyOptional({ description: 'A school or care provider that refers together with the local team', example: '7c6d5e4f-3a2b-4c1d-8e9f-a0b1c2d3e4f5', format: 'uuid' })
  @IsOptional() @IsUUID()
  coReferrerOrganisationId?: string;

  @ApiProperty({ enum: EntryType, enumName: 'EntryType', example: EntryType.REFERRAL })
  @IsEnum(EntryType)
  entryType: EntryType;

  @ApiProperty({ example: 'Twee kinderen; moeder en vader wonen gescheiden.' })
  @IsString() @IsNotEmpty() @MaxLength(TEXT)
  familySituation: string;

  @ApiProperty({ example: 'Gezinscoaching sinds maart; weinig voortgang.' })
  @IsString() @IsNotEmpty() @MaxLength(TEXT)
  helpSoFar: string;

  @ApiProperty({ description: 'The municipality where the family lives; it decides the region and the table', example: '6d5c4b3a-2918-4776-8554-43322110ffee', format: 'uuid' })
  @IsUUID()
  municipalityId: string;

  @ApiPropertyOptional({ description: 'The organisation you file for, when you work for several in the region', example: '5b0c1d4e-2f7a-4c1b-9a55-0d4e8f1a2b3c', format: 'uuid' })
  @IsOptional() @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ description: 'Required for an OTS-closure review', type: OtsClosureDto })
  @ValidateIf((referral: FileReferralDto) => referral.entryType === EntryType.OTS_CLOSURE_REVIEW || referral.otsClosure !== undefined)
  @IsDefined({ message: 'otsClosure is required for an OTS_CLOSURE_REVIEW' }) @ValidateNested() @Type(() => OtsClosureDto)
  otsClosure?: OtsClosureDto;

  @ApiProperty({ type: [ParentDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(6) @ValidateNested({ each: true }) @Type(() => ParentDto)
  parents: ParentDto[];

  @ApiProperty({ description: 'Parents wrote (part of) the referral with you', example: false })
  @IsBoolean()
  parentsCoWrote: boolean;

  @ApiProperty({ description: 'Parents with parental authority read the referral before you filed it', example: true })
  @IsBoolean()
  parentsReadReferral: boolean;

  @ApiProperty({ description: "The parents' view: their reaction or their own words", example: 'Moeder herkent de zorgen deels; vader niet.' })
  @IsString() @IsNotEmpty() @MaxLength(TEXT)
  parentsView: string;

  @ApiProperty({ type: SafetyPlanDto })
  @IsDefined() @ValidateNested() @Type(() => SafetyPlanDto)
  safetyPlan: SafetyPlanDto;

  @ApiPropertyOptional({ type: [SupportPersonDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => SupportPersonDto)
  supportPersons?: SupportPersonDto[];

  @ApiPropertyOptional({ description: 'A table of the region other than the municipality’s own', example: '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b', format: 'uuid' })
  @IsOptional() @IsUUID()
  tableId?: string;

  @ApiPropertyOptional({ description: 'Required for a REFERRAL; a CONSULT defaults to QUARTER_TO_TWELVE, a PROTECTION_REQUEST to FIVE_TO_TWELVE', enum: Track, enumName: 'Track', example: Track.QUARTER_TO_TWELVE })
  @ValidateIf((referral: FileReferralDto) => referral.entryType === EntryType.REFERRAL || referral.track !== undefined)
  @IsEnum(Track, { message: 'track must be QUARTER_TO_TWELVE or FIVE_TO_TWELVE (required for a REFERRAL)' })
  track?: Track;

  @ApiProperty({ example: 'Aanhoudende ruzies waar de kinderen bij zijn.' })
  @IsString() @IsNotEmpty() @MaxLength(TEXT)
  worries: string;
}
