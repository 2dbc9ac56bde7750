import { scanBpmn } from './bpmn-xml-scan';

describe('Scanning a deployed BPMN file', () => {
  it('finds flow nodes and flows in processes and sub-processes, with their scope and event definitions', () => {
    // Given a file with a default-namespace BPMN, a comment, a sub-process, a link event and a diagram
    const xml = `<?xml version="1.0"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:x="urn:other" id="d">
        <!-- <task id="Commented"/> -->
        <process id="p" name="Proces &amp; zo">
          <startEvent id="S" name="Begin&#10;hier"/>
          <subProcess id="Sub"><task id="Inner" name='Binnen'/></subProcess>
          <intermediateThrowEvent id="L"><linkEventDefinition name="verder"/></intermediateThrowEvent>
          <x:task id="Foreign"/>
          <sequenceFlow id="F" sourceRef="S" targetRef="Sub"/>
        </process>
        <x:diagram><x:shape id="S_di"/></x:diagram>
      </definitions>`;

    // When it is scanned
    const scanned = scanBpmn(xml);

    // Then only BPMN flow nodes count, each in its scope, with decoded names
    expect(scanned.processes).toEqual([{ id: 'p', name: 'Proces & zo' }]);
    expect(scanned.nodes.map((node) => [node.attributes.id, node.localName, node.scopeId])).toEqual([
      ['S', 'startEvent', 'p'],
      ['Sub', 'subProcess', 'p'],
      ['Inner', 'task', 'Sub'],
      ['L', 'intermediateThrowEvent', 'p'],
    ]);
    expect(scanned.nodes[0].attributes.name).toBe('Begin\nhier');
    expect(scanned.nodes[3]).toMatchObject({ eventKinds: ['link'], linkName: 'verder' });
    expect(scanned.flows).toEqual([{ attributes: { id: 'F', sourceRef: 'S', targetRef: 'Sub' }, processId: 'p', scopeId: 'p' }]);
  });
});
