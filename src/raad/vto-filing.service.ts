import { Injectable } from '@nestjs/common';
import { toAmsterdamIso } from '../calendar/dutch-calendar';
import { dateOnly } from '../cases/child-age';
import { EnvironmentDto } from '../config/environment.dto';
import { VtoDocument, VtoPdfRenderer } from '../documents/vto-pdf.renderer';
import { ParticipantRole, Prisma } from '../generated/prisma/client';
import { MailPurpose } from '../mail/outgoing-mail';
import { OutboxWriter } from '../mail/outbox.writer';
import { publicUrl } from '../mail/public-url';
import { CaseContext, loadCaseContext } from '../notifications/case-context';
import { caseRecipients, contactLine, parentsWithAddress, referrerOf } from '../notifications/case-recipients';
import { BASIS_WORDS, OUTCOME_WORDS, raadAdviceWords } from '../notifications/decision-words';
import { dutchDate } from '../notifications/dutch-format';
import { tableOfMeeting, WITH_TABLE } from '../notifications/meeting-table';
import { vtoNoticeToFamily, vtoNoticeToProfessional, vtoRequest } from '../notifications/texts/raad.texts';

type Transaction = Prisma.TransactionClient;

const RELATION_WORDS = { FATHER: 'vader', FOSTER_PARENT: 'pleegouder', GUARDIAN: 'voogd', MOTHER: 'moeder', OTHER: 'ouder' } as const;

/**
 * Files the table's request for a Raad investigation (outcomes 3 and 4, or an evaluation's decision):
 * renders the VTO document, keeps it with the request, sends it to the Raad, and tells the parents
 * and the referrer that it was sent and what happens next.
 */
@Injectable()
export class VtoFilingService {
  constructor(
    private readonly env: EnvironmentDto,
    private readonly outbox: OutboxWriter,
    private readonly renderer: VtoPdfRenderer,
  ) {}

  async file(tx: Transaction, request: { caseId: string; decisionId: string; dedupePrefix: string }, now = new Date()): Promise<{ vtoFiledAt: string; vtoId: string }> {
    const kase = await loadCaseContext(tx, request.caseId);
    const decision = await tx.decision.findFirst({ include: { agreements: { orderBy: { sequence: 'asc' } }, meeting: { include: WITH_TABLE } }, where: { caseId: kase.id, id: request.decisionId } });
    if (!decision) throw new Error(`Decision ${request.decisionId} of case ${kase.id} is not in the case record`);
    // The request comes from the table that decided: where the decision's meeting was held.
    const tableName = tableOfMeeting(kase, decision.meeting).name;
    const document = await this.document(tx, kase, decision, tableName, now);
    const pdf = await this.renderer.render(document);
    const vto = await tx.raadInvestigationRequest.create({
      data: { caseId: kase.id, decisionId: decision.id, documentPdf: new Uint8Array(pdf.bytes), documentSha256: pdf.sha256, requestedAt: now, requestedById: decision.recordedById, sentAt: now },
    });
    const recipients = await caseRecipients(tx, kase.id, kase.region);
    const attachment = { content: pdf.bytes, contentType: 'application/pdf', filename: `verzoek-tot-onderzoek-${kase.caseNumber}.pdf` };
    for (const raad of recipients.filter((recipient) => recipient.role === ParticipantRole.RAAD && recipient.email)) {
      const letter = vtoRequest(kase.caseNumber, tableName, raad.name);
      await this.outbox.enqueue(tx, { attachments: [attachment], caseId: kase.id, dedupeKey: `${request.dedupePrefix}:vto:${raad.participantId}`, purpose: MailPurpose.VtoRequest, subject: letter.subject, text: letter.text, to: [raad.email!] });
    }
    const referrer = referrerOf(recipients);
    for (const parent of parentsWithAddress(recipients)) {
      const letter = vtoNoticeToFamily(tableName, parent.name, contactLine(referrer));
      await this.outbox.enqueue(tx, { caseId: kase.id, dedupeKey: `${request.dedupePrefix}:vto-notice:${parent.participantId}`, purpose: MailPurpose.VtoFiled, subject: letter.subject, text: letter.text, to: [parent.email!] });
    }
    if (referrer?.email) {
      const letter = vtoNoticeToProfessional(kase.caseNumber, tableName, referrer.name, publicUrl(this.env));
      await this.outbox.enqueue(tx, { caseId: kase.id, dedupeKey: `${request.dedupePrefix}:vto-notice:${referrer.participantId}`, purpose: MailPurpose.VtoFiled, subject: letter.subject, text: letter.text, to: [referrer.email] });
    }
    return { vtoFiledAt: toAmsterdamIso(now), vtoId: vto.id };
  }

  private async document(
    tx: Transaction,
    kase: CaseContext,
    decision: Prisma.DecisionGetPayload<{ include: { agreements: true; meeting: true } }>,
    tableName: string,
    now: Date,
  ): Promise<VtoDocument> {
    const [children, parents, referral] = await Promise.all([
      tx.child.findMany({ orderBy: { birthDate: 'asc' }, where: { caseId: kase.id } }),
      tx.parent.findMany({ orderBy: { createdAt: 'asc' }, where: { caseId: kase.id } }),
      tx.referral.findUnique({ include: { referrer: true, referrerOrganisation: true }, where: { caseId: kase.id } }),
    ]);
    return {
      agreements: decision.agreements.map((agreement) => `${agreement.responsible}: ${agreement.description}${agreement.dueOn ? ` (uiterlijk ${dutchDate(agreement.dueOn)})` : ''}`),
      caseNumber: kase.caseNumber,
      children: children.map((child) => ({ birthDate: dateOnly(child.birthDate), name: `${child.givenName} ${child.familyName}` })),
      createdAt: now,
      decidedAt: decision.decidedAt,
      decidedBy: BASIS_WORDS[decision.basis],
      decisions: { help: decision.decisionHelp, route: decision.decisionRoute, safety: decision.decisionSafety },
      family: {
        childVoice: referral?.childVoice ?? '—',
        helpSoFar: referral?.helpSoFar ?? '—',
        parentsView: referral?.parentsView ?? '—',
        situation: referral?.familySituation ?? '—',
        worries: referral?.worries ?? '—',
      },
      meetingAt: decision.meeting?.startsAt ?? null,
      outcome: OUTCOME_WORDS[decision.outcome],
      parents: parents.map((parent) => ({
        authority: parent.hasParentalAuthority,
        contact: [[parent.street, parent.postalCode, parent.city].filter(Boolean).join(' '), parent.phone, parent.email].filter(Boolean).join(', '),
        name: `${parent.givenName} ${parent.familyName}`,
        relation: RELATION_WORDS[parent.relation],
      })),
      raadAdvice: raadAdviceWords(decision.raadAdvisesInvestigation),
      referrer: {
        contact: [referral?.referrer.displayName, referral?.referrer.email].filter(Boolean).join(', '),
        organisation: referral?.referrerOrganisation.name ?? 'onbekend',
      },
      safetyPlan: {
        agreements: referral?.safetyAgreements ?? null,
        noAgreementsReason: referral?.safetyNoAgreementsReason ?? null,
        stepsIfNotKept: referral?.safetyStepsIfNotKept ?? '—',
      },
      table: tableName,
    };
  }
}
