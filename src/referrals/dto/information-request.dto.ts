import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class RequestInformationDto {
  @ApiPropertyOptional({ description: 'When the chair needs the answer', example: '2026-11-06T12:00:00.000Z' })
  @IsOptional() @IsISO8601({ strict: true })
  dueAt?: string;

  @ApiProperty({ example: 'Welke afspraken zijn er met school gemaakt over het ophalen?' })
  @IsString() @IsNotEmpty() @MaxLength(5000)
  question: string;
}

export class SupplyInformationDto {
  @ApiProperty({ example: 'Met school is afgesproken dat alleen moeder de kinderen ophaalt.' })
  @IsString() @IsNotEmpty() @MaxLength(20000)
  answer: string;
}
