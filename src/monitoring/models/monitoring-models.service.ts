import { Injectable } from '@nestjs/common';
import { Actor } from '../../auth/principal';
import { ElementStatistic, ProcessDefinitionRecord } from '../../engine/engine-monitoring.types';
import { ProcessEngine } from '../../engine/process-engine.port';
import { ModelNotFoundError, MonitoringForbiddenError } from '../monitoring.errors';
import { monitoringScope } from '../monitoring-access.policy';

export interface MonitoredModel {
  bpmnProcessId: string;
  /** Every deployed version, newest first, with its running instances. */
  versions: Omit<ProcessDefinitionRecord, 'bpmnProcessId'>[];
}

export interface ModelView {
  definition: ProcessDefinitionRecord;
  diagramXml: string;
  /** Per element: instances waiting there now (active), done, terminated, and open incidents. */
  elements: ElementStatistic[];
}

/**
 * The model view: every deployed process with its versions, and one version's diagram with the
 * number of running instances at each element. Engine-wide: a definition belongs to no region, and
 * these counts name no case.
 */
@Injectable()
export class MonitoringModelsService {
  constructor(private readonly engine: ProcessEngine) {}

  async list(actor: Actor): Promise<MonitoredModel[]> {
    this.require(actor);
    const definitions = await this.engine.processDefinitions();
    const models = new Map<string, MonitoredModel>();
    for (const { bpmnProcessId, ...version } of definitions) {
      const model = models.get(bpmnProcessId) ?? { bpmnProcessId, versions: [] };
      model.versions.push(version);
      models.set(bpmnProcessId, model);
    }
    return [...models.values()];
  }

  async get(actor: Actor, processDefinitionKey: string): Promise<ModelView> {
    this.require(actor);
    if (!/^\d{1,19}$/.test(processDefinitionKey)) throw new ModelNotFoundError();
    const [[definition], diagramXml, elements] = await Promise.all([
      this.engine.processDefinitions({ keys: [processDefinitionKey] }),
      this.engine.processDefinitionXml(processDefinitionKey),
      this.engine.elementStatistics({ processDefinitionKey }),
    ]);
    if (!definition || !diagramXml) throw new ModelNotFoundError();
    return { definition, diagramXml, elements };
  }

  private require(actor: Actor): void {
    if (!monitoringScope(actor.principal, 'instances')) throw new MonitoringForbiddenError('models');
  }
}
