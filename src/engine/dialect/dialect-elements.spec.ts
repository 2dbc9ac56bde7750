import { calledProcessOf, PASS_BUSINESS_KEY, variableMappingsOf } from './call-activity';
import type { ModdleElement } from './dialect-moddle';
import { ZEEBE_NAMESPACE_URI } from './dialect-namespace';
import { engineCodeOf } from './engine-code';
import { expressionSlotsOf } from './expression-slots';
import { externalTaskAttributes, topicOf } from './external-task';
import { foreignExtensionsOf } from './foreign-extensions';
import { HISTORY_TIME_TO_LIVE, historyTimeToLiveOf, isHistoryTimeToLive } from './history-time-to-live';
import { ioParametersOf } from './input-output';
import { listenersOf, setVariableExpression } from './listeners';
import { candidateGroupsOf, dueDateVariableOf, formKeyOf, rolesOf, userTaskAttributes } from './user-task';
import { variableNamesOf } from './variable-names';

/**
 * Elements shaped as bpmn-moddle builds them: dialect attributes through get('camunda:...'), own
 * properties as fields, extension elements under extensionElements.values. (Jest cannot load the
 * ES-module moddle packages; the linter's specs run the real parser on whole models.)
 */
const SUPER_TYPES: Record<string, string[]> = {
  'bpmn:BoundaryEvent': ['bpmn:Event'],
  'bpmn:CallActivity': ['bpmn:Activity'],
  'bpmn:ScriptTask': ['bpmn:Activity', 'bpmn:Task'],
  'bpmn:SequenceFlow': [],
  'bpmn:ServiceTask': ['bpmn:Activity', 'bpmn:Task'],
  'bpmn:Task': ['bpmn:Activity'],
  'bpmn:UserTask': ['bpmn:Activity', 'bpmn:Task'],
};

function element(type: string, properties: Record<string, unknown> = {}, extensions: ModdleElement[] = []): ModdleElement {
  const own = Object.fromEntries(Object.entries(properties).filter(([name]) => !name.includes(':')));
  return {
    $instanceOf: (candidate: string) => candidate === type || (SUPER_TYPES[type] ?? []).includes(candidate),
    $type: type,
    ...own,
    ...(extensions.length > 0 ? { extensionElements: { values: extensions } } : {}),
    get: (name: string) => properties[name],
  };
}

/** An element made of the attributes the dialect writes, as the modeler sets them on a shape. */
const withAttributes = (type: string, attributes: Record<string, string>) => element(type, attributes);

describe('External tasks', () => {
  it('names the topic of a service task through its attributes, and reads it back', () => {
    // Given the attributes the dialect writes for a topic
    const attributes = externalTaskAttributes('jbt.report.send');
    expect(attributes).toEqual({ 'camunda:topic': 'jbt.report.send', 'camunda:type': 'external' });

    // When a service task carries them, then its topic reads back
    expect(topicOf(withAttributes('bpmn:ServiceTask', attributes))).toBe('jbt.report.send');
  });

  it('reads no topic from a task that is not external', () => {
    expect(topicOf(withAttributes('bpmn:ServiceTask', { 'camunda:topic': 'jbt.report.send' }))).toBeUndefined();
    expect(topicOf(withAttributes('bpmn:ServiceTask', { 'camunda:topic': ' ', 'camunda:type': 'external' }))).toBeUndefined();
  });
});

describe('User tasks', () => {
  it('writes role, due date and form as attributes and reads them back', () => {
    // Given the attributes of the chair's decision task
    const attributes = userTaskAttributes({ candidateGroups: 'chair', dueDateVariable: 'decisionDueAt', formKey: 'jbt:meeting-decision' });
    expect(attributes).toEqual({ 'camunda:candidateGroups': 'chair', 'camunda:dueDate': '${decisionDueAt}', 'camunda:formKey': 'jbt:meeting-decision' });

    // When a user task carries them
    const task = withAttributes('bpmn:UserTask', attributes);

    // Then each reads back
    expect(candidateGroupsOf(task)).toBe('chair');
    expect(dueDateVariableOf(task)).toBe('decisionDueAt');
    expect(formKeyOf(task)).toBe('jbt:meeting-decision');
  });

  it('splits candidate groups into roles, but not a computed value', () => {
    expect(rolesOf('chair, secretary')).toEqual(['chair', 'secretary']);
    expect(rolesOf('${groups}')).toBeUndefined();
    expect(rolesOf(undefined)).toBeUndefined();
  });
});

describe('Mappings, listeners and names', () => {
  it('reads input and output parameters, including lists and scripts', () => {
    // Given a task with a constant, an empty list, a script and a computed output
    const io = element('camunda:InputOutput', {
      inputParameters: [
        { name: 'slotScope', value: 'OWN_TABLE' },
        { definition: { $type: 'camunda:List', items: [] }, name: 'none' },
        { definition: { $type: 'camunda:Script', scriptFormat: 'groovy', value: '1' }, name: 'code' },
      ],
      outputParameters: [{ name: 'escalationReason', value: "${slotWithinNorm ? null : 'FIRST_SLOT_BEYOND_NORM'}" }],
    });

    // When its parameters are read, then each says its kind and the texts the engine evaluates
    expect(ioParametersOf(element('bpmn:ServiceTask', {}, [io]))).toEqual([
      { direction: 'input', kind: 'text', name: 'slotScope', texts: ['OWN_TABLE'] },
      { direction: 'input', kind: 'list', name: 'none', texts: [] },
      { direction: 'input', kind: 'script', name: 'code', texts: [] },
      { direction: 'output', kind: 'text', name: 'escalationReason', texts: ["${slotWithinNorm ? null : 'FIRST_SLOT_BEYOND_NORM'}"] },
    ]);
  });

  it('reads the called process and the variables a call activity maps each way', () => {
    const call = element('bpmn:CallActivity', { calledElement: 'jbt-planning' }, [
      element('camunda:In', { businessKey: PASS_BUSINESS_KEY }),
      element('camunda:In', { source: 'caseId', target: 'caseId' }),
      element('camunda:Out', { sourceExpression: '${escalationId != null}', target: 'planningEscalated' }),
    ]);
    expect(calledProcessOf(call)).toBe('jbt-planning');
    expect(variableMappingsOf(call)).toEqual([
      expect.objectContaining({ businessKey: '${execution.processBusinessKey}', direction: 'in' }),
      expect.objectContaining({ direction: 'in', source: 'caseId', target: 'caseId' }),
      expect.objectContaining({ direction: 'out', sourceExpression: '${escalationId != null}', target: 'planningEscalated' }),
    ]);
    expect(variableNamesOf(call).map((variable) => variable.name)).toEqual(['caseId', 'caseId', 'planningEscalated', 'escalationId']);
  });

  it('writes the listener a boundary event sets a variable with, and reads it back', () => {
    // Given the expression of an end listener setting escalationReason
    const expression = setVariableExpression('escalationReason', "'NO_SLOT_AVAILABLE'");
    expect(expression).toBe("${execution.setVariable('escalationReason', 'NO_SLOT_AVAILABLE')}");

    // When a boundary event carries it
    const event = element('bpmn:BoundaryEvent', {}, [element('camunda:ExecutionListener', { event: 'end', expression })]);

    // Then the listener and the variable it sets are read
    expect(listenersOf(event)).toEqual([expect.objectContaining({ event: 'end', expression, kind: 'execution' })]);
    expect(variableNamesOf(event)).toEqual([{ name: 'escalationReason', property: 'camunda:executionListener (end)' }]);
  });

  it('lists every expression of an element with its role, and the variables they name', () => {
    // Given a multi-instance user task and a conditional flow
    const loop = element('bpmn:MultiInstanceLoopCharacteristics', { 'camunda:collection': '${childrenHeardSeparatelyIds}', 'camunda:elementVariable': 'childId' });
    const task = element('bpmn:UserTask', { 'camunda:candidateGroups': 'chair', 'camunda:dueDate': '${childHearingDueAt}', loopCharacteristics: loop });
    const flow = element('bpmn:SequenceFlow', { conditionExpression: { body: "${a == 'A'}" } });

    // Then their expressions are listed with what the engine expects of each
    expect(expressionSlotsOf(task)).toEqual([
      { property: 'camunda:candidateGroups', role: 'value', text: 'chair' },
      { property: 'camunda:dueDate', role: 'date', text: '${childHearingDueAt}' },
      { property: 'camunda:collection', role: 'value', text: '${childrenHeardSeparatelyIds}' },
    ]);
    expect(expressionSlotsOf(flow)).toEqual([{ property: 'conditionExpression', role: 'condition', text: "${a == 'A'}" }]);
    expect(variableNamesOf(task).map((variable) => variable.name)).toEqual(['childId', 'childHearingDueAt', 'childrenHeardSeparatelyIds']);
  });
});

describe('Code the engine would run', () => {
  it('finds Java classes, delegates, expressions, other implementation types and scripts', () => {
    expect(engineCodeOf(element('bpmn:ServiceTask', { 'camunda:class': 'com.example.Delegate' }))).toEqual([{ detail: 'com.example.Delegate', property: 'camunda:class' }]);
    expect(engineCodeOf(element('bpmn:ServiceTask', { 'camunda:delegateExpression': '${bean}' }))).toEqual([{ detail: '${bean}', property: 'camunda:delegateExpression' }]);
    expect(engineCodeOf(element('bpmn:ServiceTask', { 'camunda:expression': '${bean.run()}' }))).toEqual([{ detail: '${bean.run()}', property: 'camunda:expression' }]);
    expect(engineCodeOf(element('bpmn:ServiceTask', { 'camunda:type': 'shell' }))).toEqual([{ detail: 'shell', property: 'camunda:type' }]);
    expect(engineCodeOf(element('bpmn:ScriptTask', { scriptFormat: 'groovy' }))).toEqual([{ detail: 'groovy', property: 'scriptTask' }]);
    expect(engineCodeOf(element('bpmn:CallActivity', { 'camunda:variableMappingClass': 'com.example.Mapping' }))).toEqual([
      { detail: 'com.example.Mapping', property: 'camunda:variableMappingClass' },
    ]);
  });

  it('finds scripts in listeners, parameters and conditions', () => {
    const listener = element('camunda:ExecutionListener', { event: 'start', script: { scriptFormat: 'javascript', value: '1' } });
    expect(engineCodeOf(element('bpmn:Task', {}, [listener]))).toEqual([{ detail: 'script javascript', property: 'camunda:executionListener (start)' }]);
    const io = element('camunda:InputOutput', { inputParameters: [{ definition: { $type: 'camunda:Script' }, name: 'x' }] });
    expect(engineCodeOf(element('bpmn:Task', {}, [io]))).toEqual([{ detail: 'script', property: 'camunda:inputParameter x' }]);
    const condition = element('bpmn:FormalExpression', { body: 'true', language: 'groovy' });
    expect(engineCodeOf(element('bpmn:SequenceFlow', { conditionExpression: condition }))).toEqual([{ detail: 'groovy script', property: 'language' }]);
  });

  it('finds nothing in an external task', () => {
    expect(engineCodeOf(withAttributes('bpmn:ServiceTask', externalTaskAttributes('jbt.case.close')))).toEqual([]);
  });
});

describe('Foreign dialects and the history time to live', () => {
  it('finds Zeebe extension elements and attributes the engine would ignore', () => {
    // Given a service task written for Zeebe, as the parser keeps it (generic elements, raw attributes)
    const generic = { $descriptor: { isGeneric: true, ns: { uri: ZEEBE_NAMESPACE_URI } }, $type: 'zeebe:taskDefinition' };
    const task = { ...element('bpmn:ServiceTask', {}, [generic]), $attrs: { 'zeebe:modelerTemplate': 'x', 'other:colour': 'red' } };

    // Then both the element and the attribute are named, and another tool's attribute is left alone
    expect(foreignExtensionsOf(task, { other: 'http://example.org/colours', zeebe: ZEEBE_NAMESPACE_URI })).toEqual([
      { kind: 'element', name: 'zeebe:taskDefinition', namespace: ZEEBE_NAMESPACE_URI },
      { kind: 'attribute', name: 'zeebe:modelerTemplate', namespace: ZEEBE_NAMESPACE_URI },
    ]);
  });

  it('reads the history time to live in the forms the engine accepts', () => {
    expect(historyTimeToLiveOf(withAttributes('bpmn:Process', { 'camunda:historyTimeToLive': HISTORY_TIME_TO_LIVE }))).toBe('P7300D');
    expect(['P7300D', '7300'].map(isHistoryTimeToLive)).toEqual([true, true]);
    expect(['P20Y', 'twenty years', ''].map(isHistoryTimeToLive)).toEqual([false, false, false]);
  });
});
