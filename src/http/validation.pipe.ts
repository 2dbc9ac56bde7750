import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badRequest, FieldProblem } from './bad-request';

export type { FieldProblem } from './bad-request';

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
    exceptionFactory: (errors) => badRequest(flatten(errors)),
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    whitelist: true,
  });
}
