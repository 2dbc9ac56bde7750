package nl.jbt.exporter;

import io.camunda.zeebe.exporter.api.Exporter;
import io.camunda.zeebe.exporter.api.ExporterException;
import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.exporter.api.context.Controller;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.micrometer.core.instrument.Timer;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Zeebe exporter that mirrors the engine's history into PostgreSQL tables (zeebe_*), so the
 * service can search instances, incidents, variables, user tasks and jobs without Elasticsearch.
 *
 * <p>One record is one transaction: the rows it changes, its NOTIFYs and the partition's exported
 * position commit together, and only then is the position acknowledged to the broker. Replayed
 * records (after a restart the broker re-exports from its last snapshot) are skipped by position;
 * the guarded upserts in each writer make a replay harmless even without that check.
 */
public final class PostgresExporter implements Exporter {
  private static final Map<ValueType, RecordWriter> WRITERS = writers();

  private Database database;
  private Controller controller;
  private Timer writeTimer;

  @Override
  public void configure(Context context) {
    var config = context.getConfiguration().instantiate(ExporterConfig.class);
    config.validate();
    database = new Database(config, context.getPartitionId(), context.getLogger());
    writeTimer =
        Timer.builder("jbt.exporter.write")
            .description("Time to write and commit one record into PostgreSQL")
            .tag("partition", Integer.toString(context.getPartitionId()))
            .register(context.getMeterRegistry());
    // Only events: commands and rejections describe requests, not what happened.
    context.setFilter(
        new Context.RecordFilter() {
          @Override
          public boolean acceptType(RecordType type) {
            return type == RecordType.EVENT;
          }

          @Override
          public boolean acceptValue(ValueType type) {
            return WRITERS.containsKey(type);
          }
        });
  }

  @Override
  public void open(Controller controller) {
    this.controller = controller;
  }

  @Override
  public void close() {
    database.close();
  }

  @Override
  public void export(Record<?> record) {
    long position = record.getPosition();
    try {
      if (position > database.storedPosition()) {
        write(record);
      }
    } catch (SQLException e) {
      database.discard();
      // Thrown so that the broker keeps the record and retries it with backoff.
      throw new ExporterException(
          "JBT exporter: cannot write " + record.getValueType() + " " + record.getIntent()
              + " at position " + position + "; will retry",
          e);
    }
    controller.updateLastExportedRecordPosition(position);
  }

  private void write(Record<?> record) throws SQLException {
    long start = System.nanoTime();
    var writer = WRITERS.get(record.getValueType());
    if (writer.write(database.connection(), record)) {
      database.commit(record.getPosition());
      writeTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  private static Map<ValueType, RecordWriter> writers() {
    var writers = new EnumMap<ValueType, RecordWriter>(ValueType.class);
    writers.put(ValueType.PROCESS, new ProcessDefinitionWriter());
    writers.put(ValueType.PROCESS_INSTANCE, new ProcessInstanceWriter());
    writers.put(ValueType.INCIDENT, new IncidentWriter());
    writers.put(ValueType.VARIABLE, new VariableWriter());
    writers.put(ValueType.USER_TASK, new UserTaskWriter());
    writers.put(ValueType.JOB, new JobWriter());
    writers.put(ValueType.JOB_BATCH, new JobBatchWriter());
    writers.put(ValueType.TIMER, new TimerWriter());
    writers.put(ValueType.PROCESS_MESSAGE_SUBSCRIPTION, new MessageSubscriptionWriter());
    return writers;
  }
}
