import { ElementType } from '../../engine.types';

/**
 * Operaton's activity types (ACT_HI_ACTINST.ACT_TYPE_, the constants of org.operaton.bpm.engine.ActivityTypes
 * in 1.0.3) in the read model's neutral words. Sub-processes are refined by the model: the engine
 * writes "subProcess" for event sub-processes too (see elementTypeOf).
 */
const ELEMENT_TYPES: Record<string, ElementType> = {
  adHocSubProcess: 'SUB_PROCESS',
  boundaryCompensation: 'BOUNDARY_EVENT',
  boundaryConditional: 'BOUNDARY_EVENT',
  boundaryError: 'BOUNDARY_EVENT',
  boundaryEscalation: 'BOUNDARY_EVENT',
  boundaryMessage: 'BOUNDARY_EVENT',
  boundarySignal: 'BOUNDARY_EVENT',
  boundaryTimer: 'BOUNDARY_EVENT',
  businessRuleTask: 'TASK',
  callActivity: 'CALL_ACTIVITY',
  cancelBoundaryCatch: 'BOUNDARY_EVENT',
  cancelEndEvent: 'END_EVENT',
  compensationBoundaryCatch: 'BOUNDARY_EVENT',
  compensationEndEvent: 'END_EVENT',
  compensationStartEvent: 'START_EVENT',
  complexGateway: 'OTHER',
  conditionalStartEvent: 'START_EVENT',
  errorEndEvent: 'END_EVENT',
  errorStartEvent: 'START_EVENT',
  escalationEndEvent: 'END_EVENT',
  escalationStartEvent: 'START_EVENT',
  eventBasedGateway: 'EVENT_BASED_GATEWAY',
  exclusiveGateway: 'EXCLUSIVE_GATEWAY',
  inclusiveGateway: 'INCLUSIVE_GATEWAY',
  intermediateCatchEvent: 'INTERMEDIATE_CATCH_EVENT',
  intermediateCompensationThrowEvent: 'INTERMEDIATE_THROW_EVENT',
  intermediateConditional: 'INTERMEDIATE_CATCH_EVENT',
  intermediateEscalationThrowEvent: 'INTERMEDIATE_THROW_EVENT',
  intermediateLinkCatch: 'INTERMEDIATE_CATCH_EVENT',
  intermediateMessageCatch: 'INTERMEDIATE_CATCH_EVENT',
  intermediateMessageThrowEvent: 'INTERMEDIATE_THROW_EVENT',
  intermediateNoneThrowEvent: 'INTERMEDIATE_THROW_EVENT',
  intermediateSignalCatch: 'INTERMEDIATE_CATCH_EVENT',
  intermediateSignalThrow: 'INTERMEDIATE_THROW_EVENT',
  intermediateThrowEvent: 'INTERMEDIATE_THROW_EVENT',
  intermediateTimer: 'INTERMEDIATE_CATCH_EVENT',
  manualTask: 'TASK',
  messageEndEvent: 'END_EVENT',
  messageStartEvent: 'START_EVENT',
  multiInstanceBody: 'MULTI_INSTANCE_BODY',
  noneEndEvent: 'END_EVENT',
  parallelGateway: 'PARALLEL_GATEWAY',
  receiveTask: 'RECEIVE_TASK',
  scriptTask: 'SCRIPT_TASK',
  sendTask: 'SEND_TASK',
  serviceTask: 'SERVICE_TASK',
  signalEndEvent: 'END_EVENT',
  signalStartEvent: 'START_EVENT',
  startEvent: 'START_EVENT',
  startTimerEvent: 'START_EVENT',
  subProcess: 'SUB_PROCESS',
  task: 'TASK',
  terminateEndEvent: 'END_EVENT',
  transaction: 'SUB_PROCESS',
  userTask: 'USER_TASK',
};

/**
 * Activity types that contain other steps. A case "stands" at the leaves (the task, the timer or the
 * message it waits for, also inside a called process), not at the sub-process around it.
 */
export const CONTAINER_ACTIVITY_TYPES = ['adHocSubProcess', 'callActivity', 'multiInstanceBody', 'subProcess', 'transaction'];

/**
 * Joining gateways wait in the engine's history (an activity instance without end) until every
 * branch arrives; the branches still running are where the case stands, not the join.
 */
export const WAITING_GATEWAY_TYPES = ['complexGateway', 'inclusiveGateway', 'parallelGateway'];

/** Activity types that are never a place where a case stands: containers and waiting joins. */
export const NOT_A_STEP_TYPES = [...CONTAINER_ACTIVITY_TYPES, ...WAITING_GATEWAY_TYPES];

/** The engine's id of a multi-instance body is the element's id with this suffix. */
export const MULTI_INSTANCE_SUFFIX = '#multiInstanceBody';

/** The model's element id of an activity (ACT_ID_): a multi-instance body carries the element's id with a suffix. */
export function elementIdOf(activityId: string): string {
  return activityId.endsWith(MULTI_INSTANCE_SUFFIX) ? activityId.slice(0, -MULTI_INSTANCE_SUFFIX.length) : activityId;
}

/** The ACT_ID_ values an element id stands for: itself and its multi-instance body. */
export function activityIdsOf(elementId: string): string[] {
  return [elementId, `${elementId}${MULTI_INSTANCE_SUFFIX}`];
}

/** An activity type in neutral words; `triggeredByEvent` comes from the model (event sub-processes). */
export function elementTypeOf(activityType: string, triggeredByEvent = false): ElementType {
  const type = ELEMENT_TYPES[activityType] ?? 'OTHER';
  return type === 'SUB_PROCESS' && triggeredByEvent && activityType === 'subProcess' ? 'EVENT_SUB_PROCESS' : type;
}

/** The model's BPMN element types (without namespace) in neutral words, for a step not yet recorded by the engine. */
const KIND_TYPES: Record<string, ElementType> = {
  BoundaryEvent: 'BOUNDARY_EVENT',
  BusinessRuleTask: 'TASK',
  CallActivity: 'CALL_ACTIVITY',
  EndEvent: 'END_EVENT',
  EventBasedGateway: 'EVENT_BASED_GATEWAY',
  ExclusiveGateway: 'EXCLUSIVE_GATEWAY',
  InclusiveGateway: 'INCLUSIVE_GATEWAY',
  IntermediateCatchEvent: 'INTERMEDIATE_CATCH_EVENT',
  IntermediateThrowEvent: 'INTERMEDIATE_THROW_EVENT',
  ManualTask: 'TASK',
  ParallelGateway: 'PARALLEL_GATEWAY',
  ReceiveTask: 'RECEIVE_TASK',
  ScriptTask: 'SCRIPT_TASK',
  SendTask: 'SEND_TASK',
  ServiceTask: 'SERVICE_TASK',
  StartEvent: 'START_EVENT',
  SubProcess: 'SUB_PROCESS',
  Task: 'TASK',
  UserTask: 'USER_TASK',
};

export function elementTypeOfKind(kind: string | undefined, triggeredByEvent = false): ElementType {
  const type = (kind ? KIND_TYPES[kind] : undefined) ?? 'OTHER';
  return type === 'SUB_PROCESS' && triggeredByEvent ? 'EVENT_SUB_PROCESS' : type;
}
