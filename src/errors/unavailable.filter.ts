import { ArgumentsHost, Catch, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { DomainError } from './domain-error';
import { DomainErrorFilter, ErrorBody } from './domain-error.filter';
import { unavailableDependency } from './unavailable-dependency';

/** How long a client should wait before trying again while the database or the engine restarts. */
export const RETRY_AFTER_SECONDS = 5;

const MESSAGES = {
  DATABASE_UNAVAILABLE: 'The database cannot be reached at the moment; nothing was changed. Try again shortly.',
  ENGINE_UNAVAILABLE: 'The process engine cannot be reached at the moment; nothing was changed. Try again shortly.',
} as const;

/**
 * Every error that is no domain error: when the database or the engine is out of reach for a moment
 * (a restart, a failover), the answer is 503 with Retry-After and a stable code, so that the web app
 * and scripts try again instead of reporting a defect; everything else goes to Nest's own handling
 * (HTTP errors as they are, the rest a 500 that is logged).
 */
@Catch()
export class UnavailableFilter extends BaseExceptionFilter {
  private readonly domain = new DomainErrorFilter();
  private readonly logger = new Logger('Unavailable');

  override catch(error: unknown, host: ArgumentsHost): void {
    if (error instanceof DomainError) return this.domain.catch(error, host);
    const dependency = host.getType() === 'http' ? unavailableDependency(error) : undefined;
    if (!dependency) return super.catch(error, host);
    this.logger.warn(`${dependency}: ${(error as Error).message?.split('\n').filter(Boolean).pop() ?? String(error)}`);
    const body: ErrorBody = { code: dependency, error: 'Service Unavailable', message: MESSAGES[dependency], statusCode: HttpStatus.SERVICE_UNAVAILABLE };
    host.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(RETRY_AFTER_SECONDS)).status(HttpStatus.SERVICE_UNAVAILABLE).json(body);
  }
}
