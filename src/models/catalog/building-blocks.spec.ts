import { buildingBlocksOf, REMINDER_DURATION } from './building-blocks';

describe('buildingBlocksOf', () => {
  const catalog = {
    errors: new Set<string>(),
    escalations: new Set<string>(),
    messages: new Set<string>(),
    roles: new Set(['chair', 'secretary']),
    taskTypes: new Set(['jbt.report.send', 'jbt.report.remind']),
  };
  const labels = {
    roles: { chair: 'Voorzitter', 'raad-worker': 'Medewerker Raad' },
    taskTypes: { 'jbt.report.draft': { label: 'Verslag opstellen' }, 'jbt.report.send': { label: 'Verslag naar ouders en verzoeker' } },
    userTasks: [
      { candidateGroup: 'chair', dueDateVariable: 'reportApprovalDueAt', formKey: 'jbt:report-approval', label: 'Verslag goedkeuren' },
      { candidateGroup: 'raad-worker', dueDateVariable: 'raadAdviceDueAt', formKey: 'jbt:raad-advice', label: 'Raadsadvies vooraf geven' },
    ],
  };

  it('offers a service task per task type with a worker, named in Dutch, and none for types without one', () => {
    // Given two task types with a worker, one of them without a Dutch label, and a labelled one without a worker
    // When the palette is built
    const services = buildingBlocksOf(catalog, labels).filter((block) => block.group === 'service');

    // Then each worker's type is an external task of that topic, and the type without a worker is absent
    expect(services.map((block) => block.element)).toEqual([
      { attributes: { 'camunda:topic': 'jbt.report.remind', 'camunda:type': 'external' }, kind: 'service-task', name: 'jbt.report.remind', taskType: 'jbt.report.remind' },
      { attributes: { 'camunda:topic': 'jbt.report.send', 'camunda:type': 'external' }, kind: 'service-task', name: 'Verslag naar ouders en verzoeker', taskType: 'jbt.report.send' },
    ]);
  });

  it('offers the user tasks of known roles with their form and due date, a reminder and an end', () => {
    // Given user tasks of a known and an unknown role
    // When the palette is built
    const blocks = buildingBlocksOf(catalog, labels);

    // Then the known role's task carries the dialect's attributes, its due date as an expression
    expect(blocks.filter((block) => block.group === 'people').map((block) => block.element)).toEqual([
      {
        attributes: { 'camunda:candidateGroups': 'chair', 'camunda:dueDate': '${reportApprovalDueAt}', 'camunda:formKey': 'jbt:report-approval' },
        candidateGroup: 'chair',
        dueDate: '${reportApprovalDueAt}',
        formKey: 'jbt:report-approval',
        kind: 'user-task',
        name: 'Verslag goedkeuren',
      },
    ]);
    expect(blocks.filter((block) => block.group === 'flow').map((block) => block.element)).toEqual([
      { kind: 'timer', name: 'Herinnering', timeDuration: REMINDER_DURATION },
      { kind: 'end-event', name: 'Einde' },
    ]);
  });
});
