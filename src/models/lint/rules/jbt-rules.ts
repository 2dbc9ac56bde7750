import type { ModdleElement } from '../bpmn-parser';
import { ModelCatalog } from '../model-catalog';
import { candidateRoles, extension, isA } from './extension-elements';
import { invalidTemporalLiterals, temporalValues } from './temporal-literals';

interface Reporter {
  report(id: string, message: string): void;
}
type Rule = () => { check(node: ModdleElement, reporter: Reporter): void };

/**
 * Words in variable names that suggest personal data, which must never enter the engine
 * (design.md decision 3). Dutch and English; matched as whole parts of camelCase or snake_case names.
 */
const PERSONAL_DATA_WORDS = [
  'address', 'adres', 'bsn', 'birth', 'birthdate', 'dob', 'email', 'firstname', 'geboorte', 'geboortedatum', 'lastname',
  'mail', 'name', 'naam', 'phone', 'postcode', 'street', 'straat', 'surname', 'telefoon', 'voornaam', 'achternaam',
  'comment', 'description', 'note', 'notes', 'opmerking', 'remark', 'text', 'tekst', 'toelichting',
];

export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .map((word) => word.toLowerCase())
    .filter(Boolean);
}

export function suggestsPersonalData(name: string): boolean {
  const lower = name.toLowerCase();
  return wordsOf(name).some((word) => PERSONAL_DATA_WORDS.includes(word)) || /(^|_)(bsn|naam)/.test(lower);
}

/** The JBT rules as bpmnlint rule factories bound to a catalog. */
export function jbtRules(catalog: ModelCatalog): Record<string, Rule> {
  const known = (set: ReadonlySet<string>) => [...set].sort().join(', ');
  return {
    'known-errors': () => ({
      check(node, reporter) {
        if (isA(node, 'bpmn:Error') && !catalog.errors.has(node.errorCode ?? '')) {
          reporter.report(node.id, `Error code "${node.errorCode ?? ''}" is not one of the known codes (${known(catalog.errors)})`);
        }
      },
    }),
    'known-escalations': () => ({
      check(node, reporter) {
        if (isA(node, 'bpmn:Escalation') && !catalog.escalations.has(node.escalationCode ?? '')) {
          reporter.report(node.id, `Escalation code "${node.escalationCode ?? ''}" is not one of the known codes (${known(catalog.escalations)})`);
        }
      },
    }),
    'known-messages': () => ({
      check(node, reporter) {
        if (isA(node, 'bpmn:Message') && !catalog.messages.has(node.name ?? '')) {
          reporter.report(node.id, `Message "${node.name ?? ''}" is not one of the known messages (${known(catalog.messages)})`);
        }
      },
    }),
    'known-task-types': () => ({
      check(node, reporter) {
        if (!isA(node, 'bpmn:ServiceTask') && !isA(node, 'bpmn:SendTask') && !isA(node, 'bpmn:BusinessRuleTask')) return;
        const type = extension(node, 'zeebe:TaskDefinition')?.type;
        if (!type) reporter.report(node.id, 'A service task needs a task type (zeebe:taskDefinition)');
        else if (!catalog.taskTypes.has(type)) reporter.report(node.id, `Task type "${type}" has no worker in this service`);
      },
    }),
    'no-personal-data-variables': () => ({
      check(node, reporter) {
        const io = extension(node, 'zeebe:IoMapping');
        const names = [
          ...(io?.inputParameters ?? []).map((parameter: ModdleElement) => parameter.target),
          ...(io?.outputParameters ?? []).map((parameter: ModdleElement) => parameter.target),
          extension(node, 'zeebe:Subscription')?.correlationKey?.replace(/^=\s*/, ''),
          node.$type === 'bpmn:MultiInstanceLoopCharacteristics' ? extension(node, 'zeebe:LoopCharacteristics')?.inputElement : undefined,
        ].filter((name): name is string => typeof name === 'string' && name.length > 0);
        for (const name of names) {
          if (suggestsPersonalData(name)) {
            reporter.report(node.id, `Variable "${name}" looks like personal data; the engine may only hold ids, enums, dates, booleans and counts`);
          }
        }
      },
    }),
    'temporal-values': () => ({
      check(node, reporter) {
        for (const { kind, property, value } of temporalValues(node)) {
          for (const problem of invalidTemporalLiterals(value, kind)) reporter.report(node.id, `${property}: ${problem}`);
        }
      },
    }),
    'user-task-assignment': () => ({
      check(node, reporter) {
        if (!isA(node, 'bpmn:UserTask')) return;
        if (!extension(node, 'zeebe:UserTask')) {
          reporter.report(node.id, 'A user task must be a Camunda user task (zeebe:userTask), not a job-based one');
        }
        const roles = candidateRoles(extension(node, 'zeebe:AssignmentDefinition')?.candidateGroups);
        if (!roles || roles.length === 0) {
          reporter.report(node.id, 'A user task needs candidate groups: the roles that may do it');
          return;
        }
        const unknown = roles.filter((role) => !catalog.roles.has(role));
        if (unknown.length > 0) reporter.report(node.id, `Unknown role(s) ${unknown.join(', ')} in candidate groups (known: ${known(catalog.roles)})`);
      },
    }),
    'user-task-due-date': () => ({
      check(node, reporter) {
        if (isA(node, 'bpmn:UserTask') && !extension(node, 'zeebe:TaskSchedule')?.dueDate) {
          reporter.report(node.id, 'A user task needs a due date (zeebe:taskSchedule dueDate) from the service norms');
        }
      },
    }),
  };
}
