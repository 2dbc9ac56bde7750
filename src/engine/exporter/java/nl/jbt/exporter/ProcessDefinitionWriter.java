package nl.jbt.exporter;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessIntent;
import io.camunda.zeebe.protocol.record.value.deployment.Process;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PROCESS records -> zeebe_process_definition. A deployed version never changes, so the first
 * write wins. Deletions (8.6 resource deletion) are not mirrored: instances keep pointing at it.
 */
final class ProcessDefinitionWriter implements RecordWriter {
  private static final String INSERT =
      """
      INSERT INTO zeebe_process_definition (key, bpmn_process_id, version, version_tag,
        resource_name, bpmn_xml, deployment_key, deployed_at, position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (key) DO NOTHING
      """;

  @Override
  public boolean write(Connection connection, Record<?> record) throws SQLException {
    if (record.getIntent() != ProcessIntent.CREATED) {
      return false;
    }
    var process = (Process) record.getValue();
    try (var statement = connection.prepareStatement(INSERT)) {
      new Params(statement)
          .number(process.getProcessDefinitionKey())
          .text(process.getBpmnProcessId())
          .number(process.getVersion())
          .text(process.getVersionTag())
          .text(process.getResourceName())
          .text(new String(process.getResource(), StandardCharsets.UTF_8))
          .key(process.getDeploymentKey())
          .time(record.getTimestamp())
          .number(record.getPosition())
          .execute();
    }
    return true;
  }
}
