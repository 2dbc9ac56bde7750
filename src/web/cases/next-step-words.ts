import { roleName } from '../auth/roles';
import { format } from '../i18n/i18n';
import type { Messages } from '../i18n/messages';
import type { NextStep } from './cases.api';
import { spokenDate, type CaseTexts } from './case-texts';

/**
 * One step in a sentence: who acts and by when ("De secretaris plant nu het tafelgesprek; uiterlijk
 * 12 december"), what the referrer must supply, when the meeting is, what the process waits for.
 */
export function stepSentence(step: NextStep, t: CaseTexts, messages: Messages, language: string): string {
  switch (step.kind) {
    case 'TASK': {
      const role = step.role ? roleName(step.role, messages) : t.next.someone;
      const what = t.next.tasks[step.elementId] ?? format(t.next.task, { role, task: step.name });
      const holder = step.assignee ? format(t.next.holder, { name: step.assignee.displayName }) : '';
      const due = step.dueAt ? format(t.next.due, { date: spokenDate(step.dueAt, language) }) : '';
      return `${what}${holder}${due}.`;
    }
    case 'INFORMATION':
      return `${t.next.information}${step.dueAt ? format(t.next.due, { date: spokenDate(step.dueAt, language) }) : ''}.`;
    case 'MEETING':
      return `${format(t.next.meeting, { date: spokenDate(step.at, language) })}.`;
    case 'WAITING': {
      const date = spokenDate(step.until, language);
      const known = t.next.waits[step.elementId];
      return `${known ? format(known, { date }) : format(t.next.wait, { date, name: step.name })}.`;
    }
    case 'DONE':
      return t.next.done[step.status] ?? t.next.none;
  }
}
