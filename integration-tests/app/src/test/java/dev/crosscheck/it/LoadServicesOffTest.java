package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An application that switches service loading off with {@code jakarta.ws.rs.loadServices=false}:
 * the runtime then ignores {@code META-INF/services/jakarta.ws.rs.core.Feature}, and Crosscheck
 * must still deploy itself through the runtime's own fallback (Jersey: ForcedAutoDiscoverable;
 * RESTEasy: {@code META-INF/services/jakarta.ws.rs.ext.Providers}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadServicesOffTest {

  static final String LOAD_SERVICES = "jakarta.ws.rs.loadServices";

  /** The application under test, with service loading switched off. */
  static final class NoServiceLoadingApplication extends ItApplication {
    @Override
    public Map<String, Object> getProperties() {
      return Map.of(LOAD_SERVICES, false);
    }
  }

  private ItServer server;
  private RawHttp http;

  @BeforeAll
  void start() throws Exception {
    ServiceLoadingProbe.reset();
    server = ItServer.start(new NoServiceLoadingApplication());
    http = server.http();
  }

  @Test
  void theRuntimeReallyLoadedNoFeatureService() {
    // Otherwise the tests below would pass through META-INF/services/jakarta.ws.rs.core.Feature
    // and prove nothing about the fallbacks.
    assertThat(ServiceLoadingProbe.serverConfigurations()).isZero();
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void allowedActualRequestGetsExactlyOneAllowOrigin() throws Exception {
    Reply reply = http.send("GET", "/notes", "Origin", CorsBehaviourTest.APP);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(CorsBehaviourTest.APP);
    assertThat(reply.all("Access-Control-Allow-Credentials")).containsExactly("true");
    assertThat(reply.tokens("Vary")).containsOnlyOnce("origin");
  }

  @Test
  void allowedPreflightIsAnswered() throws Exception {
    Reply reply = http.send("OPTIONS", "/notes/42", "Origin", CorsBehaviourTest.APP,
        "Access-Control-Request-Method", "PUT");
    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(CorsBehaviourTest.APP);
    assertThat(reply.tokens("Vary")).containsOnlyOnce("origin");
  }

  @Test
  void theOtherJarsRoutesAreServedToo() throws Exception {
    Reply reply = http.send("GET", "/extra", "Origin", SeveralJarsTest.EXTRA);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(SeveralJarsTest.EXTRA);
    assertThat(reply.tokens("Vary")).containsOnlyOnce("origin");
  }
}
