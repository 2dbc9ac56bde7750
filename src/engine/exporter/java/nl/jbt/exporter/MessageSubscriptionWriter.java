package nl.jbt.exporter;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.value.ProcessMessageSubscriptionRecordValue;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PROCESS_MESSAGE_SUBSCRIPTION records -> zeebe_message_subscription: which element waits for
 * which message and correlation key. The process-side record is used, not MESSAGE_SUBSCRIPTION:
 * it lives on the instance's partition (so positions compare with the instance's other records)
 * and carries the element id. An element instance subscribes at most once per message name, which
 * makes (element_instance_key, message_name) the key. State is the name of the last event
 * (CREATING, CREATED, CORRELATED, DELETING, DELETED, MIGRATED).
 */
final class MessageSubscriptionWriter implements RecordWriter {
  private static final String UPSERT =
      """
      INSERT INTO zeebe_message_subscription AS t (element_instance_key, message_name,
        process_instance_key, element_id, bpmn_process_id, correlation_key, interrupting, state,
        updated_at, position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (element_instance_key, message_name) DO UPDATE SET
        element_id = EXCLUDED.element_id,
        bpmn_process_id = EXCLUDED.bpmn_process_id,
        state = EXCLUDED.state,
        updated_at = EXCLUDED.updated_at,
        position = EXCLUDED.position
      WHERE t.position < EXCLUDED.position
      """;

  @Override
  public boolean write(Connection connection, Record<?> record) throws SQLException {
    var subscription = (ProcessMessageSubscriptionRecordValue) record.getValue();
    try (var statement = connection.prepareStatement(UPSERT)) {
      new Params(statement)
          .number(subscription.getElementInstanceKey())
          .requiredText(subscription.getMessageName())
          .number(subscription.getProcessInstanceKey())
          .requiredText(subscription.getElementId())
          .requiredText(subscription.getBpmnProcessId())
          .requiredText(subscription.getCorrelationKey())
          .bool(subscription.isInterrupting())
          .text(record.getIntent().name())
          .time(record.getTimestamp())
          .number(record.getPosition())
          .execute();
    }
    return true;
  }
}
