import { Injectable, Logger } from '@nestjs/common';
import { MESSAGE_CONTRACTS, MessageName } from '../engine/process-catalog';
import { ProcessEngine } from '../engine/process-engine.port';

/**
 * Tells a case's process what happened in the API, after the change is committed. The database is
 * the truth: a message that cannot be published is logged, and workers read the case's state anyway
 * (a withdrawn referral ends the route at the next worker). Message ids make a repeat harmless.
 */
@Injectable()
export class CaseProcessMessenger {
  private readonly logger = new Logger('CaseProcessMessenger');

  constructor(private readonly engine: ProcessEngine) {}

  informationSupplied(caseId: string, informationRequestId: string): Promise<void> {
    return this.publish(MessageName.InformationSupplied, caseId, `information-supplied:${informationRequestId}`);
  }

  referralWithdrawn(caseId: string): Promise<void> {
    return this.publish(MessageName.ReferralWithdrawn, caseId, `referral-withdrawn:${caseId}`);
  }

  private async publish(name: MessageName, caseId: string, messageId: string): Promise<void> {
    try {
      await this.engine.publishMessage({ correlationKey: caseId, messageId, name, timeToLiveMs: MESSAGE_CONTRACTS[name].timeToLiveMs });
    } catch (error) {
      this.logger.warn(`Could not publish ${name} for case ${caseId}: ${(error as Error).message}`);
    }
  }
}
