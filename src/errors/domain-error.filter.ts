import { STATUS_CODES } from 'node:http';
import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorKind } from './domain-error';

const STATUS: Record<ErrorKind, number> = {
  [ErrorKind.Conflict]: HttpStatus.CONFLICT,
  [ErrorKind.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorKind.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorKind.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorKind.Unprocessable]: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** The body of every domain error answer. */
export interface ErrorBody {
  code: string;
  details?: Record<string, unknown>;
  error: string;
  message: string;
  statusCode: number;
}

/** The one place where domain errors become HTTP answers: status from the kind, the code kept stable. */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const statusCode = STATUS[error.kind];
    const body: ErrorBody = { code: error.code, error: STATUS_CODES[statusCode] ?? 'Error', message: error.message, statusCode };
    if (error.details) body.details = error.details;
    if (statusCode === HttpStatus.UNAUTHORIZED) response.setHeader('WWW-Authenticate', 'Bearer realm="jbt"');
    response.status(statusCode).json(body);
  }
}
