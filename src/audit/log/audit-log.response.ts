import { ApiProperty } from '@nestjs/swagger';

export class AuditActorResponse {
  @ApiProperty({ description: 'A signed-in user, a part of the service (system), a link in a mail (link) or someone not known (anonymous)', enum: ['anonymous', 'link', 'system', 'user'] })
  kind: 'anonymous' | 'link' | 'system' | 'user';

  @ApiProperty({ description: 'The user\'s name, the part of the service, or the kind of link', example: 'Vera Voorzitter' })
  label: string;

  @ApiProperty({ example: '0b7f8e9d-1c2b-4a3f-8e7d-6c5b4a392817', nullable: true, type: String })
  userId: string | null;

  @ApiProperty({ example: 'voorzitter.twente', nullable: true, type: String })
  username: string | null;
}

export class AuditOnBehalfOfResponse {
  @ApiProperty({ example: '5b0c1d4e-2f7a-4c1b-9a55-0d4e8f1a2b3c' })
  organisationId: string;

  @ApiProperty({ example: 'Gemeenten Twente', nullable: true, type: String })
  organisationName: string | null;

  @ApiProperty({ example: 'CHAIR' })
  role: string;
}

export class AuditCaseResponse {
  @ApiProperty({ example: 'JBT-2026-000042', nullable: true, type: String })
  caseNumber: string | null;

  @ApiProperty({ example: '2b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e' })
  id: string;
}

export class AuditLogEntryResponse {
  @ApiProperty({ example: 'READ_CASE' })
  action: string;

  @ApiProperty({ type: AuditActorResponse })
  actor: AuditActorResponse;

  @ApiProperty({ description: 'Whether the read or change was allowed (outcome ALLOWED)', example: true })
  allowed: boolean;

  @ApiProperty({ nullable: true, type: AuditCaseResponse })
  case: AuditCaseResponse | null;

  @ApiProperty({ description: 'Where the request came from', example: '192.0.2.10', nullable: true, type: String })
  clientIp: string | null;

  @ApiProperty({ description: 'Ids, codes and counts; never personal data', example: { basis: 'table' }, nullable: true, type: Object })
  details: unknown;

  @ApiProperty({ example: '7d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a' })
  id: string;

  @ApiProperty({ example: '2026-11-23T09:15:02.123Z' })
  occurredAt: string;

  @ApiProperty({ description: 'The role and organisation the person acted for', nullable: true, type: AuditOnBehalfOfResponse })
  onBehalfOf: AuditOnBehalfOfResponse | null;

  @ApiProperty({ enum: ['ALLOWED', 'DENIED', 'FAILED'], example: 'ALLOWED' })
  outcome: string;

  @ApiProperty({ example: 'case' })
  resource: string;

  @ApiProperty({ description: 'The row\'s place in the hash chain', example: '10432', nullable: true, type: String })
  seq: string | null;
}

export class AuditLogPageResponse {
  @ApiProperty({ type: [AuditLogEntryResponse] })
  items: AuditLogEntryResponse[];

  @ApiProperty({ example: 50 })
  limit: number;

  @ApiProperty({ example: 0 })
  offset: number;

  @ApiProperty({ description: 'Rows matching the filters', example: 1234 })
  total: number;
}

export class AuditChainProblemResponse {
  @ApiProperty({ enum: ['CHANGED', 'CHECKPOINT', 'HEAD', 'REMOVED', 'UNCHAINED'] })
  kind: string;

  @ApiProperty({ example: 'row 57 (id …) was changed after it was written: its content no longer gives its hash' })
  message: string;

  @ApiProperty({ nullable: true, type: String })
  seq: string | null;
}

export class AuditChainStatusResponse {
  @ApiProperty({ example: '2026-12-03T10:00:00.000Z' })
  checkedAt: string;

  @ApiProperty({ example: '1' })
  firstSeq: string;

  @ApiProperty({ example: '10432' })
  headSeq: string;

  @ApiProperty({ example: true })
  intact: boolean;

  @ApiProperty({ type: [AuditChainProblemResponse] })
  problems: AuditChainProblemResponse[];

  @ApiProperty({ example: 10432 })
  rowsChecked: number;
}
