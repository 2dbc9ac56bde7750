import { topicsInXml, userTasksInXml, variableExpression } from '../../engine/dialect';
import { ALL_TASK_TYPES, ALL_USER_TASKS } from '../../engine/process-catalog';
import { readModelFiles } from '../bpmn-directory';

/** The shipped models and the process catalog name the same task types and user tasks, in the engine's dialect. */
describe('The models in bpmn/ and the process catalog', () => {
  const models = readModelFiles();

  it('name exactly the task types of the catalog as external task topics', () => {
    // Given every model shipped
    // When their external tasks' topics are collected
    const topics = [...new Set(models.flatMap((model) => topicsInXml(model.content)))].sort();

    // Then they are the catalog's task types, no more and no fewer
    expect(topics).toEqual([...ALL_TASK_TYPES]);
  });

  it('give every user task the role, due date variable and form key the catalog lists for it', () => {
    const found = models.flatMap((model) => userTasksInXml(model.content).map((task) => ({ ...task, processId: model.processId }))).sort((a, b) => a.id.localeCompare(b.id));
    const expected = ALL_USER_TASKS.map((task) => ({
      candidateGroups: task.candidateGroup,
      dueDate: variableExpression(task.dueDateVariable),
      formKey: task.formKey,
      id: task.elementId,
      processId: task.processId,
    })).sort((a, b) => a.id.localeCompare(b.id));
    expect(found).toEqual(expected);
  });
});
