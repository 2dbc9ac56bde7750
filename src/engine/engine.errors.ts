/** Stable codes for engine failures that callers act on. */
export enum EngineErrorCode {
  /** The user task or job no longer exists: completed, cancelled, or never existed. */
  NotFound = 'ENGINE_NOT_FOUND',
  /** The engine rejected the command as invalid (e.g. a model it cannot execute). */
  Rejected = 'ENGINE_REJECTED',
  /** The engine could not be reached. */
  Unavailable = 'ENGINE_UNAVAILABLE',
}

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
