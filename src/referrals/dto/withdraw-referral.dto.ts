import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class WithdrawReferralDto {
  @ApiProperty({ example: 'Ouders hebben zelf hulp geaccepteerd; bespreking is niet meer nodig.' })
  @IsString() @IsNotEmpty() @MaxLength(5000)
  reason: string;
}
