package nl.jbt.exporter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;

/**
 * Binds a record's fields to a statement's parameters in order, translating Zeebe's conventions
 * into SQL ones: -1 keys, 0/-1 timestamps and empty strings mean "absent" and become NULL, so
 * queries can use IS NULL instead of knowing each sentinel.
 */
final class Params {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PreparedStatement statement;
  private int index;

  Params(PreparedStatement statement) {
    this.statement = statement;
  }

  /** An entity key; Zeebe writes -1 (sometimes 0) for "none". */
  Params key(long key) throws SQLException {
    return key > 0 ? bind(key, Types.BIGINT) : bind(null, Types.BIGINT);
  }

  Params number(long value) throws SQLException {
    return bind(value, Types.BIGINT);
  }

  Params number(int value) throws SQLException {
    return bind(value, Types.INTEGER);
  }

  Params bool(boolean value) throws SQLException {
    return bind(value, Types.BOOLEAN);
  }

  /** Text; an empty string becomes NULL because Zeebe uses "" for unset strings. */
  Params text(String value) throws SQLException {
    return bind(value == null || value.isEmpty() ? null : value, Types.VARCHAR);
  }

  /** A column that must not be NULL even when Zeebe sends "". */
  Params requiredText(String value) throws SQLException {
    return bind(value == null ? "" : value, Types.VARCHAR);
  }

  /** Epoch milliseconds (engine clock); values <= 0 mean unset. */
  Params time(long epochMilli) throws SQLException {
    if (epochMilli <= 0) {
      return nullTime();
    }
    return bind(utc(Instant.ofEpochMilli(epochMilli)), Types.TIMESTAMP_WITH_TIMEZONE);
  }

  /**
   * The record's time when this event sets the column (e.g. end_date on COMPLETED), else NULL so
   * that the upsert's COALESCE keeps what an earlier event stored.
   */
  Params timeIf(boolean applies, long epochMilli) throws SQLException {
    return applies ? time(epochMilli) : nullTime();
  }

  private Params nullTime() throws SQLException {
    return bind(null, Types.TIMESTAMP_WITH_TIMEZONE);
  }

  /**
   * An ISO-8601 date-time as Zeebe keeps it for user task due and follow-up dates. The engine
   * validated it already; if it still does not parse, the column stays NULL rather than blocking
   * the exporter on a record it can never write.
   */
  Params isoTime(String value) throws SQLException {
    if (value == null || value.isEmpty()) {
      return nullTime();
    }
    try {
      Instant instant = DateTimeFormatter.ISO_DATE_TIME.parse(value, Instant::from);
      return bind(utc(instant), Types.TIMESTAMP_WITH_TIMEZONE);
    } catch (DateTimeException e) {
      return nullTime();
    }
  }

  Params textArray(Collection<String> values) throws SQLException {
    var array = statement.getConnection().createArrayOf("text", values.toArray());
    statement.setArray(++index, array);
    return this;
  }

  /** A map as JSON text for a {@code ?::jsonb} parameter; an empty map is NULL. */
  Params json(Map<String, ?> value) throws SQLException {
    if (value == null || value.isEmpty()) {
      return bind(null, Types.VARCHAR);
    }
    try {
      return bind(JSON.writeValueAsString(value), Types.VARCHAR);
    } catch (JsonProcessingException e) {
      throw new SQLException("JBT exporter: cannot serialise " + value.keySet() + " as JSON", e);
    }
  }

  /** Runs the statement; returns the number of rows it inserted or updated. */
  int execute() throws SQLException {
    return statement.executeUpdate();
  }

  /**
   * Queues a notification inside the current transaction; PostgreSQL delivers it only on commit
   * (and merges duplicates within one transaction), so listeners never see uncommitted rows.
   */
  static void notify(Connection connection, String channel, long key) throws SQLException {
    try (var statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
      statement.setString(1, channel);
      statement.setString(2, Long.toString(key));
      statement.execute();
    }
  }

  private Params bind(Object value, int sqlType) throws SQLException {
    statement.setObject(++index, value, sqlType);
    return this;
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
