package nl.jbt.exporter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;

/**
 * Owns the one JDBC connection of a partition's exporter: opens it lazily, creates the schema on
 * every (re)connect and keeps the last committed record position in step with the database.
 *
 * <p>Connecting lazily (not in {@code open}) lets the broker start while PostgreSQL is down: the
 * first export then fails, the broker retries it with backoff, and history catches up later.
 */
final class Database implements AutoCloseable {
  private static final String SCHEMA_RESOURCE = "/jbt-exporter-schema.sql";
  private static final String SCHEMA_SQL = loadSchema();

  private static final String SELECT_POSITION =
      "SELECT position FROM zeebe_exporter_position WHERE partition_id = ?";

  private static final String UPSERT_POSITION =
      """
      INSERT INTO zeebe_exporter_position (partition_id, position, updated_at)
      VALUES (?, ?, now())
      ON CONFLICT (partition_id) DO UPDATE
        SET position = EXCLUDED.position, updated_at = EXCLUDED.updated_at
      """;

  private final ExporterConfig config;
  private final int partitionId;
  private final Logger log;
  private Connection connection;
  private long storedPosition = -1;

  Database(ExporterConfig config, int partitionId, Logger log) {
    this.config = config;
    this.partitionId = partitionId;
    this.log = log;
  }

  Connection connection() throws SQLException {
    if (connection == null) {
      connect();
    }
    return connection;
  }

  /** Highest record position whose effects are committed; -1 when none is. */
  long storedPosition() throws SQLException {
    connection();
    return storedPosition;
  }

  /** Records {@code position} in the open transaction and commits everything written with it. */
  void commit(long position) throws SQLException {
    try (var statement = connection.prepareStatement(UPSERT_POSITION)) {
      statement.setInt(1, partitionId);
      statement.setLong(2, position);
      statement.executeUpdate();
    }
    connection.commit();
    storedPosition = position;
  }

  /**
   * Drops the connection after a failed export. Telling a dead socket from a bad statement is not
   * worth the code: a reconnect costs milliseconds, failures are rare, and it re-reads the stored
   * position, which the rolled-back transaction did not change.
   */
  void discard() {
    close();
  }

  @Override
  public void close() {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      log.debug("JBT exporter: closing the connection failed", e);
    }
    connection = null;
  }

  private void connect() throws SQLException {
    Connection fresh = DriverManager.getConnection(config.url, connectionProperties());
    try {
      fresh.setAutoCommit(false);
      try (var statement = fresh.createStatement()) {
        statement.execute(SCHEMA_SQL);
      }
      storedPosition = readPosition(fresh);
      fresh.commit();
    } catch (SQLException | RuntimeException e) {
      fresh.close();
      throw e;
    }
    connection = fresh;
    log.info(
        "JBT exporter: connected to {}, partition {} holds history up to position {}",
        config.url.replaceFirst("\\?.*", ""), // query parameters may carry a password
        partitionId,
        storedPosition);
  }

  /**
   * Defaults that the URL may override. Timeouts matter: the broker runs exporters on its IO
   * threads, so a hanging database must fail (and be retried), not block them.
   */
  private Properties connectionProperties() {
    var properties = new Properties();
    if (config.user != null) {
      properties.setProperty("user", config.user);
    }
    if (config.password != null) {
      properties.setProperty("password", config.password);
    }
    properties.setProperty("ApplicationName", "jbt-zeebe-exporter");
    properties.setProperty("connectTimeout", "5");
    properties.setProperty("socketTimeout", "30");
    properties.setProperty("tcpKeepAlive", "true");
    return properties;
  }

  private long readPosition(Connection c) throws SQLException {
    try (var statement = c.prepareStatement(SELECT_POSITION)) {
      statement.setInt(1, partitionId);
      try (var rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : -1;
      }
    }
  }

  private static String loadSchema() {
    try (InputStream in = Database.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "JBT exporter: " + SCHEMA_RESOURCE + " is missing from the jar (copy resources/)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
