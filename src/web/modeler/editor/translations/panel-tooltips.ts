/**
 * Tooltips of this service for the fields of the Camunda 7 provider a process owner fills in most,
 * keyed by the provider's entry ids. The texts are English originals that go through the same
 * translation as the panel's own labels (panel-tooltips.nl.ts has their Dutch); the values are
 * examples from this service's catalog, so that a process owner sees what fits.
 */
export const PANEL_TOOLTIPS: Record<string, string> = {
  candidateGroups: 'The roles that get the task, as this service names them (for example chair). Separate several roles with commas.',
  dueDate: 'When the task is due: an expression with the process variable that holds the date, such as ${decisionDueAt}.',
  externalTopic: 'The task type a worker of this service executes, such as jbt.report.send. The building blocks add service tasks with a task type the service knows.',
  formKey: 'The form of the task list that this task opens, such as jbt:decision.',
  historyTimeToLive: 'Number of days before this resource is being cleaned up. If specified, takes precedence over the engine configuration.',
};

/** The properties panel's `tooltip` setting: per entry id, a function of the element that gives the text. */
export function panelTooltips(translate: (text: string) => string): Record<string, () => string> {
  return Object.fromEntries(Object.entries(PANEL_TOOLTIPS).map(([entryId, text]) => [entryId, () => translate(text)]));
}
