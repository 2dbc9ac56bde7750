package nl.jbt.exporter;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PROCESS_INSTANCE records -> zeebe_process_instance (the PROCESS element itself) and
 * zeebe_element_instance (every other element). Only the lifecycle edges are written: ACTIVATING
 * opens a row, COMPLETED/TERMINATED close it, MIGRATED moves it to another definition; the
 * ACTIVATED/COMPLETING/TERMINATING steps in between change nothing the tables keep.
 */
final class ProcessInstanceWriter implements RecordWriter {
  static final String CHANNEL = "zeebe_process_instance";

  // The root is inherited from the parent's row, which exists already: a call activity creates
  // its child instance on the parent's partition, after the parent was exported.
  private static final String UPSERT_PROCESS =
      """
      INSERT INTO zeebe_process_instance AS t (key, bpmn_process_id, version,
        process_definition_key, state, start_date, end_date, parent_process_instance_key,
        parent_element_instance_key, root_process_instance_key, position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,
        COALESCE((SELECT p.root_process_instance_key FROM zeebe_process_instance p
                  WHERE p.key = ?), ?, ?), ?)
      ON CONFLICT (key) DO UPDATE SET
        bpmn_process_id = EXCLUDED.bpmn_process_id,
        version = EXCLUDED.version,
        process_definition_key = EXCLUDED.process_definition_key,
        state = EXCLUDED.state,
        start_date = COALESCE(t.start_date, EXCLUDED.start_date),
        end_date = COALESCE(EXCLUDED.end_date, t.end_date),
        position = EXCLUDED.position
      WHERE t.position < EXCLUDED.position
      """;

  private static final String UPSERT_ELEMENT =
      """
      INSERT INTO zeebe_element_instance AS t (key, process_instance_key, process_definition_key,
        bpmn_process_id, element_id, element_type, flow_scope_key, state, start_date, end_date,
        position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET
        process_definition_key = EXCLUDED.process_definition_key,
        bpmn_process_id = EXCLUDED.bpmn_process_id,
        element_id = EXCLUDED.element_id,
        state = EXCLUDED.state,
        start_date = COALESCE(t.start_date, EXCLUDED.start_date),
        end_date = COALESCE(EXCLUDED.end_date, t.end_date),
        position = EXCLUDED.position
      WHERE t.position < EXCLUDED.position
      """;

  @Override
  public boolean write(Connection connection, Record<?> record) throws SQLException {
    var intent = (ProcessInstanceIntent) record.getIntent();
    String state =
        switch (intent) {
          case ELEMENT_ACTIVATING, ELEMENT_MIGRATED -> "ACTIVE";
          case ELEMENT_COMPLETED -> "COMPLETED";
          case ELEMENT_TERMINATED -> "TERMINATED";
          default -> null;
        };
    if (state == null) {
      return false;
    }
    var value = (ProcessInstanceRecordValue) record.getValue();
    boolean started = intent == ProcessInstanceIntent.ELEMENT_ACTIVATING;
    boolean ended =
        intent == ProcessInstanceIntent.ELEMENT_COMPLETED
            || intent == ProcessInstanceIntent.ELEMENT_TERMINATED;

    if (value.getBpmnElementType() == BpmnElementType.PROCESS) {
      writeProcess(connection, record, value, state, started, ended);
    } else {
      writeElement(connection, record, value, state, started, ended);
    }
    return true;
  }

  private void writeProcess(
      Connection connection,
      Record<?> record,
      ProcessInstanceRecordValue value,
      String state,
      boolean started,
      boolean ended)
      throws SQLException {
    int changed;
    try (var statement = connection.prepareStatement(UPSERT_PROCESS)) {
      changed =
          new Params(statement)
              .number(record.getKey())
              .text(value.getBpmnProcessId())
              .number(value.getVersion())
              .number(value.getProcessDefinitionKey())
              .text(state)
              .timeIf(started, record.getTimestamp())
              .timeIf(ended, record.getTimestamp())
              .key(value.getParentProcessInstanceKey())
              .key(value.getParentElementInstanceKey())
              .key(value.getParentProcessInstanceKey())
              .key(value.getParentProcessInstanceKey())
              .number(record.getKey())
              .number(record.getPosition())
              .execute();
    }
    if (changed > 0) {
      Params.notify(connection, CHANNEL, record.getKey());
    }
  }

  private void writeElement(
      Connection connection,
      Record<?> record,
      ProcessInstanceRecordValue value,
      String state,
      boolean started,
      boolean ended)
      throws SQLException {
    try (var statement = connection.prepareStatement(UPSERT_ELEMENT)) {
      new Params(statement)
          .number(record.getKey())
          .number(value.getProcessInstanceKey())
          .number(value.getProcessDefinitionKey())
          .text(value.getBpmnProcessId())
          .text(value.getElementId())
          .text(value.getBpmnElementType().name())
          .key(value.getFlowScopeKey())
          .text(state)
          .timeIf(started, record.getTimestamp())
          .timeIf(ended, record.getTimestamp())
          .number(record.getPosition())
          .execute();
    }
  }
}
