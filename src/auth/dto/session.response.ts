import { ApiProperty } from '@nestjs/swagger';
import { Role } from '../../generated/prisma/enums';

export class MembershipResponse {
  @ApiProperty({ example: '5b0c1d4e-2f7a-4c1b-9a55-0d4e8f1a2b3c', format: 'uuid' })
  organisationId: string;

  @ApiProperty({ example: 'Gemeenten Twente', nullable: true, type: String })
  organisationName: string | null;

  @ApiProperty({ example: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0', format: 'uuid', nullable: true, type: String })
  regionId: string | null;

  @ApiProperty({ example: 'Twente', nullable: true, type: String })
  regionName: string | null;

  @ApiProperty({ enum: Role, enumName: 'Role', example: Role.CHAIR })
  role: Role;
}

export class SessionUserResponse {
  @ApiProperty({ example: 'Voorzitter Twente (demo)' })
  displayName: string;

  @ApiProperty({ example: '0b7f8e9d-1c2b-4a3f-8e7d-6c5b4a392817', format: 'uuid' })
  id: string;

  @ApiProperty({ type: [MembershipResponse] })
  memberships: MembershipResponse[];

  @ApiProperty({ example: 'voorzitter.twente' })
  username: string;
}

export class SessionResponse {
  @ApiProperty({ description: 'Expiry of the token (12 hours after sign-in)', example: '2026-11-23T20:15:00.000Z' })
  expiresAt: string;

  @ApiProperty({ description: 'The signed session token; send it as "Authorization: Bearer <token>" or let the browser send the jbt_session cookie', example: 'v2.eyJleHAiOjE3OTU...In0.kq3v...' })
  token: string;

  @ApiProperty({ type: SessionUserResponse })
  user: SessionUserResponse;
}

export class SignInOptionsResponse {
  @ApiProperty({ description: 'Whether sign-in through the organisation\'s OpenID Connect provider is offered (GET /api/auth/oidc/start)', example: true })
  oidc: boolean;
}
