import { Injectable } from '@nestjs/common';
import { EnvironmentDto } from '../config/environment.dto';
import { EvaluationMode, ParticipantRole, Prisma } from '../generated/prisma/client';
import { MailPurpose } from '../mail/outgoing-mail';
import { OutboxWriter } from '../mail/outbox.writer';
import { publicUrl } from '../mail/public-url';
import { loadCaseContext } from './case-context';
import { caseRecipients, contactLine, parentsWithAddress, referrerOf } from './case-recipients';
import { evaluationNoticeToFamily, evaluationRequest, EvaluationFacts } from './texts/evaluation.texts';

type Transaction = Prisma.TransactionClient;

/** Professionals who carry the help and can describe progress; the Raad advises, it does not report. */
const REPORTING_ROLES: readonly ParticipantRole[] = [
  ParticipantRole.CARE_PROVIDER, ParticipantRole.GI, ParticipantRole.LOCAL_TEAM, ParticipantRole.REFERRER, ParticipantRole.VEILIG_THUIS,
];

/**
 * A written evaluation moment (003 §2): records it (evaluation sequence = the process's
 * evaluationNumber) and asks the professionals for written progress, with a note to the parents.
 */
@Injectable()
export class EvaluationRequestService {
  constructor(
    private readonly env: EnvironmentDto,
    private readonly outbox: OutboxWriter,
  ) {}

  async request(tx: Transaction, request: { caseId: string; dedupePrefix: string; evaluationDueAt: string; evaluationNumber: number }, now = new Date()): Promise<{ evaluationRequestId: string }> {
    const kase = await loadCaseContext(tx, request.caseId);
    const dueAt = new Date(request.evaluationDueAt);
    const decision = await tx.decision.findFirst({ orderBy: { decidedAt: 'desc' }, select: { id: true }, where: { caseId: kase.id } });
    const evaluation = await tx.evaluation.upsert({
      create: { caseId: kase.id, decisionId: decision?.id ?? null, dueAt, mode: EvaluationMode.WRITTEN, requestedAt: now, sequence: request.evaluationNumber },
      update: { dueAt, mode: EvaluationMode.WRITTEN, requestedAt: now },
      where: { caseId_sequence: { caseId: kase.id, sequence: request.evaluationNumber } },
    });
    const recipients = await caseRecipients(tx, kase.id, kase.region);
    const facts: EvaluationFacts = { appUrl: publicUrl(this.env), caseNumber: kase.caseNumber, dueAt, number: request.evaluationNumber, tableName: kase.table.name };
    for (const professional of recipients.filter((recipient) => REPORTING_ROLES.includes(recipient.role) && recipient.email)) {
      const letter = evaluationRequest(facts, professional.name);
      await this.outbox.enqueue(tx, { caseId: kase.id, dedupeKey: `${request.dedupePrefix}:evaluation:${professional.participantId}`, purpose: MailPurpose.EvaluationRequest, subject: letter.subject, text: letter.text, to: [professional.email!] });
    }
    const contact = contactLine(referrerOf(recipients));
    for (const parent of parentsWithAddress(recipients)) {
      const letter = evaluationNoticeToFamily(facts, parent.name, contact);
      await this.outbox.enqueue(tx, { caseId: kase.id, dedupeKey: `${request.dedupePrefix}:evaluation:${parent.participantId}`, purpose: MailPurpose.EvaluationRequest, subject: letter.subject, text: letter.text, to: [parent.email!] });
    }
    return { evaluationRequestId: evaluation.id };
  }
}
