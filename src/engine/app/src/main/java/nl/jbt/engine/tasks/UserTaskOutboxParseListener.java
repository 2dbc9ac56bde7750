package nl.jbt.engine.tasks;

import org.operaton.bpm.engine.delegate.TaskListener;
import org.operaton.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.task.TaskDefinition;
import org.operaton.bpm.engine.impl.util.xml.Element;

/** Gives every user task of every deployed model the outbox listener, for each event a task has. */
public class UserTaskOutboxParseListener extends AbstractBpmnParseListener {
  static final String[] EVENTS = {
    TaskListener.EVENTNAME_CREATE,
    TaskListener.EVENTNAME_ASSIGNMENT,
    TaskListener.EVENTNAME_UPDATE,
    TaskListener.EVENTNAME_COMPLETE,
    TaskListener.EVENTNAME_DELETE,
  };

  private final UserTaskOutboxListener listener = new UserTaskOutboxListener();

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    // Built-in listeners run before the model's own and cannot be removed by a model.
    for (String event : EVENTS) definition.addBuiltInTaskListener(event, listener);
  }
}
