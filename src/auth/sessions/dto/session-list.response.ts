import { ApiProperty } from '@nestjs/swagger';
import { SignInMethod } from '../../../generated/prisma/enums';

export class SessionSummaryResponse {
  @ApiProperty({ example: '127.0.0.1', nullable: true, type: String })
  clientIp: string | null;

  @ApiProperty({ example: '2026-11-23T08:15:00.000Z' })
  createdAt: string;

  @ApiProperty({ description: 'The session this request was made in', example: true })
  current: boolean;

  @ApiProperty({ example: '2026-11-23T20:15:00.000Z' })
  expiresAt: string;

  @ApiProperty({ example: '6f1d2c3b-4a59-4e68-9d7c-8b9a0f1e2d3c', format: 'uuid' })
  id: string;

  @ApiProperty({ enum: SignInMethod, enumName: 'SignInMethod', example: SignInMethod.PASSWORD })
  method: SignInMethod;

  @ApiProperty({ example: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) …', nullable: true, type: String })
  userAgent: string | null;
}

export class SignedOutEverywhereResponse {
  @ApiProperty({ description: 'How many sessions were ended, this one included', example: 3 })
  sessionsEnded: number;
}
