import { addWorkingDays, amsterdamInstant, endOfAmsterdamDay } from '../calendar/dutch-calendar';
import { AgreementPerformerKind, AgreementStatus, ParentRelation } from '../generated/prisma/enums';

/**
 * The table's norms for following an agreement (issue 13), as pure functions of dates so that a test
 * can pin them: an agreement is due at the end of its date; when nobody marked it by then, the one
 * who watches over it gets a task, due this many working days later.
 */
export const AGREEMENT_MARK_WORKING_DAYS = 3;

/** The norm in words, as the task, the case view and the deadline record say it. */
export const AGREEMENT_MARK_NORM = `Afspraak beoordelen binnen ${AGREEMENT_MARK_WORKING_DAYS} werkdagen na de afgesproken datum`;

/** The end of an agreement's date (a YYYY-MM-DD day in the Netherlands). */
export function agreementDueAt(dueOn: string): Date {
  return endOfAmsterdamDay(dueOn);
}

/** When the watcher's task is due: the norm's last working day after the date, at its end. */
export function agreementMarkDueAt(dueOn: string): Date {
  return endOfAmsterdamDay(addWorkingDays(dueOn, AGREEMENT_MARK_WORKING_DAYS));
}

/** The first moment of a day, to tell whether a date lies in the past. */
export function startOfDay(day: string): Date {
  return amsterdamInstant(day, '00:00');
}

/** States in which an agreement is still followed; KEPT and NOT_KEPT settle it. */
export const FOLLOWED_STATES: readonly AgreementStatus[] = [AgreementStatus.OPEN, AgreementStatus.CHANGED];

const RELATION_WORDS: Readonly<Record<ParentRelation, string>> = {
  FATHER: 'vader',
  FOSTER_PARENT: 'pleegouder',
  GUARDIAN: 'voogd',
  MOTHER: 'moeder',
  OTHER: 'ouder',
};

/** Who carries an agreement out, in the words the report and the family page use. */
export function performerWords(performer:
  | { givenName: string; kind: typeof AgreementPerformerKind.CHILD }
  | { familyName: string; givenName: string; kind: typeof AgreementPerformerKind.PARENT; relation: ParentRelation }
  | { kind: typeof AgreementPerformerKind.PROFESSIONAL; name: string; organisation: string | null }): string {
  switch (performer.kind) {
    case AgreementPerformerKind.PARENT:
      return `${RELATION_WORDS[performer.relation]} ${performer.givenName} ${performer.familyName}`;
    case AgreementPerformerKind.CHILD:
      return performer.givenName;
    case AgreementPerformerKind.PROFESSIONAL:
      return performer.organisation && performer.organisation !== performer.name ? `${performer.name} (${performer.organisation})` : performer.name;
  }
}
