import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/principal';
import { CaseAccessService } from '../cases/case-access.service';
import { CaseProcessMessenger } from '../cases/process-messages/case-process.messenger';
import { CaseStatus } from '../generated/prisma/enums';
import { RequestInformationDto, SupplyInformationDto } from './dto/information-request.dto';
import { CaseNotOpenError, InformationAlreadySuppliedError, InformationRequestNotFoundError } from './referral.errors';

const CLOSED: readonly CaseStatus[] = [CaseStatus.CLOSED, CaseStatus.WITHDRAWN];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface InformationRequestView {
  answer: string | null;
  answeredAt: Date | null;
  dueAt: Date | null;
  id: string;
  question: string;
  requestedAt: Date;
}

/**
 * The chair asks the referrer for missing information before the meeting; the referrer answers.
 * While a question is open the case waits (AWAITING_INFORMATION); the last answer returns it to the
 * chair's intake, and the process is told.
 */
@Injectable()
export class InformationRequestService {
  constructor(
    private readonly access: CaseAccessService,
    private readonly messenger: CaseProcessMessenger,
  ) {}

  request(actor: Actor, caseId: string, dto: RequestInformationDto): Promise<InformationRequestView> {
    return this.access.run(actor, caseId, { action: 'request-information', auditAction: 'REQUEST_INFORMATION', resource: 'information_request' }, async (tx) => {
      const { status } = await tx.case.findUniqueOrThrow({ select: { status: true }, where: { id: caseId } });
      if (CLOSED.includes(status)) throw new CaseNotOpenError(status, 'asking for information');
      const created = await tx.informationRequest.create({
        data: { caseId, dueAt: dto.dueAt ? new Date(dto.dueAt) : null, question: dto.question, requestedById: actor.principal.userId },
      });
      if (status === CaseStatus.FILED) await tx.case.update({ data: { status: CaseStatus.AWAITING_INFORMATION }, where: { id: caseId } });
      return { auditDetails: { informationRequestId: created.id }, value: view(created) };
    });
  }

  async supply(actor: Actor, caseId: string, requestId: string, dto: SupplyInformationDto): Promise<InformationRequestView> {
    const answered = await this.access.run(actor, caseId, { action: 'supply-information', auditAction: 'SUPPLY_INFORMATION', resource: 'information_request' }, async (tx) => {
      const { status } = await tx.case.findUniqueOrThrow({ select: { status: true }, where: { id: caseId } });
      if (CLOSED.includes(status)) throw new CaseNotOpenError(status, 'supplying information');
      const request = UUID.test(requestId) ? await tx.informationRequest.findFirst({ where: { caseId, id: requestId } }) : null;
      if (!request) throw new InformationRequestNotFoundError();
      if (request.answeredAt) throw new InformationAlreadySuppliedError();
      const updated = await tx.informationRequest.update({ data: { answer: dto.answer, answeredAt: new Date(), answeredById: actor.principal.userId }, where: { id: request.id } });
      const stillOpen = await tx.informationRequest.count({ where: { answeredAt: null, caseId } });
      if (stillOpen === 0 && status === CaseStatus.AWAITING_INFORMATION) await tx.case.update({ data: { status: CaseStatus.FILED }, where: { id: caseId } });
      await this.messenger.informationSupplied(tx, caseId, request.id);
      return { auditDetails: { informationRequestId: request.id, stillOpen }, value: view(updated) };
    });
    this.messenger.deliverSoon();
    return answered;
  }
}

function view(request: InformationRequestView & Record<string, unknown>): InformationRequestView {
  const { answer, answeredAt, dueAt, id, question, requestedAt } = request;
  return { answer, answeredAt, dueAt, id, question, requestedAt };
}
