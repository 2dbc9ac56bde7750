import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelAnalyzer } from '../analysis/model-analyzer.service';
import { ModelDiff } from './model-diff';

const BASELINE = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'models', 'valid-baseline.bpmn'), 'utf8');
const NOTHING: ModelDiff = { added: [], changed: [], moved: [], removed: [] };

/**
 * Both versions parsed and compared in the analysis worker, as the service compares stored versions
 * (the parser's ESM dependencies load in Node's worker, not in Jest's module system).
 */
const analyzer = new ModelAnalyzer();
afterAll(() => analyzer.onModuleDestroy());
async function diff(older: string, newer: string): Promise<ModelDiff> {
  const result = await analyzer.diff(older, newer);
  if ('unreadable' in result) throw new Error(`The ${result.unreadable} version cannot be read: ${JSON.stringify(result.problems)}`);
  return result;
}

/** The baseline with extra process content after the end event, and diagram shapes for it. */
function withContent(xml: string, content: string, shapes = ''): string {
  return xml
    .replace('    <bpmn:endEvent id="end" name="Afgerond" />', `    <bpmn:endEvent id="end" name="Afgerond" />\n${content}`)
    .replace('    </bpmndi:BPMNPlane>', `${shapes}    </bpmndi:BPMNPlane>`);
}

/** A non-interrupting timer on the review task, leading to an end event of its own. */
const reminder = (duration: string) =>
  withContent(
    BASELINE,
    `    <bpmn:boundaryEvent id="remind" name="Herinnering" cancelActivity="false" attachedToRef="review">
      <bpmn:timerEventDefinition id="remind_definition"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${duration}</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f3" sourceRef="remind" targetRef="reminded" />
    <bpmn:endEvent id="reminded" name="Herinnerd" />`,
    `      <bpmndi:BPMNShape id="remind_di" bpmnElement="remind"><dc:Bounds x="298" y="182" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="reminded_di" bpmnElement="reminded"><dc:Bounds x="298" y="262" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3"><di:waypoint x="316" y="218" /><di:waypoint x="316" y="262" /></bpmndi:BPMNEdge>
`,
  );

/** An end event that sends a message defined at the top of the model. */
const messageEnd = (messageName: string) =>
  BASELINE.replace('<bpmn:endEvent id="end" name="Afgerond" />', '<bpmn:endEvent id="end" name="Afgerond"><bpmn:messageEventDefinition id="end_message" messageRef="done" /></bpmn:endEvent>').replace(
    '  <bpmndi:BPMNDiagram',
    `  <bpmn:message id="done" name="${messageName}" />\n  <bpmndi:BPMNDiagram`,
  );

describe('The difference between two versions of a model', () => {
  it('is empty for the same model', async () => {
    expect(await diff(BASELINE, BASELINE)).toEqual(NOTHING);
  });

  it('names added elements, and removed ones the other way round', async () => {
    // given a version with a reminder added
    const newer = reminder('P5D');
    // when the versions are compared both ways
    // then the boundary event, its flow and its end event are added one way and removed the other
    expect(await diff(BASELINE, newer)).toEqual({ ...NOTHING, added: ['f3', 'remind', 'reminded'] });
    expect(await diff(newer, BASELINE)).toEqual({ ...NOTHING, removed: ['f3', 'remind', 'reminded'] });
  });

  it('names the elements inside an added sub-process as added too', async () => {
    const newer = withContent(BASELINE, '    <bpmn:subProcess id="sub"><bpmn:startEvent id="sub_start" /><bpmn:sequenceFlow id="sub_flow" sourceRef="sub_start" targetRef="sub_end" /><bpmn:endEvent id="sub_end" /></bpmn:subProcess>');
    expect(await diff(BASELINE, newer)).toEqual({ ...NOTHING, added: ['sub', 'sub_end', 'sub_flow', 'sub_start'] });
  });

  it('names an element changed, not added and removed, when it is taken into a sub-process', async () => {
    // given the end event moved from the process into a new sub-process
    const newer = BASELINE.replace('    <bpmn:endEvent id="end" name="Afgerond" />\n', '    <bpmn:subProcess id="sub"><bpmn:endEvent id="end" name="Afgerond" /></bpmn:subProcess>\n');
    // then the sub-process is added and the end event changed
    expect(await diff(BASELINE, newer)).toEqual({ ...NOTHING, added: ['sub'], changed: ['end'] });
  });

  it('names an element changed when its name, a dialect attribute or its extension elements change', async () => {
    // given versions with the review task renamed, given to another role, and given an input mapping
    const renamed = BASELINE.replace('name="Verzoek beoordelen"', 'name="Verzoek controleren"');
    const otherRole = BASELINE.replace('camunda:candidateGroups="chair"', 'camunda:candidateGroups="secretary"');
    const mapping = (value: string) =>
      BASELINE.replace(
        'camunda:formKey="jbt:review" />',
        `camunda:formKey="jbt:review"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="termijn">${value}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>`,
      );
    // then the task is changed, and nothing else
    for (const [older, newer] of [[BASELINE, renamed], [BASELINE, otherRole], [BASELINE, mapping('P5D')], [mapping('P5D'), mapping('P7D')]]) {
      expect(await diff(older, newer)).toEqual({ ...NOTHING, changed: ['review'] });
    }
  });

  it('names an event changed when only its timer changes, inside the event definition', async () => {
    expect(await diff(reminder('P5D'), reminder('P7D'))).toEqual({ ...NOTHING, changed: ['remind'] });
  });

  it('names a sequence flow changed when its condition changes', async () => {
    const condition = (expression: string) =>
      BASELINE.replace('<bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end" />', `<bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="end"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${expression}</bpmn:conditionExpression></bpmn:sequenceFlow>`);
    expect(await diff(condition('${approved}'), condition('${!approved}'))).toEqual({ ...NOTHING, changed: ['f2'] });
  });

  it('names the events that send a message changed when the message is renamed', async () => {
    expect(await diff(messageEnd('jbt.done'), messageEnd('jbt.finished'))).toEqual({ ...NOTHING, changed: ['end'] });
  });

  it('names an element moved when only its shape, route or label moved', async () => {
    // given the end event moved right with its incoming flow, and the start event's label moved
    const moved = BASELINE.replace('<dc:Bounds x="446" y="142"', '<dc:Bounds x="486" y="142"').replace('<di:waypoint x="446" y="160" />', '<di:waypoint x="486" y="160" />');
    const label = (y: number) =>
      BASELINE.replace('<dc:Bounds x="150" y="142" width="36" height="36" /></bpmndi:BPMNShape>', `<dc:Bounds x="150" y="142" width="36" height="36" /><bpmndi:BPMNLabel><dc:Bounds x="130" y="${y}" width="76" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNShape>`);
    // then they are moved, not changed
    expect(await diff(BASELINE, moved)).toEqual({ ...NOTHING, moved: ['end', 'f2'] });
    expect(await diff(label(185), label(205))).toEqual({ ...NOTHING, moved: ['start'] });
  });

  it('names a renamed element changed, not moved, when it moved as well', async () => {
    const both = BASELINE.replace('name="Verzoek beoordelen"', 'name="Verzoek controleren"').replace('<dc:Bounds x="266" y="120"', '<dc:Bounds x="276" y="120"');
    expect(await diff(BASELINE, both)).toEqual({ ...NOTHING, changed: ['review'] });
  });

  it('ignores the order of elements in the file', async () => {
    const reordered = BASELINE.replace('    <bpmn:startEvent id="start" name="Verzoek ontvangen" />\n', '').replace('    <bpmn:endEvent id="end" name="Afgerond" />\n', '    <bpmn:endEvent id="end" name="Afgerond" />\n    <bpmn:startEvent id="start" name="Verzoek ontvangen" />\n');
    expect(reordered).not.toBe(BASELINE);
    expect(await diff(BASELINE, reordered)).toEqual(NOTHING);
  });
});
