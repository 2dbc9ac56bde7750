/**
 * Dutch for the texts of bpmn-js's canvas that a process owner meets most: the palette and the
 * context pad. Texts not listed here stay English on the canvas; the properties panel is complete
 * (panel.nl.ts, camunda-platform.nl.ts, element-types.nl.ts).
 */
export const DIAGRAM_NL: Record<string, string> = {
  'Activate create/remove space tool': 'Ruimte maken of weghalen',
  'Activate global connect tool': 'Verbinden',
  'Activate hand tool': 'Verschuiven',
  'Activate lasso tool': 'Lasso: meerdere elementen kiezen',
  'Add text annotation': 'Notitie toevoegen',
  'Append end event': 'Eindgebeurtenis toevoegen',
  'Append gateway': 'Keuze toevoegen',
  'Append intermediate/boundary event': 'Tussengebeurtenis toevoegen',
  'Append task': 'Taak toevoegen',
  'Change element': 'Element wijzigen',
  'Connect using association': 'Verbinden met associatie',
  'Connect using sequence/message flow or association': 'Verbinden met pijl of associatie',
  'Create data object reference': 'Gegevensobject maken',
  'Create data store reference': 'Gegevensopslag maken',
  'Create end event': 'Eindgebeurtenis maken',
  'Create expanded sub-process': 'Subproces maken',
  'Create gateway': 'Keuze maken',
  'Create group': 'Groep maken',
  'Create intermediate/boundary event': 'Tussengebeurtenis maken',
  'Create pool/participant': 'Pool maken',
  'Create start event': 'Startgebeurtenis maken',
  'Create task': 'Taak maken',
  // Also the "delete" event of a task listener in the properties panel.
  Delete: 'Verwijderen',
};
