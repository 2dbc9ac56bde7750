import { NextFunction, Request, RequestHandler, Response } from 'express';
import { badRequestBody } from './bad-request';
import { inputProblems } from './input-limits';

/**
 * The first check of every request, after the body parsers and before anything reads the body or
 * the query (docs/security.md, "Input"): forbidden characters in any text or key, numbers out of
 * range, documents nested too deep or too wide. One place instead of a rule per endpoint, so that a
 * new endpoint is covered before anyone thinks of it. Route parameters are checked by the
 * RouteParameterPipe, which knows their names.
 */
export function requestInputGuard(): RequestHandler {
  return function requestInputGuard(request: Request, response: Response, next: NextFunction) {
    const problems = [...inputProblems(request.query, 'query'), ...(request.body === undefined ? [] : inputProblems(request.body, 'body'))];
    if (problems.length === 0) return next();
    response.status(400).json(badRequestBody(problems));
  };
}
