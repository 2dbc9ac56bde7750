import { EngineError, EngineErrorCode } from '../engine.errors';

/**
 * Translates SDK failures (gRPC status codes or REST problem details) into EngineErrors, so that
 * callers can tell "this task is already done" from "the engine is down".
 */
export function toEngineError(error: unknown, action: string): EngineError {
  if (error instanceof EngineError) return error;
  const text = describe(error);
  const code = grpcCode(error);
  if (code === 5 || /NOT_FOUND|404|not found/i.test(text)) return new EngineError(EngineErrorCode.NotFound, `${action}: ${text}`);
  if (code === 14 || /ECONNREFUSED|UNAVAILABLE|ETIMEDOUT|socket hang up/i.test(text)) return new EngineError(EngineErrorCode.Unavailable, `${action}: ${text}`);
  return new EngineError(EngineErrorCode.Rejected, `${action}: ${text}`);
}

function grpcCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'number' ? code : undefined;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const response = (error as { response?: { body?: unknown } }).response?.body;
    const detail = typeof response === 'string' ? response : response ? JSON.stringify(response) : '';
    return [error.message, detail].filter(Boolean).join(' ');
  }
  return String(error);
}
