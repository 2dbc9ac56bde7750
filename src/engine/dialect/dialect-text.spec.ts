import { outputMappingElementsInXml, topicsInXml, userTasksInXml } from './dialect-text';

describe('Reading the dialect from a file\'s text', () => {
  const xml = `<bpmn:process id="p">
    <bpmn:serviceTask id="a" name="A" camunda:type="external" camunda:topic="jbt.report.send">
    <bpmn:serviceTask id="b" camunda:type="external" camunda:topic="jbt.case.close" />
    <bpmn:sendTask id="c" camunda:type="external" camunda:topic="jbt.report.send" />
    <bpmn:serviceTask id="d" camunda:class="com.example.Delegate" camunda:topic="jbt.not.external" />
    <bpmn:userTask id="u" name="Besluit" camunda:candidateGroups="chair" camunda:dueDate="\${decisionDueAt}" camunda:formKey="jbt:meeting-decision">
  </bpmn:process>`;

  it('lists the topics of external tasks once, sorted, and ignores other implementations', () => {
    expect(topicsInXml(xml)).toEqual(['jbt.case.close', 'jbt.report.send']);
  });

  it('lists user tasks with their role, due date and form', () => {
    expect(userTasksInXml(xml)).toEqual([{ candidateGroups: 'chair', dueDate: '${decisionDueAt}', formKey: 'jbt:meeting-decision', id: 'u' }]);
  });

  it('names the elements that map outputs, also inside a sub-process, and not those that only map inputs', () => {
    const model = `<bpmn:process id="p">
      <bpmn:subProcess id="sub">
        <bpmn:serviceTask id="propose" camunda:type="external" camunda:topic="jbt.slot.propose">
          <bpmn:extensionElements><camunda:inputOutput>
            <camunda:inputParameter name="slotScope">OWN_TABLE</camunda:inputParameter>
            <camunda:outputParameter name="proposedSlotId">\${proposedSlotId}</camunda:outputParameter>
          </camunda:inputOutput></bpmn:extensionElements>
        </bpmn:serviceTask>
        <bpmn:serviceTask id="neighbour" camunda:type="external" camunda:topic="jbt.slot.propose">
          <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="slotScope">NEIGHBOUR_TABLES</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
        </bpmn:serviceTask>
      </bpmn:subProcess>
    </bpmn:process>`;
    expect(outputMappingElementsInXml(model)).toEqual(['propose']);
  });

  it('finds the tasks that map outputs whatever prefixes the file binds', () => {
    // Given a model saved with the BPMN namespace as default and the dialect under another prefix
    const model = `<process id="p" xmlns:c="http://camunda.org/schema/1.0/bpmn">
      <serviceTask id="propose" c:topic="a"><extensionElements><c:inputOutput>
        <c:inputParameter name="slotScope">OWN_TABLE</c:inputParameter>
        <c:outputParameter name="proposedSlotId">\${proposedSlotId}</c:outputParameter>
      </c:inputOutput></extensionElements></serviceTask>
      <serviceTask id="neighbour"><extensionElements><c:inputOutput>
        <c:inputParameter name="slotScope">NEIGHBOUR_TABLES</c:inputParameter>
      </c:inputOutput></extensionElements></serviceTask>
      <serviceTask id="book" c:topic="b" />
    </process>`;

    // When scanned / Then only the task with an output parameter counts
    expect(outputMappingElementsInXml(model)).toEqual(['propose']);
  });
});
