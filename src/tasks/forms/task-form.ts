import { Prisma } from '../../generated/prisma/client';
import { EngineVariables } from '../../engine/engine.types';
import type { FieldProblem } from '../../http/bad-request';

/** How a field is entered; the web app draws each kind the same way on every form. */
export type FormFieldKind = 'agreements' | 'boolean' | 'choice' | 'count' | 'date' | 'multichoice' | 'text' | 'textarea';

/**
 * A condition on another field's value: it equals one value, or one of several, or the chosen
 * option of a case-dependent choice carries a mark (e.g. a slot beyond the norm that needs a reason).
 */
export type FieldCondition = { equals: boolean | string; field: string } | { field: string; oneOf: readonly string[] } | { field: string; optionMarked: string };

/**
 * One field of a task form, as the web app needs it to draw the field and to word a server-side
 * validation problem in Dutch. The rules mirror the form's class-validator DTO, which is what the
 * server enforces; a unit test keeps the field names of both in step.
 */
export interface FormField {
  /** The choices are the case's own (children, slots): the server sends them with the task. */
  dynamicOptions?: boolean;
  kind: FormFieldKind;
  maxLength?: number;
  name: string;
  /** The values of a choice whose values are fixed; the web app words them. */
  options?: readonly string[];
  /** true, false, or only when another field has a value. */
  required: boolean | FieldCondition;
  /** Shown (and sent) only when another field has a value. */
  visibleWhen?: FieldCondition;
}

/** Facts shown with a form, by name: enum values and ISO date-times the web app words, or a text from the case record. */
export type FormFacts = Partial<Record<string, string | null>>;

/** Starting values of a form's fields, by field name. */
export type FormDefaults = Partial<Record<string, boolean | number | string | string[]>>;

/** A choice that depends on the case, with its label (a name or a date, not translated). */
export interface ChoiceOption {
  label: string;
  /** What the web app says beside the choice and what conditions of other fields test (optionMarked), e.g. withinNorm. */
  marks?: string[];
  value: string;
}

/** What a form may read and write while its task is completed, inside the completion's transaction. */
export interface FormContext {
  actorId: string;
  caseId: string;
  /** The variables of the task's process instance as the engine holds them (read once, on demand). */
  engineVariables(): Promise<Record<string, unknown>>;
  now: Date;
  taskId: string;
  tx: Prisma.TransactionClient;
}

/** What a completed form leaves: the engine's variables, and the free text kept in the case record. */
export interface FormOutcome {
  /** Facts the completion's audit row (COMPLETE_TASK) records besides the form key and variable names. */
  auditDetails?: Record<string, boolean | number | string | null>;
  texts: Record<string, string>;
  /** Takes back the records the form created, should the engine refuse the completion. */
  undo?: (tx: Prisma.TransactionClient) => Promise<void>;
  variables: EngineVariables;
}

/**
 * The form of one form key (a user task's `camunda:formKey`, listed in
 * src/engine/process-catalog/user-tasks.ts): the DTO the server validates a submission with, the
 * fields the web app draws, the case-dependent choices and starting values, and what a valid
 * submission does: the ids, enums, dates, booleans and counts for the engine (design.md decision 3),
 * the records it writes in the case record (a decision, a meeting held), and the free text it keeps.
 */
export interface TaskForm<T extends object = object> {
  /**
   * Problems the form finds before anything else (a slot that came too near since the page was
   * opened), with a reason that says why; the completion answers 400 with them.
   */
  check?(values: T, context: FormContext): Promise<FieldProblem[]>;
  complete(values: T, context: FormContext): Promise<FormOutcome>;
  /** Facts the person needs to decide (why an escalation came, the date the table chose), shown above the fields. */
  context?(context: FormContext): Promise<FormFacts>;
  /** Starting values, e.g. the slot the planning proposed or the counts the case record holds. */
  defaults?(context: FormContext): Promise<FormDefaults>;
  dto: new () => T;
  fields: readonly FormField[];
  key: string;
  /** The choices of the fields with dynamicOptions; a submission outside them is refused. */
  options?(context: FormContext): Promise<Record<string, ChoiceOption[]>>;
}

/** A form typed by its DTO, so that `complete` sees the validated values. */
export function defineForm<T extends object>(form: TaskForm<T>): TaskForm<T> {
  return form;
}

/** The free-text fields of a submission that have content, trimmed. */
export function textsOf<T extends object>(values: T, names: (keyof T & string)[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of names) {
    const value = values[name];
    if (typeof value === 'string' && value.trim() !== '') texts[name] = value.trim();
  }
  return texts;
}
