package nl.jbt.engine.tasks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import nl.jbt.engine.EngineSql;
import nl.jbt.engine.JbtTables;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.operaton.bpm.engine.delegate.Expression;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.operaton.bpm.engine.impl.persistence.entity.TaskEntity;
import org.operaton.bpm.engine.impl.task.TaskDefinition;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;

/**
 * Records a snapshot of a user task at each of its events (create, assignment, update, complete,
 * delete) in jbt_user_task_event, on the engine command's own connection: the row commits or rolls
 * back with the engine's change, so the service's task list can never show a task the engine does not
 * have, nor miss one it has. pg_notify in the same transaction wakes the service at commit.
 */
public class UserTaskOutboxListener implements TaskListener {
  private static final String INSERT = "INSERT INTO " + JbtTables.USER_TASK_EVENT
      + " (event, task_id, task_definition_key, name, assignee, candidate_groups, due_date, form_key, priority,"
      + " created_at, occurred_at, activity_instance_id, process_instance_id, root_process_instance_id,"
      + " process_definition_id, process_definition_key)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Override
  public void notify(DelegateTask delegateTask) {
    TaskEntity task = (TaskEntity) delegateTask;
    ExecutionEntity execution = task.getExecution();
    Connection connection = EngineSql.currentConnection();
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      Array groups = connection.createArrayOf("text", candidateGroups(task).toArray());
      insert.setString(1, delegateTask.getEventName());
      insert.setString(2, task.getId());
      insert.setString(3, task.getTaskDefinitionKey());
      insert.setString(4, task.getName());
      insert.setString(5, task.getAssignee());
      insert.setArray(6, groups);
      insert.setTimestamp(7, timestamp(task.getDueDate()));
      insert.setString(8, formKey(task));
      insert.setInt(9, task.getPriority());
      insert.setTimestamp(10, timestamp(task.getCreateTime()));
      insert.setTimestamp(11, timestamp(ClockUtil.getCurrentTime()));
      insert.setString(12, execution == null ? null : execution.getActivityInstanceId());
      insert.setString(13, task.getProcessInstanceId());
      insert.setString(14, execution == null ? null : execution.getRootProcessInstanceId());
      insert.setString(15, task.getProcessDefinitionId());
      insert.setString(16, execution == null ? null : execution.getProcessDefinition().getKey());
      insert.executeUpdate();
      try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, '')")) {
        notify.setString(1, JbtTables.USER_TASK_CHANNEL);
        notify.execute();
      }
    } catch (SQLException e) {
      // Failing the engine's command rolls the task change back too: better no change than an unseen one.
      throw new ProcessEngineException("Could not record user task event " + delegateTask.getEventName() + " of task " + task.getId(), e);
    }
  }

  private static List<String> candidateGroups(TaskEntity task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .sorted()
        .toList();
  }

  /** The model's form key; read from the definition because a task's own one is filled lazily. */
  private static String formKey(TaskEntity task) {
    TaskDefinition definition = task.getTaskDefinition();
    if (definition == null || definition.getFormKey() == null) return null;
    Expression key = definition.getFormKey();
    Object value = task.getExecution() == null ? key.getExpressionText() : key.getValue(task.getExecution());
    return value == null ? null : value.toString();
  }

  private static Timestamp timestamp(Date date) {
    return date == null ? null : new Timestamp(date.getTime());
  }
}
