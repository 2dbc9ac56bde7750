import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { SignInThrottledError } from './sign-in-throttled.error';

/** 429 Too Many Requests with Retry-After (seconds), for the sign-in route. */
@Catch(SignInThrottledError)
export class SignInThrottledFilter implements ExceptionFilter {
  catch(error: SignInThrottledError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    response.setHeader('Retry-After', String(error.retryAfterSeconds));
    response.status(HttpStatus.TOO_MANY_REQUESTS).json({
      code: error.code,
      details: { retryAfterSeconds: error.retryAfterSeconds },
      error: 'Too Many Requests',
      message: error.message,
      statusCode: HttpStatus.TOO_MANY_REQUESTS,
    });
  }
}
