package nl.jbt.engine.clock;

import org.operaton.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The test clock exists only when jbt.test-clock is true; production never sets JBT_ENGINE_TEST_CLOCK. */
@Configuration
@ConditionalOnProperty(name = "jbt.test-clock", havingValue = "true")
public class TestClockConfiguration {
  @Bean
  public ServletRegistrationBean<TestClockController> testClock(ProcessEngine engine) {
    return new ServletRegistrationBean<>(new TestClockController(engine), "/jbt/clock", "/jbt/clock/*");
  }
}
