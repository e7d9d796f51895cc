package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An application made of two Crosscheck jars (this one and crosscheck-it-extra), each with its own
 * generated filter, feature and route source. Exactly one filter must run, and it must serve the
 * routes of both jars ({@link ServiceLoadedFeaturesTest} shows that on runtimes that load Feature
 * services, both features are loaded, so that "one filter" means something there).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralJarsTest {

  static final String EXTRA = "https://extra.example.com";

  private ItServer server;
  private RawHttp http;

  @BeforeAll
  void start() throws Exception {
    server = ItServer.start(new ItApplication());
    http = server.http();
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theOtherJarsResourceGetsItsOwnPolicyOnActualRequests() throws Exception {
    Reply reply = http.send("GET", "/extra", "Origin", EXTRA);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("extra");
    assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(EXTRA);
    assertThat(reply.all("Access-Control-Allow-Credentials")).isEmpty();
    assertThat(reply.tokens("Vary")).containsOnlyOnce("origin");
  }

  @Test
  void theOtherJarsResourceGetsItsOwnPolicyOnPreflights() throws Exception {
    Reply reply = http.send("OPTIONS", "/extra", "Origin", EXTRA, "Access-Control-Request-Method", "GET");
    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(EXTRA);
    assertThat(reply.all("Access-Control-Allow-Methods")).containsExactly("GET");
    assertThat(reply.all("Access-Control-Max-Age")).containsExactly("120");
    assertThat(reply.tokens("Vary")).containsOnlyOnce("origin");
  }

  @Test
  void policiesDoNotLeakBetweenTheJars() throws Exception {
    Reply appOriginOnExtra = http.send("GET", "/extra", "Origin", CorsBehaviourTest.APP);
    assertThat(appOriginOnExtra.hasAnyCorsHeader()).isFalse();
    assertThat(appOriginOnExtra.tokens("Vary")).containsOnlyOnce("origin");
    Reply extraOriginOnNotes = http.send("GET", "/notes", "Origin", EXTRA);
    assertThat(extraOriginOnNotes.hasAnyCorsHeader()).isFalse();
    int refused = http.send("OPTIONS", "/extra", "Origin", EXTRA, "Access-Control-Request-Method", "POST").status();
    assertThat(refused).isEqualTo(403);
  }

  @Test
  void thisJarsResourcesAreAnsweredOnceToo() throws Exception {
    Reply actual = http.send("GET", "/notes", "Origin", CorsBehaviourTest.APP);
    assertThat(actual.all("Access-Control-Allow-Origin")).containsExactly(CorsBehaviourTest.APP);
    assertThat(actual.all("Access-Control-Allow-Credentials")).containsExactly("true");
    assertThat(actual.tokens("Access-Control-Expose-Headers")).containsExactly("x-total-count");
    assertThat(actual.tokens("Vary")).containsOnlyOnce("origin");
    Reply preflight = http.send("OPTIONS", "/notes/7", "Origin", CorsBehaviourTest.APP, "Access-Control-Request-Method", "PUT");
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.all("Access-Control-Allow-Origin")).containsExactly(CorsBehaviourTest.APP);
    assertThat(preflight.all("Access-Control-Allow-Methods")).containsExactly("PUT");
    assertThat(preflight.tokens("Vary")).containsOnlyOnce("origin");
  }

  @Test
  void aPathOfNoPolicyStaysUntouched() throws Exception {
    Reply reply = http.send("GET", "/plain", "Origin", EXTRA);
    assertThat(reply.hasAnyCorsHeader()).isFalse();
    assertThat(reply.tokens("Vary")).doesNotContain("origin");
  }
}
