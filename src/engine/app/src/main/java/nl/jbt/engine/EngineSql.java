package nl.jbt.engine;

import java.sql.Connection;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.db.sql.DbSqlSession;

/** The JDBC connection of the engine command that is running, so our rows share its transaction. */
public final class EngineSql {
  private EngineSql() {}

  public static Connection currentConnection() {
    DbSqlSession session = Context.getCommandContext().getDbSqlSession();
    return session.getSqlSession().getConnection();
  }
}
