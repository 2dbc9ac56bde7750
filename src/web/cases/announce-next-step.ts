import { format } from '../i18n/i18n';
import type { Messages } from '../i18n/messages';
import { casesApi, type NextStep } from './cases.api';
import type { CaseTexts } from './case-texts';
import { stepSentence } from './next-step-words';

/** How often and how long to ask while the process moves on after a completed task. */
const POLL_MS = 400;
const GIVE_UP_MS = 12_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * After a task is completed: asks the case's next step until the process is at rest (a worker may
 * still be seeking a slot or computing deadlines), then says who acts next and by when. Runs on
 * after the page has moved on: the notice appears wherever the user is.
 */
export async function announceNextStep(
  caseId: string,
  completedTaskId: string,
  say: (text: string) => void,
  words: { language: string; messages: Messages; t: CaseTexts },
): Promise<void> {
  const until = Date.now() + GIVE_UP_MS;
  let step: NextStep | undefined;
  for (;;) {
    try {
      const next = await casesApi.nextStep(caseId);
      step = next.steps.find((candidate) => !(candidate.kind === 'TASK' && candidate.taskId === completedTaskId));
      if (next.settled) break;
    } catch {
      return;
    }
    if (Date.now() > until) {
      say(format(words.t.next.whatNow, { step: words.t.next.busy }));
      return;
    }
    await pause(POLL_MS);
  }
  say(format(words.t.next.whatNow, { step: step ? stepSentence(step, words.t, words.messages, words.language) : words.t.next.none }));
}
