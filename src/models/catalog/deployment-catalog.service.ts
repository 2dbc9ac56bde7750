import { Injectable } from '@nestjs/common';
import { JobWorkerRegistry } from '../../engine/workers/job-worker.registry';
import { ModelCatalog } from '../lint/model-catalog';
import { CatalogLabels } from './building-blocks';
import { processCatalogLabels, processCatalogNames } from './process-catalog.source';

/**
 * What a model deployed by this service may refer to, as the deployment guard checks it: task types
 * that have a registered worker in this build (not merely a constant in the catalog), the roles as
 * candidate groups, and the messages, errors and escalations of the process catalog.
 */
@Injectable()
export class DeploymentCatalogService {
  constructor(private readonly workers: JobWorkerRegistry) {}

  current(): ModelCatalog {
    const names = processCatalogNames();
    return {
      errors: new Set(names.errors),
      escalations: new Set(names.escalations),
      messages: new Set(names.messages),
      roles: new Set(names.roles),
      taskTypes: new Set(this.workers.registeredWorkers().map(({ metadata }) => metadata.type)),
    };
  }

  labels(): CatalogLabels {
    return processCatalogLabels();
  }
}
