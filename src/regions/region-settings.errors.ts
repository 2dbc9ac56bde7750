import { DomainError, ErrorKind } from '../errors/domain-error';

/** One wrong field of a settings document, in the shape the validation pipe uses for a 400. */
export interface SettingsProblem {
  field: string;
  reason: string;
}

/** Rules across fields (a table cannot be its own neighbour, two slots at one time): answered as 400. */
export class RegionSettingsInvalidError extends DomainError {
  constructor(readonly problems: SettingsProblem[]) {
    super('REGION_SETTINGS_INVALID', ErrorKind.Unprocessable, problems.map((problem) => `${problem.field}: ${problem.reason}`).join('; '));
  }
}

export class RegionNotFoundError extends DomainError {
  constructor(regionId: string) {
    super('REGION_NOT_FOUND', ErrorKind.NotFound, `No region ${regionId}`);
  }
}

export class RegionSettingsForbiddenError extends DomainError {
  constructor() {
    super('NOT_PROCESS_OWNER_OF_REGION', ErrorKind.Forbidden, "Only the region's own process owners and administrators, or national ones, may change its settings");
  }
}
