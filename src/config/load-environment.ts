import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, ValidationError } from 'class-validator';
import { EnvironmentDto } from './environment.dto';

/** A configuration problem, phrased as one line naming the key and what is expected. */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigurationError';
  }
}

/** The keys the service reads: every property of EnvironmentDto that carries a validation rule. */
export function environmentKeys(): string[] {
  const rules = getMetadataStorage().getTargetValidationMetadatas(EnvironmentDto, '', true, false);
  return [...new Set(rules.map((rule) => rule.propertyName))].sort();
}

/**
 * Reads the environment into a validated EnvironmentDto. Empty strings count as unset so that a
 * line like `DATABASE_URL=` in a .env file means "use the default".
 */
export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): EnvironmentDto {
  const plain: Record<string, string> = {};
  for (const key of environmentKeys()) {
    const value = source[key];
    if (value !== undefined && value !== '') plain[key] = value;
  }
  const env = plainToInstance(EnvironmentDto, plain, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: true, forbidUnknownValues: true });
  const problems = errors.flatMap(describe);
  if (env.ENGINE_URL && !env.ENGINE_TOKEN) {
    problems.push('ENGINE_TOKEN is required with ENGINE_URL (the token the engine nodes were started with)');
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return env;
}

function describe(error: ValidationError): string[] {
  const messages = Object.values(error.constraints ?? {});
  return messages.length > 0
    ? [`${error.property}: ${messages[0]} (got "${String(error.value)}")`]
    : (error.children ?? []).flatMap(describe);
}
