import { externalTaskAttributes, userTaskAttributes, variableExpression } from '../../engine/dialect';
import { ModelCatalog } from '../lint/model-catalog';

/** The Dutch names of the catalog's entries, and the user tasks a model may reuse. */
export interface CatalogLabels {
  roles: Record<string, string>;
  taskTypes: Record<string, { label: string }>;
  userTasks: { candidateGroup: string; dueDateVariable: string; formKey: string; label: string }[];
}

/**
 * A ready-made element of this service: a process owner picks "Verslag naar ouders en verzoeker" and
 * gets a service task with the right task type, instead of typing one. The modeler turns `element`
 * into a shape and sets `attributes` on it as they are: the engine dialect's names and values
 * (`camunda:topic`, `camunda:dueDate`...), made by src/engine/dialect, so that the modeler needs
 * no knowledge of the dialect. The plain fields say the same for people and for older clients.
 */
export interface BuildingBlock {
  description: string;
  element:
    | { kind: 'end-event'; name: string }
    | { attributes: Record<string, string>; kind: 'service-task'; name: string; taskType: string }
    | { kind: 'timer'; name: string; timeDuration: string }
    | { attributes: Record<string, string>; candidateGroup: string; dueDate: string; formKey: string; kind: 'user-task'; name: string };
  /** The palette's groups: "Stappen van de dienst", "Taken voor mensen", "Wachten en einde". */
  group: 'service' | 'people' | 'flow';
  id: string;
  label: string;
}

/** The reminder's default wait: five days, as ISO 8601 (the process owner may change it). */
export const REMINDER_DURATION = 'P5D';

/**
 * The palette: a service task per task type that has a worker here, the catalog's user tasks (with
 * their form, role and due date), a reminder timer and an end event. Task types without a worker are
 * left out: a block must never produce a model the guard refuses.
 */
export function buildingBlocksOf(catalog: ModelCatalog, labels: CatalogLabels): BuildingBlock[] {
  const services = [...catalog.taskTypes].sort().map((taskType): BuildingBlock => {
    const label = labels.taskTypes[taskType]?.label ?? taskType;
    return {
      description: `Servicetaak van de dienst (taaktype ${taskType})`,
      element: { attributes: externalTaskAttributes(taskType), kind: 'service-task', name: label, taskType },
      group: 'service',
      id: `service-task:${taskType}`,
      label,
    };
  });
  const people = [...new Map(labels.userTasks.map((task) => [task.formKey, task])).values()]
    .filter((task) => catalog.roles.has(task.candidateGroup))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'))
    .map(
      (task): BuildingBlock => ({
        description: `Taak voor ${labels.roles[task.candidateGroup]?.toLowerCase() ?? task.candidateGroup}, met formulier ${task.formKey} en termijn ${task.dueDateVariable}`,
        element: {
          attributes: userTaskAttributes({ candidateGroups: task.candidateGroup, dueDateVariable: task.dueDateVariable, formKey: task.formKey }),
          candidateGroup: task.candidateGroup,
          dueDate: variableExpression(task.dueDateVariable),
          formKey: task.formKey,
          kind: 'user-task',
          name: task.label,
        },
        group: 'people',
        id: `user-task:${task.formKey}`,
        label: task.label,
      }),
    );
  return [
    ...services,
    ...people,
    {
      description: 'Wacht een termijn af. Bij een geselecteerde taak: een herinnering die de taak laat doorlopen.',
      element: { kind: 'timer', name: 'Herinnering', timeDuration: REMINDER_DURATION },
      group: 'flow',
      id: 'timer:reminder',
      label: 'Herinnering',
    },
    { description: 'Beëindigt deze route van het proces.', element: { kind: 'end-event', name: 'Einde' }, group: 'flow', id: 'end-event', label: 'Einde' },
  ];
}
