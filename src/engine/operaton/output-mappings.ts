import { outputMappingElementsInXml } from '../dialect';
import { call, EngineRest } from './engine-rest.client';

/**
 * Which activities of a process definition map their outputs (camunda:outputParameter). A job of such
 * an activity is completed with local variables, so that only the mapped outputs leave it, as the
 * models expect; any other job's variables go to the process instance. Definitions never change, so
 * each is read once.
 */
export class OutputMappings {
  private readonly byDefinition = new Map<string, Promise<Set<string>>>();

  constructor(private readonly nodes: EngineRest[]) {}

  async hasOutputs(processDefinitionId: string, activityId: string): Promise<boolean> {
    let activities = this.byDefinition.get(processDefinitionId);
    if (!activities) {
      activities = this.read(processDefinitionId);
      this.byDefinition.set(processDefinitionId, activities);
      activities.catch(() => this.byDefinition.delete(processDefinitionId));
    }
    return (await activities).has(activityId);
  }

  /** Reads the model from the first node that answers (all nodes share one database). */
  private async read(processDefinitionId: string): Promise<Set<string>> {
    let lastError: unknown;
    for (const rest of this.nodes) {
      try {
        const { bpmn20Xml } = await call(`Read the model of ${processDefinitionId}`, () => rest.GET('/process-definition/{id}/xml', { params: { path: { id: processDefinitionId } } }));
        return new Set(outputMappingElementsInXml(bpmn20Xml ?? ''));
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }
}
