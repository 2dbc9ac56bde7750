package nl.jbt.exporter;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * VARIABLE records (CREATED, UPDATED, MIGRATED) -> zeebe_variable. A variable keeps its key for
 * the life of its scope, so the key identifies the (scope_key, name) pair. Rows stay after the
 * scope ends: this is history, not the engine's live state.
 */
final class VariableWriter implements RecordWriter {
  private static final String UPSERT =
      """
      INSERT INTO zeebe_variable AS t (key, process_instance_key, scope_key, name, value,
        updated_at, position)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET
        value = EXCLUDED.value,
        updated_at = EXCLUDED.updated_at,
        position = EXCLUDED.position
      WHERE t.position < EXCLUDED.position
      """;

  @Override
  public boolean write(Connection connection, Record<?> record) throws SQLException {
    var variable = (VariableRecordValue) record.getValue();
    try (var statement = connection.prepareStatement(UPSERT)) {
      new Params(statement)
          .number(record.getKey())
          .number(variable.getProcessInstanceKey())
          .number(variable.getScopeKey())
          .text(variable.getName())
          .requiredText(variable.getValue())
          .time(record.getTimestamp())
          .number(record.getPosition())
          .execute();
    }
    return true;
  }
}
