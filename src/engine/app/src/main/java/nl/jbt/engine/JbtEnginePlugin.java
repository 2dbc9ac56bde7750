package nl.jbt.engine;

import java.util.ArrayList;
import java.util.List;
import nl.jbt.engine.flows.FlowTakenParseListener;
import nl.jbt.engine.tasks.UserTaskOutboxParseListener;
import nl.jbt.engine.variables.JsonListSerializer;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/**
 * Adds our pieces to the engine: every user task records its events in the outbox and every sequence
 * flow records that it was taken (both in the engine's own transaction), and list variables are
 * stored as JSON (JsonListSerializer).
 */
@Component
public class JbtEnginePlugin extends AbstractProcessEnginePlugin {
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) listeners = new ArrayList<>();
    listeners.add(new UserTaskOutboxParseListener());
    listeners.add(new FlowTakenParseListener());
    configuration.setCustomPostBPMNParseListeners(listeners);
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers();
    if (serializers == null) serializers = new ArrayList<>();
    serializers.add(new JsonListSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
    configuration.setDefaultSerializationFormat(JsonListSerializer.FORMAT);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    // The engine's schema exists now; ours goes beside it.
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    JbtTables.create(configuration.getDataSource());
  }
}
