package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Debug mode ({@code crosscheck.debug=true}): every refused request says why, in a
 * {@code Crosscheck-Refusal} header, and is refused all the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusalReasonsTest {

  static final String APP = "https://app.example.com";

  private ItServer server;
  private RawHttp http;

  @BeforeAll
  void start() throws Exception {
    System.setProperty("crosscheck.debug", "true");
    System.setProperty(CorsBehaviourTest.PROPERTY, "https://configured.example.com");
    server = ItServer.start(new ItApplication());
    http = server.http();
  }

  @AfterAll
  void stop() throws Exception {
    System.clearProperty("crosscheck.debug");
    System.clearProperty(CorsBehaviourTest.PROPERTY);
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest(name = "{0} {1} from {2}: {4}")
  @CsvSource(delimiter = '|', value = {
      "/notes/7   | PUT    | https://evil.example.net | content-type           | origin-not-allowed",
      "/notes/7   | PUT    | https://APP.example.com  | content-type           | origin-malformed",
      "/notes/7   | PUT    | https://app.example.com  | content-type,x-other   | header-not-allowed; x-other",
      "/notes     | PATCH  | https://app.example.com  |                        | method-not-allowed; PATCH",
      "/notes/3   | DELETE | https://app.example.com  |                        | opted-out; DELETE",
      "/public    | POST   | https://anyone.example   |                        | method-not-in-policy; POST",
      "/tie/x-x   | GET    | https://app.example.com  |                        | preflight-ambiguous"})
  void aRefusedPreflightNamesItsReason(String path, String method, String origin, String headers, String reason)
      throws Exception {
    Reply reply = headers == null
        ? http.send("OPTIONS", path, "Origin", origin, "Access-Control-Request-Method", method)
        : http.send("OPTIONS", path, "Origin", origin, "Access-Control-Request-Method", method,
            "Access-Control-Request-Headers", headers);
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.hasAnyCorsHeader()).isFalse();
    assertThat(reply.all("Crosscheck-Refusal")).containsExactly(reason);
  }

  @Test
  void privateNetworkAccessNotEnabled() throws Exception {
    Reply reply = http.send("OPTIONS", "/notes", "Origin", APP, "Access-Control-Request-Method", "GET",
        "Access-Control-Request-Private-Network", "true");
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.all("Crosscheck-Refusal")).containsExactly("private-network-not-enabled");
  }

  @Test
  void anActualRequestFromAnotherOriginRunsAndSaysWhyItGotNoGrant() throws Exception {
    Reply reply = http.send("GET", "/notes", "Origin", "https://evil.example.net");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.hasAnyCorsHeader()).isFalse();
    assertThat(reply.all("Crosscheck-Refusal")).containsExactly("origin-not-allowed");
  }

  @Test
  void whatIsAllowedSaysNothing() throws Exception {
    Reply preflight = http.send("OPTIONS", "/notes/7", "Origin", APP, "Access-Control-Request-Method", "PUT");
    Reply actual = http.send("GET", "/notes", "Origin", APP);
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.all("Crosscheck-Refusal")).isEmpty();
    assertThat(actual.all("Crosscheck-Refusal")).isEmpty();
  }
}
