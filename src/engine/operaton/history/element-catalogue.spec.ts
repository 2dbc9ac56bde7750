import { ElementCatalogue } from './element-catalogue';
import { describeElement } from './element-descriptions';

/** A model with unnamed gateways, a link pair, an event sub-process and a multi-line label. */
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
  <bpmn:process id="p" name="Proces" isExecutable="true" camunda:historyTimeToLive="P7300D">
    <bpmn:startEvent id="Start" name="Verzoek&#10;ontvangen" />
    <bpmn:exclusiveGateway id="Gateway_Choose" />
    <bpmn:serviceTask id="Task_A" name="A doen" camunda:type="external" camunda:topic="a" />
    <bpmn:serviceTask id="Task_B" name="B doen" camunda:type="external" camunda:topic="b" />
    <bpmn:exclusiveGateway id="Gateway_BookMerge" />
    <bpmn:intermediateThrowEvent id="Link_Out"><bpmn:linkEventDefinition name="L" /></bpmn:intermediateThrowEvent>
    <bpmn:intermediateCatchEvent id="Link_In"><bpmn:linkEventDefinition name="L" /></bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="End" />
    <bpmn:subProcess id="Sub_Note" triggeredByEvent="true">
      <bpmn:startEvent id="Note_Start" isInterrupting="false"><bpmn:timerEventDefinition /></bpmn:startEvent>
    </bpmn:subProcess>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Gateway_Choose" />
    <bpmn:sequenceFlow id="F2" name="ja" sourceRef="Gateway_Choose" targetRef="Task_A" />
    <bpmn:sequenceFlow id="F3" sourceRef="Gateway_Choose" targetRef="Task_B" />
    <bpmn:sequenceFlow id="F4" sourceRef="Task_A" targetRef="Gateway_BookMerge" />
    <bpmn:sequenceFlow id="F5" sourceRef="Task_B" targetRef="Gateway_BookMerge" />
    <bpmn:sequenceFlow id="F6" sourceRef="Gateway_BookMerge" targetRef="Link_Out" />
    <bpmn:sequenceFlow id="F7" sourceRef="Link_In" targetRef="End" />
  </bpmn:process>
</bpmn:definitions>`;

describe('The element catalogue of a deployed model', () => {
  it('names elements by their label, with whitespace collapsed', () => {
    const catalogue = ElementCatalogue.fromXml(XML);
    expect(catalogue.nameOf('Start')).toBe('Verzoek ontvangen');
    expect(catalogue.nameOf('Task_A')).toBe('A doen');
  });

  it('describes an unnamed element by its kind in Dutch, never by its id', () => {
    const catalogue = ElementCatalogue.fromXml(XML);
    expect(catalogue.nameOf('Gateway_Choose')).toBe('Keuze');
    expect(catalogue.nameOf('Gateway_BookMerge')).toBe('Samenvoeging');
    expect(catalogue.nameOf('Link_In')).toBe('Vervolg');
    expect(catalogue.nameOf('End')).toBe('Einde');
    expect(catalogue.nameOf('Sub_Note')).toBe('Gebeurtenis-deelproces');
    expect(catalogue.nameOf('Unknown')).toBeUndefined();
  });

  it('names a flow by the step it leaves and its label, or by where it goes from and to', () => {
    const catalogue = ElementCatalogue.fromXml(XML);
    expect(catalogue.flowNameOf('F2')).toBe('Keuze: ja');
    expect(catalogue.flowNameOf('F4')).toBe('A doen → Samenvoeging');
  });

  it('knows an event sub-process by its trigger', () => {
    const catalogue = ElementCatalogue.fromXml(XML);
    expect(catalogue.element('Sub_Note')?.triggeredByEvent).toBe(true);
    expect(catalogue.element('Note_Start')?.eventKinds).toEqual(['timer']);
  });

  it('counts a link event as passed when a flow into the thrower or out of the catcher was taken', () => {
    const catalogue = ElementCatalogue.fromXml(XML);
    expect(catalogue.linkEventsPassed(new Set(['F1', 'F2']))).toEqual([]);
    expect(catalogue.linkEventsPassed(new Set(['F6']))).toEqual(['Link_Out']);
    expect(catalogue.linkEventsPassed(new Set(['F6', 'F7']))).toEqual(['Link_In', 'Link_Out']);
  });

  it('gives an empty catalogue for a file it cannot read', () => {
    const catalogue = ElementCatalogue.fromXml('<not-bpmn');
    expect(catalogue.nameOf('Start')).toBeUndefined();
  });
});

describe('Descriptions of unnamed elements', () => {
  const element = (kind: string, overrides: Partial<Parameters<typeof describeElement>[0]> = {}) => describeElement({ eventKinds: [], incoming: 1, kind, outgoing: 1, triggeredByEvent: false, ...overrides });

  it('tell a splitting gateway from a merging one', () => {
    expect(element('ExclusiveGateway', { outgoing: 2 })).toBe('Keuze');
    expect(element('ExclusiveGateway', { incoming: 2 })).toBe('Samenvoeging');
    expect(element('ParallelGateway', { outgoing: 3 })).toBe('Splitsing in parallelle paden');
    expect(element('ParallelGateway', { incoming: 2 })).toBe('Samenkomst van parallelle paden');
  });

  it('say what an unnamed event waits for or does', () => {
    expect(element('BoundaryEvent', { eventKinds: ['timer'] })).toBe('Termijn verstreken');
    expect(element('IntermediateCatchEvent', { eventKinds: ['message'] })).toBe('Wachten op een bericht');
    expect(element('EndEvent', { eventKinds: ['terminate'] })).toBe('Einde van het hele proces');
    expect(element('UserTask')).toBe('Taak');
    expect(element('SomethingElse')).toBe('Stap');
  });
});
