package nl.jbt.engine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The JBT engine process: Operaton with its REST API under /engine-rest, configured by
 * application.yaml and the JBT_ENGINE_* environment the service passes when it starts this jar.
 */
@SpringBootApplication
public class EngineApplication {
  public static void main(String[] args) {
    SpringApplication.run(EngineApplication.class, args);
  }
}
