package nl.jbt.exporter;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * JOB records -> zeebe_job. The state column is the name of the job's last event (CREATED,
 * FAILED, COMPLETED, ...; ACTIVATED comes from {@link JobBatchWriter}): monitoring wants to see
 * exactly where a job stands, not a coarser status.
 */
final class JobWriter implements RecordWriter {
  // Worker and error stay at their last known value: later events (e.g. RETRIES_UPDATED after a
  // FAILED) should not erase who failed the job and why.
  private static final String UPSERT =
      """
      INSERT INTO zeebe_job AS t (key, type, kind, process_instance_key, element_instance_key,
        element_id, bpmn_process_id, state, retries, worker, error_code, error_message, deadline,
        updated_at, position)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET
        element_id = EXCLUDED.element_id,
        bpmn_process_id = EXCLUDED.bpmn_process_id,
        state = EXCLUDED.state,
        retries = EXCLUDED.retries,
        worker = COALESCE(EXCLUDED.worker, t.worker),
        error_code = COALESCE(EXCLUDED.error_code, t.error_code),
        error_message = COALESCE(EXCLUDED.error_message, t.error_message),
        deadline = EXCLUDED.deadline,
        updated_at = EXCLUDED.updated_at,
        position = EXCLUDED.position
      WHERE t.position < EXCLUDED.position
      """;

  @Override
  public boolean write(Connection connection, Record<?> record) throws SQLException {
    var job = (JobRecordValue) record.getValue();
    upsert(connection, record.getKey(), job, record.getIntent().name(), record);
    return true;
  }

  /** Shared with {@link JobBatchWriter}: {@code record} supplies time and position. */
  static void upsert(
      Connection connection, long key, JobRecordValue job, String state, Record<?> record)
      throws SQLException {
    try (var statement = connection.prepareStatement(UPSERT)) {
      new Params(statement)
          .number(key)
          .text(job.getType())
          .text(job.getJobKind().name())
          .key(job.getProcessInstanceKey())
          .key(job.getElementInstanceKey())
          .text(job.getElementId())
          .text(job.getBpmnProcessId())
          .text(state)
          .number(job.getRetries())
          .text(job.getWorker())
          .text(job.getErrorCode())
          .text(job.getErrorMessage())
          .time(job.getDeadline())
          .time(record.getTimestamp())
          .number(record.getPosition())
          .execute();
    }
  }
}
