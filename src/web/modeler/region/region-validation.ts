import type { ModelerMessages } from '../i18n/nl';
import type { RegionSettings } from './regions.api';

/** One problem of the form: the field's path in the settings (as the service names it) and the Dutch message. */
export interface FormProblem {
  field: string;
  message: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+0-9 ()-]{6,20}$/;

/** The id of a field's input, from its path: tables.0.schedule.1.startTime → rs-tables-0-schedule-1-startTime. */
export const fieldId = (path: string) => `rs-${path.replace(/\./g, '-')}`;

/**
 * The service's rules, checked before sending so that the form speaks Dutch and names every field at
 * once; the service checks them again and its answer is mapped onto the same fields.
 */
export function validateSettings(settings: RegionSettings, comment: string, m: ModelerMessages): FormProblem[] {
  const r = m.region.errors;
  const problems: FormProblem[] = [];
  const whole = (field: string, value: number, min: number, max: number, message: string) => {
    if (!Number.isInteger(value) || value < min || value > max) problems.push({ field, message });
  };
  whole('normDays', settings.normDays, 1, 60, r.normDays);
  whole('normWarningWorkingDays', settings.normWarningWorkingDays, 1, Math.min(30, settings.normDays - 1), r.normWarningWorkingDays);
  whole('reactionPeriodDays', settings.reactionPeriodDays, 1, 60, r.reactionPeriodDays);
  whole('reportDueWorkingDays', settings.reportDueWorkingDays, 1, 30, r.reportDueWorkingDays);
  whole('childHeardMinAge', settings.childHeardMinAge, 4, 18, r.childHeardMinAge);
  whole('childDocumentsMinAge', settings.childDocumentsMinAge, 12, 18, r.childDocumentsMinAge);
  whole('familyPageChildMinAge', settings.familyPageChildMinAge, Math.max(12, settings.childHeardMinAge), 18, r.familyPageChildMinAge);
  settings.tables.forEach((table, t) => {
    const seen = new Set<string>();
    table.schedule.forEach((entry, e) => {
      const path = `tables.${t}.schedule.${e}`;
      if (!TIME.test(entry.startTime)) problems.push({ field: `${path}.startTime`, message: r.startTime });
      else if (seen.has(`${entry.weekday} ${entry.startTime}`)) problems.push({ field: `${path}.startTime`, message: r.duplicateSlot });
      seen.add(`${entry.weekday} ${entry.startTime}`);
      whole(`${path}.durationMinutes`, entry.durationMinutes, 15, 480, r.duration);
    });
    const named = new Set<string>();
    table.neighbours.forEach((neighbour, n) => {
      const path = `tables.${t}.neighbours.${n}`;
      if (!neighbour.tableId) problems.push({ field: `${path}.tableId`, message: r.neighbourMissing });
      else if (neighbour.tableId === table.id) problems.push({ field: `${path}.tableId`, message: r.neighbourSelf });
      else if (named.has(neighbour.tableId)) problems.push({ field: `${path}.tableId`, message: r.neighbourTwice });
      named.add(neighbour.tableId);
      whole(`${path}.priority`, neighbour.priority, 1, 99, r.priority);
    });
  });
  settings.municipalities.forEach((municipality, m2) => {
    municipality.contacts.forEach((contact, c) => {
      const path = `municipalities.${m2}.contacts.${c}`;
      if (!contact.name.trim()) problems.push({ field: `${path}.name`, message: r.contactName });
      if (!EMAIL.test(contact.email.trim())) problems.push({ field: `${path}.email`, message: r.contactEmail });
      if (contact.phone?.trim() && !PHONE.test(contact.phone.trim())) problems.push({ field: `${path}.phone`, message: r.contactPhone });
    });
  });
  if (!comment.trim()) problems.push({ field: 'comment', message: r.comment });
  return problems;
}

/** A field problem the service found, in Dutch: by the rule it names, else by the kind of field. */
export function serviceProblem(field: string, reason: string, m: ModelerMessages): FormProblem {
  const r = m.region.errors;
  const last = field.split('.').pop() ?? field;
  if (/already meets/.test(reason)) return { field, message: r.duplicateSlot };
  if (/own neighbour/.test(reason)) return { field, message: r.neighbourSelf };
  if (/already listed/.test(reason)) return { field, message: r.neighbourTwice };
  if (/received escalations/.test(reason)) return { field, message: `${r.contactEscalated} (${reason.split(' received')[0]})` };
  const byField: Record<string, string> = {
    childDocumentsMinAge: r.childDocumentsMinAge,
    childHeardMinAge: r.childHeardMinAge,
    familyPageChildMinAge: r.familyPageChildMinAge,
    comment: r.comment,
    durationMinutes: r.duration,
    email: r.contactEmail,
    name: r.contactName,
    normDays: r.normDays,
    normWarningWorkingDays: r.normWarningWorkingDays,
    phone: r.contactPhone,
    priority: r.priority,
    reactionPeriodDays: r.reactionPeriodDays,
    reportDueWorkingDays: r.reportDueWorkingDays,
    startTime: r.startTime,
    tableId: r.neighbourMissing,
  };
  return { field, message: byField[last] ?? r.other };
}
