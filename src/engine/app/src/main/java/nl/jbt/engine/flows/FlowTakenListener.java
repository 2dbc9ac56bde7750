package nl.jbt.engine.flows;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import nl.jbt.engine.EngineSql;
import nl.jbt.engine.JbtTables;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/** Writes one jbt_flow_taken row per taken sequence flow, in the engine command's transaction. */
public class FlowTakenListener implements ExecutionListener {
  private static final String INSERT = "INSERT INTO " + JbtTables.FLOW_TAKEN
      + " (flow_id, process_definition_id, process_instance_id, root_process_instance_id, taken_at) VALUES (?, ?, ?, ?, ?)";

  @Override
  public void notify(DelegateExecution execution) {
    ExecutionEntity entity = (ExecutionEntity) execution;
    try (PreparedStatement insert = EngineSql.currentConnection().prepareStatement(INSERT)) {
      insert.setString(1, entity.getTransition().getId());
      insert.setString(2, entity.getProcessDefinitionId());
      insert.setString(3, entity.getProcessInstanceId());
      insert.setString(4, entity.getRootProcessInstanceId());
      insert.setTimestamp(5, new Timestamp(ClockUtil.getCurrentTime().getTime()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not record taken sequence flow " + execution.getCurrentTransitionId(), e);
    }
  }
}
