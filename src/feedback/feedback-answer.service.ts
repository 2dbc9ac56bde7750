import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { DomainError, ErrorKind } from '../errors/domain-error';

/** A feedback link that does not exist, was answered already, or belongs to a closed round. */
export class FeedbackFormClosedError extends DomainError {
  constructor(reason: 'answered' | 'closed' | 'unknown') {
    super('FEEDBACK_FORM_CLOSED', reason === 'unknown' ? ErrorKind.NotFound : ErrorKind.Conflict, `This feedback form cannot be answered (${reason})`, { reason });
  }
}

/** The holder of a form link answers once, while the round is open: a mark from 1 to 10 and a comment. */
@Injectable()
export class FeedbackAnswerService {
  constructor(private readonly prisma: PrismaService) {}

  /** The form behind a link, if it can still be answered. */
  async open(token: string, now = new Date()): Promise<{ closesAt: Date | null }> {
    const form = await this.form(token);
    this.assertOpen(form, now);
    return { closesAt: form.round?.closesAt ?? null };
  }

  async answer(token: string, answer: { comment: string | null; score: number }, now = new Date()): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const form = await this.form(token, tx);
      this.assertOpen(form, now);
      // The condition on respondedAt keeps a double submit from overwriting the first answer.
      const updated = await tx.feedback.updateMany({ data: { comment: answer.comment, respondedAt: now, score: answer.score }, where: { id: form.id, respondedAt: null } });
      if (updated.count === 0) throw new FeedbackFormClosedError('answered');
      await tx.auditEvent.create({ data: { action: 'ANSWER_FEEDBACK', actorId: `feedback-link:${form.id}`, caseId: form.caseId, details: { feedbackId: form.id }, outcome: 'ALLOWED', resource: 'feedback' } });
    });
  }

  private async form(token: string, tx: Pick<PrismaService, 'feedback'> = this.prisma) {
    const form = token.length > 10 && token.length < 100 ? await tx.feedback.findUnique({ include: { round: true }, where: { formToken: token } }) : null;
    if (!form) throw new FeedbackFormClosedError('unknown');
    return form;
  }

  private assertOpen(form: { respondedAt: Date | null; round: { closedAt: Date | null; closesAt: Date } | null }, now: Date): void {
    if (form.respondedAt) throw new FeedbackFormClosedError('answered');
    if (form.round && (form.round.closedAt || form.round.closesAt < now)) throw new FeedbackFormClosedError('closed');
  }
}
