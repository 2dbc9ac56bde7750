import { Injectable } from '@nestjs/common';
import { Actor } from '../../auth/principal';
import { ElementStatistic, FlowStatistic, ProcessDefinitionRecord } from '../../engine/engine-monitoring.types';
import { isEngineKey, ProcessHistory } from '../../engine/process-history.port';
import { ModelNotFoundError, MonitoringForbiddenError } from '../monitoring.errors';
import { monitoringScope } from '../monitoring-access.policy';

export interface MonitoredModel {
  bpmnProcessId: string;
  /** The process's label in its newest version. */
  name: string;
  /** Every deployed version, newest first, with its running instances. */
  versions: Omit<ProcessDefinitionRecord, 'bpmnProcessId'>[];
}

export interface ModelView {
  definition: ProcessDefinitionRecord;
  diagramXml: string;
  /** Per element: instances waiting there now (active), done, terminated, and open incidents. */
  elements: ElementStatistic[];
  /** Per sequence flow: how often instances of this version took it (the heat view). */
  flows: FlowStatistic[];
}

/**
 * The model view: every deployed process with its versions, and one version's diagram with the
 * number of running instances at each element and how often each sequence flow was taken (the heat
 * view). Engine-wide: a definition belongs to no region, and these counts name no case.
 */
@Injectable()
export class MonitoringModelsService {
  constructor(private readonly history: ProcessHistory) {}

  async list(actor: Actor): Promise<MonitoredModel[]> {
    this.require(actor);
    const definitions = await this.history.processDefinitions();
    const models = new Map<string, MonitoredModel>();
    // Newest version first per process: the model takes the label of its newest version.
    for (const { bpmnProcessId, ...version } of definitions) {
      const model = models.get(bpmnProcessId) ?? { bpmnProcessId, name: version.name, versions: [] };
      model.versions.push(version);
      models.set(bpmnProcessId, model);
    }
    return [...models.values()];
  }

  async get(actor: Actor, processDefinitionKey: string): Promise<ModelView> {
    this.require(actor);
    if (!isEngineKey(processDefinitionKey)) throw new ModelNotFoundError();
    const [[definition], diagramXml, elements, flows] = await Promise.all([
      this.history.processDefinitions({ keys: [processDefinitionKey] }),
      this.history.processDefinitionXml(processDefinitionKey),
      this.history.elementStatistics({ processDefinitionKey }),
      this.history.flowStatistics({ processDefinitionKey }),
    ]);
    if (!definition || !diagramXml) throw new ModelNotFoundError();
    return { definition, diagramXml, elements, flows };
  }

  private require(actor: Actor): void {
    if (!monitoringScope(actor.principal, 'instances')) throw new MonitoringForbiddenError('models');
  }
}
