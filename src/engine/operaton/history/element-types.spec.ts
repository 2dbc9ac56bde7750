import { activityIdsOf, elementIdOf, elementTypeOf, elementTypeOfKind, NOT_A_STEP_TYPES } from './element-types';

describe('Operaton activity types in the read model\'s words', () => {
  it('maps the types Operaton 1.0.3 writes for our models onto neutral element types', () => {
    // Given the activity types seen in ACT_HI_ACTINST for tasks, gateways, events and containers
    const seen: Record<string, string> = {
      boundaryError: 'BOUNDARY_EVENT',
      boundaryEscalation: 'BOUNDARY_EVENT',
      boundaryTimer: 'BOUNDARY_EVENT',
      callActivity: 'CALL_ACTIVITY',
      eventBasedGateway: 'EVENT_BASED_GATEWAY',
      exclusiveGateway: 'EXCLUSIVE_GATEWAY',
      intermediateEscalationThrowEvent: 'INTERMEDIATE_THROW_EVENT',
      intermediateMessageCatch: 'INTERMEDIATE_CATCH_EVENT',
      intermediateTimer: 'INTERMEDIATE_CATCH_EVENT',
      messageStartEvent: 'START_EVENT',
      multiInstanceBody: 'MULTI_INSTANCE_BODY',
      noneEndEvent: 'END_EVENT',
      parallelGateway: 'PARALLEL_GATEWAY',
      receiveTask: 'RECEIVE_TASK',
      serviceTask: 'SERVICE_TASK',
      startEvent: 'START_EVENT',
      subProcess: 'SUB_PROCESS',
      terminateEndEvent: 'END_EVENT',
      userTask: 'USER_TASK',
    };
    // When each is mapped, then it gets its neutral type
    for (const [activityType, expected] of Object.entries(seen)) expect([activityType, elementTypeOf(activityType)]).toEqual([activityType, expected]);
  });

  it('calls a sub-process an event sub-process when the model says it is triggered by an event', () => {
    expect(elementTypeOf('subProcess', true)).toBe('EVENT_SUB_PROCESS');
    expect(elementTypeOf('subProcess', false)).toBe('SUB_PROCESS');
    expect(elementTypeOf('callActivity', true)).toBe('CALL_ACTIVITY');
  });

  it('reports a type it does not know as OTHER', () => {
    expect(elementTypeOf('somethingNew')).toBe('OTHER');
    expect(elementTypeOf('complexGateway')).toBe('OTHER');
  });

  it('gives a multi-instance body the id of its element, and finds both by the element id', () => {
    expect(elementIdOf('Task_HearChild#multiInstanceBody')).toBe('Task_HearChild');
    expect(elementIdOf('Task_HearChild')).toBe('Task_HearChild');
    expect(activityIdsOf('Task_HearChild')).toEqual(['Task_HearChild', 'Task_HearChild#multiInstanceBody']);
  });

  it('never counts containers or waiting joins as a step where a case stands', () => {
    expect(NOT_A_STEP_TYPES).toEqual(expect.arrayContaining(['callActivity', 'multiInstanceBody', 'subProcess', 'parallelGateway', 'inclusiveGateway']));
    expect(NOT_A_STEP_TYPES).not.toContain('eventBasedGateway');
    expect(NOT_A_STEP_TYPES).not.toContain('userTask');
  });

  it('types a step from the model when the engine has not entered it yet', () => {
    expect(elementTypeOfKind('ServiceTask')).toBe('SERVICE_TASK');
    expect(elementTypeOfKind('SubProcess', true)).toBe('EVENT_SUB_PROCESS');
    expect(elementTypeOfKind(undefined)).toBe('OTHER');
  });
});
