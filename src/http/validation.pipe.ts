import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** One wrong field of a request, as the 400 answer lists it. */
export interface FieldProblem {
  field: string;
  reason: string;
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Validates every request body and query with class-validator: unknown fields are refused, and a 400
 * names each wrong field and why, so that a form can show the problem next to the field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return new BadRequestException({ error: 'Bad Request', message: problems.map((p) => `${p.field}: ${p.reason}`), problems, statusCode: 400 });
    },
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    whitelist: true,
  });
}
