import { ModdleElement, parseModel } from '../lint/bpmn-parser';
import { ProcessParts } from './model-coverage';

/** Every flow node and sequence flow of every process in a model. */
export async function processPartsOf(xml: string): Promise<Map<string, ProcessParts>> {
  const { definitions, problems } = await parseModel(xml);
  if (!definitions) throw new Error(`Cannot read model: ${problems.map((problem) => problem.message).join('; ')}`);
  const result = new Map<string, ProcessParts>();
  for (const root of definitions.rootElements ?? []) {
    if (root.$type !== 'bpmn:Process') continue;
    const parts: ProcessParts = { flowNodes: [], sequenceFlows: [] };
    const walk = (container: ModdleElement) => {
      for (const element of container.flowElements ?? []) {
        if (element.$instanceOf('bpmn:FlowNode')) parts.flowNodes.push(element.id);
        else if (element.$instanceOf('bpmn:SequenceFlow')) parts.sequenceFlows.push(element.id);
        if (element.flowElements) walk(element);
      }
    };
    walk(root);
    result.set(root.id, { flowNodes: parts.flowNodes.sort(), sequenceFlows: parts.sequenceFlows.sort() });
  }
  return result;
}
