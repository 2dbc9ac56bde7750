package nl.jbt.engine.flows;

import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.pvm.process.TransitionImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;

/**
 * Operaton's history records activities, not the sequence flows between them. Monitoring's heat view
 * and the models' sequence-flow coverage need the flows, so every flow records when it is taken.
 */
public class FlowTakenParseListener extends AbstractBpmnParseListener {
  private final FlowTakenListener listener = new FlowTakenListener();

  @Override
  public void parseSequenceFlow(Element sequenceFlowElement, ScopeImpl scopeElement, TransitionImpl transition) {
    transition.addListener(ExecutionListener.EVENTNAME_TAKE, listener);
  }
}
