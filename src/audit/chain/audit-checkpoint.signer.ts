import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalField } from './audit-row-hash';

/** A checkpoint's content: what the retention job removed and where the chain stood. */
export interface CheckpointContent {
  createdAt: Date;
  headHash: string;
  headSeq: string;
  id: string;
  removedBefore: Date;
  rowsRemoved: number;
  throughHash: string;
  throughSeq: string;
}

/**
 * Signs checkpoints with HMAC-SHA256 and the audit secret, so that whoever can write to the database
 * but does not hold the secret cannot move the start of the chain (hiding removed rows) or its last
 * vouched-for end (hiding rows cut off at the end).
 */
export class AuditCheckpointSigner {
  constructor(private readonly secret: Buffer) {
    if (secret.length < 32) throw new Error('The audit secret must be at least 32 bytes');
  }

  sign(content: CheckpointContent): string {
    const text = [content.id, content.createdAt.toISOString(), content.headHash, content.headSeq, content.removedBefore.toISOString(), String(content.rowsRemoved), content.throughHash, content.throughSeq]
      .map(canonicalField)
      .join('');
    return createHmac('sha256', this.secret).update(`jbt-audit-checkpoint-v1${text}`, 'utf8').digest('hex');
  }

  verify(content: CheckpointContent, signature: string): boolean {
    const expected = Buffer.from(this.sign(content), 'utf8');
    const given = Buffer.from(signature, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
