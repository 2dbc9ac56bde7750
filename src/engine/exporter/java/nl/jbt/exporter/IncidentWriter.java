package nl.jbt.exporter;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * INCIDENT records -> zeebe_incident, and the has_incident flag of the owning process instance,
 * which is recomputed from the incident rows so that it is right however events interleave.
 */
final class IncidentWriter implements RecordWriter {
  private static final String UPSERT =
      """
      INSERT INTO zeebe_incident AS t (key, process_instance_key, process_definition_key,
        element_instance_key, element_id, bpmn_process_id, job_key, error_type, error_message,
        state, creation_date, resolved_date, position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET
        process_definition_key = EXCLUDED.process_definition_key,
        element_id = EXCLUDED.element_id,
        bpmn_process_id = EXCLUDED.bpmn_process_id,
        state = EXCLUDED.state,
        creation_date = COALESCE(t.creation_date, EXCLUDED.creation_date),
        resolved_date = COALESCE(EXCLUDED.resolved_date, t.resolved_date),
        position = EXCLUDED.position
      WHERE t.position < EXCLUDED.position
      """;

  private static final String UPDATE_INSTANCE_FLAG =
      """
      UPDATE zeebe_process_instance SET has_incident = EXISTS (
        SELECT 1 FROM zeebe_incident i WHERE i.process_instance_key = ? AND i.state = 'ACTIVE')
      WHERE key = ?
      """;

  @Override
  public boolean write(Connection connection, Record<?> record) throws SQLException {
    var intent = (IncidentIntent) record.getIntent();
    String state =
        switch (intent) {
          case CREATED, MIGRATED -> "ACTIVE";
          case RESOLVED -> "RESOLVED";
          default -> null;
        };
    if (state == null) {
      return false;
    }
    var incident = (IncidentRecordValue) record.getValue();
    int changed;
    try (var statement = connection.prepareStatement(UPSERT)) {
      changed =
          new Params(statement)
              .number(record.getKey())
              .number(incident.getProcessInstanceKey())
              .key(incident.getProcessDefinitionKey())
              .key(incident.getElementInstanceKey())
              .text(incident.getElementId())
              .text(incident.getBpmnProcessId())
              .key(incident.getJobKey())
              .text(incident.getErrorType().name())
              .text(incident.getErrorMessage())
              .text(state)
              .timeIf(intent == IncidentIntent.CREATED, record.getTimestamp())
              .timeIf(intent == IncidentIntent.RESOLVED, record.getTimestamp())
              .number(record.getPosition())
              .execute();
    }
    if (changed > 0) {
      try (var statement = connection.prepareStatement(UPDATE_INSTANCE_FLAG)) {
        new Params(statement)
            .number(incident.getProcessInstanceKey())
            .number(incident.getProcessInstanceKey())
            .execute();
      }
      Params.notify(connection, ProcessInstanceWriter.CHANNEL, incident.getProcessInstanceKey());
    }
    return true;
  }
}
