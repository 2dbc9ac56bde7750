import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

/** Job variables that do not satisfy the worker's DTO: a modelling or data fault, not worth retrying. */
export class JobInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JobInputError';
  }
}

/** Validates a job's variables against a class-validator DTO and returns the typed instance. */
export function validateJobVariables<T extends object>(dto: new () => T, variables: Record<string, unknown>): T {
  const instance = plainToInstance(dto, variables);
  const errors = validateSync(instance, { forbidUnknownValues: true, whitelist: true });
  if (errors.length > 0) {
    const problems = errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join(', ')}`);
    throw new JobInputError(`Invalid job variables (${problems.join('; ')})`);
  }
  return instance;
}
