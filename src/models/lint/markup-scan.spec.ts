import { elementIdAt, scanMarkup } from './markup-scan';

describe('scanMarkup', () => {
  it('counts elements and their deepest nesting, skipping comments, CDATA and processing instructions', () => {
    // Given markup with a comment, a CDATA section holding tags, and a '>' inside an attribute value
    const xml = '<?xml version="1.0"?><!-- <fake> --><a xmlns="urn:a"><b title="x > y"><c/></b><![CDATA[<d><e>]]></a>';

    // When it is scanned
    const scan = scanMarkup(xml);

    // Then only the real elements count
    expect(scan).toEqual({ depth: 2, root: { localName: 'a', name: 'a', namespace: 'urn:a' }, tags: 3 });
  });

  it('names the namespace the root element prefix is bound to', () => {
    const scan = scanMarkup('<bpmn:definitions xmlns:x="urn:x" xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"/>');
    expect(scan.root).toEqual({ localName: 'definitions', name: 'bpmn:definitions', namespace: 'http://www.omg.org/spec/BPMN/20100524/MODEL' });
  });

  it('measures hostile nesting without recursion', () => {
    const depth = 100_000;
    expect(scanMarkup('<a>'.repeat(depth) + '</a>'.repeat(depth)).depth).toBe(depth);
  });
});

describe('elementIdAt', () => {
  const xml = ['<definitions id="d">', '  <process id="p">', '    <task id="t">', '      <extensionElements>', '        <zeebe:unknown />', '      </extensionElements>', '    </task>', '  </process>', '</definitions>'].join('\n');

  it('names the element whose tag starts at the position', () => {
    expect(elementIdAt(xml, 3, 4)).toBe('t');
  });

  it('names the nearest enclosing element with an id for an element without one', () => {
    expect(elementIdAt(xml, 5, 8)).toBe('t');
  });
});
