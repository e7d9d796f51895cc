package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Debug mode ({@code crosscheck.debug=true}): every refused request says why, in a
 * {@code Crosscheck-Refusal} header, in an answer shaped so that the browser's console names the
 * cause, and is refused all the same.
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

  /**
   * @param status what debug mode answers, so that the browser's console names the cause: 403
   *     without a grant for an origin, the grant without the refused header (204), a 403 that
   *     grants the origin for the others ("does not have HTTP ok status")
   * @param grants whether the answer carries Access-Control-Allow-Origin
   */
  @ParameterizedTest(name = "{0} {1} from {2}: {4}")
  @CsvSource(delimiter = '|', value = {
      "/notes/7   | PUT    | https://evil.example.net | content-type           | origin-not-allowed           | 403 | false",
      "/notes/7   | PUT    | https://APP.example.com  | content-type           | origin-malformed             | 403 | false",
      "/notes/7   | PUT    | https://app.example.com  | content-type,x-other   | header-not-allowed; x-other  | 204 | true",
      "/notes     | PATCH  | https://app.example.com  |                        | method-not-allowed; PATCH    | 403 | true",
      "/notes/3   | DELETE | https://app.example.com  |                        | opted-out; DELETE            | 403 | true",
      "/public    | POST   | https://anyone.example   |                        | method-not-in-policy; POST   | 403 | true",
      "/tie/x-x   | GET    | https://app.example.com  |                        | preflight-ambiguous          | 403 | true"})
  void aRefusedPreflightNamesItsReason(String path, String method, String origin, String headers, String reason,
      int status, boolean grants) throws Exception {
    Reply reply = headers == null
        ? http.send("OPTIONS", path, "Origin", origin, "Access-Control-Request-Method", method)
        : http.send("OPTIONS", path, "Origin", origin, "Access-Control-Request-Method", method,
            "Access-Control-Request-Headers", headers);
    assertThat(reply.all("Crosscheck-Refusal")).containsExactly(reason);
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.all("Access-Control-Allow-Origin")).isEqualTo(grants ? List.of(origin) : List.of());
    // Whatever it answers, the browser still refuses: never the refused header, never a 2xx grant
    // of a method without a policy, never a cached answer.
    assertThat(reply.tokens("Access-Control-Allow-Headers")).doesNotContain("x-other");
    assertThat(reply.all("Access-Control-Max-Age")).isEmpty();
    if (status / 100 == 2) {
      assertThat(reason).startsWith("header-not-allowed");
    }
  }

  @Test
  void privateNetworkAccessNotEnabled() throws Exception {
    Reply reply = http.send("OPTIONS", "/notes", "Origin", APP, "Access-Control-Request-Method", "GET",
        "Access-Control-Request-Private-Network", "true");
    assertThat(reply.all("Crosscheck-Refusal")).containsExactly("private-network-not-enabled");
    assertThat(reply.all("Access-Control-Allow-Private-Network")).isEmpty();
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
