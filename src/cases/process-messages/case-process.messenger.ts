import { Injectable } from '@nestjs/common';
import { MESSAGE_CONTRACTS, MessageName } from '../../engine/process-catalog';
import { EngineVariables } from '../../engine/engine.types';
import { Prisma } from '../../generated/prisma/client';
import { ProcessMessageDispatcher } from './process-message.dispatcher';

type Tx = Prisma.TransactionClient;

/**
 * Tells a case's process what happened in the API. Each message is written in the transaction of the
 * change it reports (so a committed change always has its message, and a rolled-back one none), then
 * delivered by the dispatcher: at once when an instance waits for it, later when one starts waiting
 * within the message's time to live (MESSAGE_CONTRACTS), since the engine keeps nothing for later.
 * Message ids make a repeat harmless.
 */
@Injectable()
export class CaseProcessMessenger {
  constructor(private readonly dispatcher: ProcessMessageDispatcher) {}

  agreementMarked(tx: Tx, caseId: string, agreementId: string, markId: string, agreementState: string): Promise<void> {
    return this.enqueue(tx, MessageName.AgreementMarked, caseId, agreementId, `agreement-marked:${markId}`, { agreementState });
  }

  evaluationBroughtForward(tx: Tx, caseId: string, tableReturnId: string): Promise<void> {
    return this.enqueue(tx, MessageName.EvaluationBroughtForward, caseId, caseId, `evaluation-brought-forward:${tableReturnId}`);
  }

  informationSupplied(tx: Tx, caseId: string, informationRequestId: string): Promise<void> {
    return this.enqueue(tx, MessageName.InformationSupplied, caseId, caseId, `information-supplied:${informationRequestId}`);
  }

  referralWithdrawn(tx: Tx, caseId: string): Promise<void> {
    return this.enqueue(tx, MessageName.ReferralWithdrawn, caseId, caseId, `referral-withdrawn:${caseId}`);
  }

  reportReactionReceived(tx: Tx, caseId: string, decisionId: string, reactionId: string): Promise<void> {
    return this.enqueue(tx, MessageName.ReportReactionReceived, caseId, decisionId, `report-reaction:${reactionId}`, { reactionId });
  }

  /** Starts delivering what was enqueued; call after the transaction committed. */
  deliverSoon(): void {
    this.dispatcher.deliverSoon();
  }

  private async enqueue(tx: Tx, name: MessageName, caseId: string, correlationValue: string, messageId: string, variables: EngineVariables = {}): Promise<void> {
    const contract = MESSAGE_CONTRACTS[name];
    await tx.processMessage.createMany({
      data: [{
        caseId,
        correlationName: contract.correlationKey,
        correlationValue,
        expiresAt: new Date(Date.now() + contract.timeToLiveMs),
        messageId,
        name,
        variables,
      }],
      skipDuplicates: true,
    });
  }
}
