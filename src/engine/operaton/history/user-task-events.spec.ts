import { UserTaskEventRow, userTaskOf, userTaskState } from './user-task-events';

function anEvent(overrides: Partial<UserTaskEventRow> = {}): UserTaskEventRow {
  return {
    activity_instance_id: 'Task_Review:aa22f3be-eee3-11f1-9b98-02fc00000001',
    assignee: null,
    candidate_groups: ['chair'],
    created_at: new Date('2026-12-03T06:35:00.475Z'),
    due_date: new Date('2027-01-06T22:59:59Z'),
    event: 'create',
    form_key: 'jbt:review',
    name: 'Beoordelen',
    occurred_at: new Date('2026-12-03T06:35:00.539Z'),
    priority: 50,
    process_definition_id: 'hist-child:1:98155e70-eee3-11f1-9b98-02fc00000001',
    process_definition_key: 'hist-child',
    process_instance_id: 'aa301226-eee3-11f1-9b98-02fc00000001',
    root_process_instance_id: 'a6ac1c3c-eee3-11f1-9b98-02fc00000001',
    task_definition_key: 'Task_Review',
    task_id: 'aa253cb1-eee3-11f1-9b98-02fc00000001',
    ...overrides,
  };
}

describe('A user-task event as the task list reads it', () => {
  it('says open, assigned, completed or cancelled from the event and the assignee', () => {
    expect(userTaskState('create', null)).toBe('CREATED');
    expect(userTaskState('create', 'u1')).toBe('ASSIGNED');
    expect(userTaskState('assignment', 'u1')).toBe('ASSIGNED');
    expect(userTaskState('assignment', null)).toBe('CREATED');
    expect(userTaskState('update', 'u1')).toBe('ASSIGNED');
    expect(userTaskState('complete', 'u1')).toBe('COMPLETED');
    expect(userTaskState('delete', null)).toBe('CANCELED');
  });

  it('carries the task, its element instance, its definition and the root of its instance tree', () => {
    // Given the creation of a task in a called process
    const task = userTaskOf(anEvent(), 'Beoordelen', '753000000000001');
    // Then the keys are the engine's ids, and the case's instance is the root
    expect(task).toEqual({
      assignee: null,
      bpmnProcessId: 'hist-child',
      candidateGroups: ['chair'],
      completionDate: null,
      creationDate: '2026-12-03T06:35:00.475Z',
      dueDate: '2027-01-06T22:59:59.000Z',
      elementId: 'Task_Review',
      elementInstanceKey: 'Task_Review:aa22f3be-eee3-11f1-9b98-02fc00000001',
      elementName: 'Beoordelen',
      formKey: 'jbt:review',
      key: 'aa253cb1-eee3-11f1-9b98-02fc00000001',
      position: '753000000000001',
      priority: 50,
      processDefinitionKey: 'hist-child:1:98155e70-eee3-11f1-9b98-02fc00000001',
      processInstanceKey: 'aa301226-eee3-11f1-9b98-02fc00000001',
      rootProcessInstanceKey: 'a6ac1c3c-eee3-11f1-9b98-02fc00000001',
      state: 'CREATED',
    });
  });

  it('dates a completion or cancellation by the event, and a top-level task is its own root', () => {
    const completed = userTaskOf(anEvent({ event: 'complete', occurred_at: new Date('2026-12-03T07:00:00Z'), root_process_instance_id: null }), 'Beoordelen', '1');
    expect(completed).toMatchObject({ completionDate: '2026-12-03T07:00:00.000Z', rootProcessInstanceKey: 'aa301226-eee3-11f1-9b98-02fc00000001', state: 'COMPLETED' });
    expect(userTaskOf(anEvent({ event: 'delete' }), 'Beoordelen', '2').completionDate).toBe('2026-12-03T06:35:00.539Z');
    expect(userTaskOf(anEvent({ event: 'update', assignee: 'u1' }), 'Beoordelen', '3').completionDate).toBeNull();
  });
});
