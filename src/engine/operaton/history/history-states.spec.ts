import { activityState, incidentState, incidentType, processState } from './history-states';

const ended = new Date('2026-12-03T06:35:00Z');

describe('Operaton states in the read model\'s words', () => {
  it('calls an activity without end time active, whatever its state column says', () => {
    expect(activityState(null, 0, 'userTask')).toBe('ACTIVE');
    expect(activityState(null, 2, 'userTask')).toBe('ACTIVE');
  });

  it('calls an ended activity terminated only when the engine cancelled it', () => {
    // Given the ACT_INST_STATE_ values Operaton writes: 0 default, 1 scope complete, 2 canceled, 4 ending
    expect(activityState(ended, 2, 'serviceTask')).toBe('TERMINATED');
    expect(activityState(ended, 1, 'noneEndEvent')).toBe('COMPLETED');
    expect(activityState(ended, 4, 'serviceTask')).toBe('COMPLETED');
    expect(activityState(ended, 0, 'parallelGateway')).toBe('COMPLETED');
    expect(activityState(ended, null, 'startEvent')).toBe('COMPLETED');
  });

  it('calls an event-based gateway completed when one of its events ended it', () => {
    expect(activityState(ended, 2, 'eventBasedGateway')).toBe('COMPLETED');
  });

  it('maps every process instance state, a suspended instance still running', () => {
    expect(processState('ACTIVE', null)).toBe('ACTIVE');
    expect(processState('SUSPENDED', null)).toBe('ACTIVE');
    expect(processState('COMPLETED', ended)).toBe('COMPLETED');
    expect(processState('EXTERNALLY_TERMINATED', ended)).toBe('TERMINATED');
    expect(processState('INTERNALLY_TERMINATED', ended)).toBe('TERMINATED');
  });

  it('falls back on the end time for a process instance without a known state', () => {
    expect(processState(null, null)).toBe('ACTIVE');
    expect(processState(null, ended)).toBe('COMPLETED');
  });

  it('calls an incident open until it is resolved or deleted', () => {
    expect(incidentState(0)).toBe('ACTIVE');
    expect(incidentState(1)).toBe('RESOLVED');
    expect(incidentState(2)).toBe('RESOLVED');
  });

  it('calls a failed external task or job a job without retries, anything else OTHER', () => {
    expect(incidentType('failedExternalTask')).toBe('JOB_NO_RETRIES');
    expect(incidentType('failedJob')).toBe('JOB_NO_RETRIES');
    expect(incidentType('someCustomIncident')).toBe('OTHER');
  });
});
