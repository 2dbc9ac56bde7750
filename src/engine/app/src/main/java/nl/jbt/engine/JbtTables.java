package nl.jbt.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The engine-side tables of our plugins, beside Operaton's own in the engine database. Created at
 * engine start when missing; every statement is idempotent, so several nodes may start at once.
 */
public final class JbtTables {
  private JbtTables() {}

  public static final String USER_TASK_EVENT = "jbt_user_task_event";
  public static final String FLOW_TAKEN = "jbt_flow_taken";
  /** NOTIFY channel: one notification per committed transaction that recorded user-task events. */
  public static final String USER_TASK_CHANNEL = "jbt_user_task";

  private static final String[] DDL = {
    // tx_id orders events by the transaction that wrote them: a reader takes only rows of transactions
    // older than every transaction still running, so a slow commit can never be overtaken and missed.
    "CREATE TABLE IF NOT EXISTS " + USER_TASK_EVENT + " ("
        + " id bigserial PRIMARY KEY,"
        + " tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),"
        + " event varchar(16) NOT NULL,"
        + " task_id varchar(64) NOT NULL,"
        + " task_definition_key varchar(255),"
        + " name varchar(255),"
        + " assignee varchar(255),"
        + " candidate_groups text[] NOT NULL DEFAULT '{}',"
        + " due_date timestamptz,"
        + " form_key varchar(255),"
        + " priority integer NOT NULL DEFAULT 50,"
        + " created_at timestamptz,"
        + " occurred_at timestamptz NOT NULL,"
        + " activity_instance_id varchar(255),"
        + " process_instance_id varchar(64),"
        + " root_process_instance_id varchar(64),"
        + " process_definition_id varchar(64),"
        + " process_definition_key varchar(255))",
    "CREATE INDEX IF NOT EXISTS jbt_user_task_event_order ON " + USER_TASK_EVENT + " (tx_id, id)",
    "CREATE TABLE IF NOT EXISTS " + FLOW_TAKEN + " ("
        + " id bigserial PRIMARY KEY,"
        + " flow_id varchar(255) NOT NULL,"
        + " process_definition_id varchar(64) NOT NULL,"
        + " process_instance_id varchar(64) NOT NULL,"
        + " root_process_instance_id varchar(64),"
        + " taken_at timestamptz NOT NULL)",
    "CREATE INDEX IF NOT EXISTS jbt_flow_taken_definition ON " + FLOW_TAKEN + " (process_definition_id, flow_id)",
    "CREATE INDEX IF NOT EXISTS jbt_flow_taken_instance ON " + FLOW_TAKEN + " (root_process_instance_id)",
  };

  public static void create(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      // Two nodes creating the same table at the same moment can still collide on the catalog; the
      // advisory lock makes the second wait for the first.
      connection.setAutoCommit(false);
      statement.execute("SELECT pg_advisory_xact_lock(4242001)");
      for (String ddl : DDL) statement.execute(ddl);
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the JBT engine tables: " + e.getMessage(), e);
    }
  }
}
