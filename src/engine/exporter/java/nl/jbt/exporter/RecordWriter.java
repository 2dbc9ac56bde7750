package nl.jbt.exporter;

import io.camunda.zeebe.protocol.record.Record;
import java.sql.Connection;
import java.sql.SQLException;

/** Writes the records of one value type into its table(s), inside the caller's transaction. */
interface RecordWriter {

  /**
   * Applies {@code record} to the tables. Every upsert must leave rows alone whose stored position
   * is at or beyond the record's: Zeebe re-exports records after a restart.
   *
   * @return false when the record's intent carries nothing the tables keep, so there is nothing
   *     to commit
   */
  boolean write(Connection connection, Record<?> record) throws SQLException;
}
