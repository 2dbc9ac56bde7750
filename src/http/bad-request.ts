import { BadRequestException } from '@nestjs/common';

/** One wrong field of a request, as the 400 answer lists it. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** The body of every 400 about the request's input: each wrong field and why, so that a form can show it. */
export interface BadRequestBody {
  error: 'Bad Request';
  message: string[];
  problems: FieldProblem[];
  statusCode: 400;
}

export function badRequestBody(problems: FieldProblem[]): BadRequestBody {
  return { error: 'Bad Request', message: problems.map((problem) => `${problem.field}: ${problem.reason}`), problems, statusCode: 400 };
}

/** The 400 that names each wrong field, for pipes and services that find a problem Nest should answer. */
export function badRequest(problems: FieldProblem[]): BadRequestException {
  return new BadRequestException(badRequestBody(problems));
}
