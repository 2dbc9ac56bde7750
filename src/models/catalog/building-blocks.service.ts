import { Injectable } from '@nestjs/common';
import { Actor } from '../../auth/principal';
import { ModelAccessService, ModelAction } from '../model-access.service';
import { BuildingBlock, buildingBlocksOf } from './building-blocks';
import { DeploymentCatalogService } from './deployment-catalog.service';

/** The palette of the modeler and the names a model may use, from the catalog this service runs. */
@Injectable()
export class BuildingBlocksService {
  constructor(
    private readonly access: ModelAccessService,
    private readonly catalog: DeploymentCatalogService,
  ) {}

  async list(actor: Actor): Promise<{ blocks: BuildingBlock[]; errors: string[]; escalations: string[]; messages: string[]; roles: string[]; taskTypes: string[] }> {
    await this.access.authorise(actor, ModelAction.Read, {});
    const catalog = this.catalog.current();
    const sorted = (set: ReadonlySet<string>) => [...set].sort();
    return {
      blocks: buildingBlocksOf(catalog, this.catalog.labels()),
      errors: sorted(catalog.errors),
      escalations: sorted(catalog.escalations),
      messages: sorted(catalog.messages),
      roles: sorted(catalog.roles),
      taskTypes: sorted(catalog.taskTypes),
    };
  }
}
