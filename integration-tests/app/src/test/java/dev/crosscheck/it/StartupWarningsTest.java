package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/**
 * Deploying Crosscheck costs the application no warning of the runtime's: RESTEasy used to log
 * RESTEASY002155 at every start, because the feature was listed both as a Feature service and as a
 * RESTEasy provider. (Both runtimes log through java.util.logging here; the suite's own fixture
 * logs a CORS078 warning at every start, on purpose, which names no generated class.)
 */
class StartupWarningsTest {

  @Test
  void theRuntimeWarnsOfNoGeneratedClass() throws Exception {
    List<String> warnings = new ArrayList<>();
    SimpleFormatter formatter = new SimpleFormatter();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          warnings.add(record.getLoggerName() + ": " + formatter.formatMessage(record));
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    root.addHandler(handler);
    try (ItServer server = ItServer.start(new ItApplication())) {
      assertThat(server.http().send("GET", "/plain").status()).isEqualTo(200);
    } finally {
      root.removeHandler(handler);
    }
    // The handler does see the start's warnings (the fixture's CORS078), so that none naming a
    // generated class is an answer, not a handler that heard nothing.
    assertThat(warnings).anyMatch(w -> w.contains("[CORS078]"));
    assertThat(warnings).noneMatch(w -> w.contains("GeneratedCors"));
  }
}
