import { OutboxDispatcher } from '../../src/mail/outbox-dispatcher.service';
import { TestApp } from './test-app';

/** Sends everything due in the outbox now, as the dispatcher's rounds would, and gives how many went. */
export async function dispatchOutbox(subject: TestApp): Promise<number> {
  const dispatcher = subject.app.get(OutboxDispatcher);
  let total = 0;
  for (let round = 0; round < 50; round++) {
    const claimed = await dispatcher.dispatchDue();
    total += claimed;
    if (claimed === 0) break;
  }
  return total;
}
