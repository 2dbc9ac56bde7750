import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { RegionSettingsInvalidError } from './region-settings.errors';

/** Cross-field problems are bad input like any other: 400 with `problems: [{ field, reason }]`, as the forms expect. */
@Catch(RegionSettingsInvalidError)
export class RegionSettingsInvalidFilter implements ExceptionFilter {
  catch(error: RegionSettingsInvalidError, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HttpStatus.BAD_REQUEST)
      .json({ code: error.code, error: 'Bad Request', message: error.problems.map((p) => `${p.field}: ${p.reason}`), problems: error.problems, statusCode: HttpStatus.BAD_REQUEST });
  }
}
