package nl.jbt.exporter;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * TIMER records -> zeebe_timer. Timer start events have no instance yet: their instance keys are
 * NULL. A cycle timer writes a new timer key per repetition, so each repetition is its own row.
 */
final class TimerWriter implements RecordWriter {
  private static final String UPSERT =
      """
      INSERT INTO zeebe_timer AS t (key, process_instance_key, process_definition_key,
        element_instance_key, element_id, due_date, repetitions, state, updated_at, position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET
        process_definition_key = EXCLUDED.process_definition_key,
        element_id = EXCLUDED.element_id,
        state = EXCLUDED.state,
        updated_at = EXCLUDED.updated_at,
        position = EXCLUDED.position
      WHERE t.position < EXCLUDED.position
      """;

  @Override
  public boolean write(Connection connection, Record<?> record) throws SQLException {
    String state =
        switch ((TimerIntent) record.getIntent()) {
          case CREATED, MIGRATED -> "CREATED";
          case TRIGGERED -> "TRIGGERED";
          case CANCELED -> "CANCELED";
          default -> null;
        };
    if (state == null) {
      return false;
    }
    var timer = (TimerRecordValue) record.getValue();
    try (var statement = connection.prepareStatement(UPSERT)) {
      new Params(statement)
          .number(record.getKey())
          .key(timer.getProcessInstanceKey())
          .number(timer.getProcessDefinitionKey())
          .key(timer.getElementInstanceKey())
          .text(timer.getTargetElementId())
          .time(timer.getDueDate())
          .number(timer.getRepetitions())
          .text(state)
          .time(record.getTimestamp())
          .number(record.getPosition())
          .execute();
    }
    return true;
  }
}
