package nl.jbt.engine.clock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Date;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.jobexecutor.JobExecutor;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/**
 * Moves this node's engine clock, for tests that must reach a timer days away without waiting:
 * GET tells the time, POST /advance {"milliseconds": n} lets it run on n ms ahead, POST /pin
 * {"epochMilli": n} stops it at that moment, DELETE resets it. After each move the job executor is
 * woken, otherwise an idle executor may wait several seconds before it sees the timers now due.
 * Registered only when jbt.test-clock is true (TestClockConfiguration).
 */
public class TestClockController extends HttpServlet {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final transient ProcessEngine engine;

  public TestClockController(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    answer(response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    JsonNode body = JSON.readTree(request.getInputStream());
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    if (path.equals("/advance") && body != null && body.path("milliseconds").canConvertToLong()) {
      long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
      ClockUtil.offset(offset + body.path("milliseconds").asLong());
    } else if (path.equals("/pin") && body != null && body.path("epochMilli").canConvertToLong()) {
      ClockUtil.setCurrentTime(new Date(body.path("epochMilli").asLong()));
    } else {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "POST /advance {milliseconds} or /pin {epochMilli}");
      return;
    }
    wake();
    answer(response);
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ClockUtil.reset();
    wake();
    answer(response);
  }

  private void wake() {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    if (executor != null) executor.jobWasAdded();
  }

  private static void answer(HttpServletResponse response) throws IOException {
    response.setContentType("application/json");
    response.getWriter().write("{\"epochMilli\":" + ClockUtil.getCurrentTime().getTime() + "}");
  }
}
