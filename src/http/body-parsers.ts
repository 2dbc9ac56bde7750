import { STATUS_CODES } from 'node:http';
import { json, NextFunction, Request, RequestHandler, Response, urlencoded } from 'express';

/** Bodies larger than this are refused unread (the models' routes have a parser of their own). */
export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * The JSON and form parsers of every route, as Nest would register them, but registered by us so
 * that the request input guard can run after them and before anything else reads the body.
 */
export function bodyParsers(): RequestHandler[] {
  return [json({ limit: BODY_LIMIT_BYTES }), urlencoded({ extended: true, limit: BODY_LIMIT_BYTES })];
}

/** What the body parsers report: a status and a type such as entity.parse.failed. */
interface ParserError {
  message?: string;
  status?: number;
  type?: string;
}

const REASONS: Record<string, (error: ParserError) => string> = {
  'charset.unsupported': () => 'is in a character set other than UTF-8',
  'encoding.unsupported': () => 'is compressed in a way the service does not read',
  'entity.parse.failed': (error) => `is not valid JSON (${error.message ?? 'unreadable'})`,
  'entity.too.large': () => `is larger than ${BODY_LIMIT_BYTES / 1024} kB and was refused unread`,
  'parameters.too.many': () => 'has too many form fields',
  'request.aborted': () => 'was not received whole',
  'request.size.invalid': () => 'is not as long as its Content-Length says',
};

/**
 * Answers a body the parsers refused in the shape of every other 400 (a problem naming `body`),
 * instead of Nest's bare message; an error of another kind goes on to Nest.
 */
export function bodyParserErrors() {
  return function bodyParserErrors(error: ParserError, _request: Request, response: Response, next: NextFunction): void {
    const reason = error?.type ? REASONS[error.type] : undefined;
    const status = error?.status;
    if (!reason && !(typeof status === 'number' && status >= 400 && status < 500)) return next(error);
    const statusCode = typeof status === 'number' && status >= 400 && status < 500 ? status : 400;
    const problems = [{ field: 'body', reason: reason ? reason(error) : (error.message ?? 'was refused') }];
    response.status(statusCode).json({ error: STATUS_CODES[statusCode], message: problems.map((p) => `${p.field}: ${p.reason}`), problems, statusCode });
  };
}
