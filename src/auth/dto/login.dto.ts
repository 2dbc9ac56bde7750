import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'jbt-demo-2026' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  password: string;

  @ApiProperty({ example: 'voorzitter.twente' })
  @IsString() @IsNotEmpty() @MaxLength(100)
  username: string;
}
