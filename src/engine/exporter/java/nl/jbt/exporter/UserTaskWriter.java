package nl.jbt.exporter;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * USER_TASK records (Camunda user tasks, {@code zeebe:userTask}) -> zeebe_user_task.
 *
 * <p>Each event carries the task's full current attributes, so every write replaces them. The
 * transitional -ING events are skipped: on 8.6 the engine writes the matching -ED event in the
 * same processing step (there are no task listeners yet that could hold a task in between).
 */
final class UserTaskWriter implements RecordWriter {
  static final String CHANNEL = "zeebe_user_task";

  private static final String UPSERT =
      """
      INSERT INTO zeebe_user_task AS t (key, process_instance_key, element_instance_key,
        element_id, bpmn_process_id, process_definition_key, assignee, candidate_groups,
        candidate_users, due_date, follow_up_date, form_key, external_form_reference,
        custom_headers, priority, state, creation_date, completion_date, variables, position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?)
      ON CONFLICT (key) DO UPDATE SET
        element_id = EXCLUDED.element_id,
        bpmn_process_id = EXCLUDED.bpmn_process_id,
        process_definition_key = EXCLUDED.process_definition_key,
        assignee = EXCLUDED.assignee,
        candidate_groups = EXCLUDED.candidate_groups,
        candidate_users = EXCLUDED.candidate_users,
        due_date = EXCLUDED.due_date,
        follow_up_date = EXCLUDED.follow_up_date,
        priority = EXCLUDED.priority,
        state = EXCLUDED.state,
        creation_date = COALESCE(t.creation_date, EXCLUDED.creation_date),
        completion_date = COALESCE(EXCLUDED.completion_date, t.completion_date),
        variables = COALESCE(EXCLUDED.variables, t.variables),
        position = EXCLUDED.position
      WHERE t.position < EXCLUDED.position
      """;

  @Override
  public boolean write(Connection connection, Record<?> record) throws SQLException {
    var intent = (UserTaskIntent) record.getIntent();
    var task = (UserTaskRecordValue) record.getValue();
    String state =
        switch (intent) {
          case CREATED, ASSIGNED, UPDATED, MIGRATED ->
              task.getAssignee().isEmpty() ? "CREATED" : "ASSIGNED";
          case COMPLETED -> "COMPLETED";
          case CANCELED -> "CANCELED";
          default -> null;
        };
    if (state == null) {
      return false;
    }
    boolean ended = intent == UserTaskIntent.COMPLETED || intent == UserTaskIntent.CANCELED;
    long created =
        task.getCreationTimestamp() > 0 ? task.getCreationTimestamp() : record.getTimestamp();

    int changed;
    try (var statement = connection.prepareStatement(UPSERT)) {
      changed =
          new Params(statement)
              .number(task.getUserTaskKey())
              .number(task.getProcessInstanceKey())
              .number(task.getElementInstanceKey())
              .text(task.getElementId())
              .text(task.getBpmnProcessId())
              .number(task.getProcessDefinitionKey())
              .text(task.getAssignee())
              .textArray(task.getCandidateGroupsList())
              .textArray(task.getCandidateUsersList())
              .isoTime(task.getDueDate())
              .isoTime(task.getFollowUpDate())
              .key(task.getFormKey())
              .text(task.getExternalFormReference())
              .json(task.getCustomHeaders())
              .number(task.getPriority())
              .text(state)
              .time(created)
              .timeIf(ended, record.getTimestamp())
              .json(task.getVariables())
              .number(record.getPosition())
              .execute();
    }
    if (changed > 0) {
      Params.notify(connection, CHANNEL, task.getUserTaskKey());
    }
    return true;
  }
}
