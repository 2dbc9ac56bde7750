/** Dutch for this service's tooltips in the properties panel (panel-tooltips.ts). */
export const PANEL_TOOLTIPS_NL: Record<string, string> = {
  'The form of the task list that this task opens, such as jbt:decision.': 'Het formulier uit de takenlijst dat deze taak opent, zoals jbt:decision.',
  'The roles that get the task, as this service names them (for example chair). Separate several roles with commas.': 'De rollen die de taak krijgen, zoals de dienst ze noemt (bijvoorbeeld chair). Meerdere rollen scheidt u met komma’s.',
  'The task type a worker of this service executes, such as jbt.report.send. The building blocks add service tasks with a task type the service knows.': 'Het taaktype dat een worker van de dienst uitvoert, zoals jbt.report.send. De bouwstenen voegen stappen toe met een taaktype dat de dienst kent.',
  'When the task is due: an expression with the process variable that holds the date, such as ${decisionDueAt}.': 'Wanneer de taak klaar moet zijn: een expressie met de procesvariabele die de datum bevat, zoals ${decisionDueAt}.',
};
