import { format, useI18n } from '../i18n/i18n';
import { formText } from './form-texts';
import { formatDateTime } from './task-texts';

/** Facts that are dates, in the order they are shown after the reason. */
const DATES = ['planningDeadlineAt', 'proposedSlotAt', 'earlierSlotAt'] as const;

/**
 * The facts a person decides by, above a form's fields (TaskDetail.form.context): why the escalation
 * came, the norm date and the slot in question, and the reason the table gave for a later slot.
 */
export function FormFacts({ facts, formKey }: { facts: Record<string, string | null>; formKey: string }) {
  const { language } = useI18n();
  const words = formText(language, formKey).facts;
  if (!words || Object.values(facts).every((value) => value === null || value === undefined)) return null;
  const reason = facts.escalationReason ? words[facts.escalationReason] : undefined;
  return (
    <section className="form-facts" aria-labelledby="taakfeiten-titel">
      <h3 id="taakfeiten-titel">{words.title}</h3>
      {reason && <p>{reason}</p>}
      {DATES.filter((name) => facts[name]).map((name) => (
        <p key={name}>{format(words[name], { date: formatDateTime(facts[name]!, language) })}</p>
      ))}
      {facts.beyondNormReason && <p>{format(words.beyondNormReason, { text: facts.beyondNormReason })}</p>}
    </section>
  );
}
