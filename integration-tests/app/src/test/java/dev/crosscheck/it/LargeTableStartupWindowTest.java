package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import jakarta.ws.rs.core.Application;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link StartupWindowTest} with a large table: the suite's application and the 100 resource
 * classes (10,000 annotated paths, 13,000 resource methods) of the benchmarks' largest
 * compilation, {@code crosscheck-bench-scale-10000}, whose table the engine reads beside the
 * suite's. The larger the table, the longer a start takes to learn what the application deploys,
 * and the wider the window in which a first request could be granted what it does not deploy.
 * Runs where a module puts that jar on the class path (a surefire execution of its own in the
 * Jersey and RESTEasy modules).
 */
class LargeTableStartupWindowTest {

  private static final String APP = "https://app.example.com";
  private static final String SCALE_PACKAGE = "dev.crosscheck.bench.scale10000.";
  private static final int SCALE_CLASSES = 100;

  /** The suite's resources and the large compilation's. */
  static final class LargeApplication extends Application {
    private final Set<Class<?>> classes = new HashSet<>(new ItApplication().getClasses());

    LargeApplication() throws ClassNotFoundException {
      for (int i = 0; i < SCALE_CLASSES; i++) {
        classes.add(Class.forName(SCALE_PACKAGE + "Resource" + i));
      }
    }

    @Override
    public Set<Class<?>> getClasses() {
      return classes;
    }
  }

  @Test
  void withThirteenThousandMethodsNoFirstPreflightIsGrantedWhatTheDeploymentDoesNot() throws Exception {
    Assumptions.assumeTrue(getClass().getClassLoader().getResource(SCALE_PACKAGE.replace('.', '/') + "Resource0.class")
        != null, "crosscheck-bench-scale-10000 is on the class path of the large-table execution of the Jersey and"
        + " RESTEasy modules only");
    for (int start = 0; start < StartupWindowTest.STARTS; start++) {
      try (ItServer server = ItServer.start(new LargeApplication())) {
        RawHttp http = server.http();
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < StartupWindowTest.REQUESTS_PER_KIND; i++) {
          calls.add(() -> http.send("OPTIONS", "/hidden", "Origin", APP, "Access-Control-Request-Method", "GET"));
          calls.add(() -> http.send("OPTIONS", "/twin", "Origin", APP, "Access-Control-Request-Method", "GET"));
          calls.add(() -> http.send("OPTIONS", "/api/r7/items41/9", "Origin", APP, "Access-Control-Request-Method", "PUT"));
        }
        List<Reply> replies = StartupWindowTest.all(calls);
        for (int i = 0; i < replies.size(); i++) {
          Reply reply = replies.get(i);
          int kind = i % 3;
          if (kind == 0) {
            assertThat(reply.status()).as("start %d: /hidden, which only an undeployed resource opens", start)
                .isLessThan(500);
            assertThat(reply.hasAnyCorsHeader()).as("start %d: a grant from the undeployed resource", start).isFalse();
          } else {
            assertThat(reply.status()).as("start %d: a route the deployment opens (%s): it waits for it", start,
                kind == 1 ? "/twin" : "a route of the large compilation").isEqualTo(204);
            assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(APP);
            assertThat(reply.all("Access-Control-Allow-Credentials")).containsExactly("true");
          }
        }
      }
    }
  }
}
