package nl.jbt.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The engine-side tables of our plugins, beside Operaton's own in the engine database, created at
 * engine start from jbt-engine-tables.sql when missing.
 */
public final class JbtTables {
  private JbtTables() {}

  public static final String USER_TASK_EVENT = "jbt_user_task_event";
  public static final String FLOW_TAKEN = "jbt_flow_taken";
  /** NOTIFY channel: one notification per committed transaction that recorded user-task events. */
  public static final String USER_TASK_CHANNEL = "jbt_user_task";

  private static final String DDL = "/jbt-engine-tables.sql";

  public static void create(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      // Two nodes creating the same table at the same moment can still collide on the catalog; the
      // advisory lock makes the second wait for the first.
      connection.setAutoCommit(false);
      statement.execute("SELECT pg_advisory_xact_lock(4242001)");
      for (String ddl : statements()) statement.execute(ddl);
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the JBT engine tables: " + e.getMessage(), e);
    }
  }

  /** The statements of the script: comments dropped, split at a semicolon that ends a line. */
  private static String[] statements() {
    try (InputStream in = JbtTables.class.getResourceAsStream(DDL)) {
      if (in == null) throw new IllegalStateException(DDL + " is missing from the engine jar");
      String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$", "");
      return java.util.Arrays.stream(script.split(";\\s*\\n")).map(String::trim).filter(sql -> !sql.isEmpty()).toArray(String[]::new);
    } catch (IOException e) {
      throw new IllegalStateException("Could not read " + DDL, e);
    }
  }
}
