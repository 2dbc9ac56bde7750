import { EngineErrorCode } from '../engine.errors';
import { toEngineError } from './engine-rest.client';

describe('How an engine answer becomes a stable error code', () => {
  it('reads a failure of the engine\'s own database as the engine unavailable for a moment (the command was rolled back)', () => {
    // Given the engine's answer while its PostgreSQL restarts under a completion
    const message = 'Cannot complete task 18a25caf: An exception occurred in the persistence layer. Please check the server logs for a detailed message and the entire exception stack trace.';

    // Then it is "unavailable" (the service answers 503 with Retry-After), not "rejected" (which would be a 500)
    expect(toEngineError('Complete user task', 500, message).code).toBe(EngineErrorCode.Unavailable);
  });

  it('keeps other answers as they were: gone, rejected, unavailable', () => {
    expect(toEngineError('Complete user task', 404, 'Cannot find task with id x').code).toBe(EngineErrorCode.NotFound);
    expect(toEngineError('Start', 500, 'Unknown property used in expression: ${foo}').code).toBe(EngineErrorCode.Rejected);
    expect(toEngineError('Deploy', 400, 'ENGINE-09005 Could not parse BPMN process').code).toBe(EngineErrorCode.Rejected);
    expect(toEngineError('Fetch', 503, 'Service Unavailable').code).toBe(EngineErrorCode.Unavailable);
  });
});
