package nl.jbt.exporter;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * JOB_BATCH ACTIVATED records -> zeebe_job state ACTIVATED with worker and deadline. Activation is
 * not a JOB event in 8.6; without this, a job being worked on would still look CREATED.
 */
final class JobBatchWriter implements RecordWriter {

  @Override
  public boolean write(Connection connection, Record<?> record) throws SQLException {
    var batch = (JobBatchRecordValue) record.getValue();
    if (record.getIntent() != JobBatchIntent.ACTIVATED || batch.getJobKeys().isEmpty()) {
      return false;
    }
    var keys = batch.getJobKeys();
    var jobs = batch.getJobs();
    for (int i = 0; i < keys.size(); i++) {
      JobWriter.upsert(connection, keys.get(i), jobs.get(i), "ACTIVATED", record);
    }
    return true;
  }
}
