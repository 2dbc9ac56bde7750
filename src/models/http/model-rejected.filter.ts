import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { ModelRejectedError } from '../model.errors';

/**
 * A refused model is bad input: 400, with every problem naming its element and rule, so that the
 * modeler can mark them on the canvas and list them.
 */
@Catch(ModelRejectedError)
export class ModelRejectedFilter implements ExceptionFilter {
  catch(error: ModelRejectedError, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HttpStatus.BAD_REQUEST)
      .json({ code: error.code, error: 'Bad Request', message: error.message, problems: error.problems, statusCode: HttpStatus.BAD_REQUEST });
  }
}
