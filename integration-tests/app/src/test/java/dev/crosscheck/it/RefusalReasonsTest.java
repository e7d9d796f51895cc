package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    // Whatever it answers, the browser still refuses, and caches nothing.
    assertThat(aBrowserWouldSendTheRequest(reply, origin, method, headers))
        .as("a browser would send %s %s from %s after this answer: %s %s", method, path, origin, reply.status(),
            reply.headers().stream().map(h -> h[0] + ": " + h[1]).toList())
        .isFalse();
    assertThat(reply.all("Access-Control-Max-Age")).isEmpty();
    assertThat(reply.all("Crosscheck-Refusal")).containsExactly(reason);
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.all("Access-Control-Allow-Origin")).isEqualTo(grants ? List.of(origin) : List.of());
  }

  /**
   * What a browser decides on a preflight answer, by the Fetch Standard's CORS-preflight fetch:
   * an ok status (2xx), the CORS check (Access-Control-Allow-Origin, one value, the origin or
   * {@code *}), the method listed in Access-Control-Allow-Methods unless it is CORS-safelisted
   * (GET, HEAD, POST), and every requested header listed in Access-Control-Allow-Headers
   * (case-insensitively). It takes the most permissive case, a request without credentials, where
   * {@code *} counts for methods and for every header but Authorization: an answer refused there is
   * refused with credentials too.
   */
  static boolean aBrowserWouldSendTheRequest(Reply reply, String origin, String method, String requestHeaders) {
    if (reply.status() < 200 || reply.status() > 299) {
      return false;
    }
    List<String> allowOrigin = reply.all("Access-Control-Allow-Origin");
    if (allowOrigin.size() != 1 || !(allowOrigin.get(0).equals("*") || allowOrigin.get(0).equals(origin))) {
      return false;
    }
    List<String> methods = new ArrayList<>();
    for (String line : reply.all("Access-Control-Allow-Methods")) {
      for (String m : line.split(",")) {
        methods.add(m.strip()); // methods compare case-sensitively
      }
    }
    if (!methods.contains(method) && !methods.contains("*") && !List.of("GET", "HEAD", "POST").contains(method)) {
      return false;
    }
    List<String> allowed = reply.tokens("Access-Control-Allow-Headers");
    for (String name : requestHeaders == null ? new String[0] : requestHeaders.split(",")) {
      String header = name.strip().toLowerCase(Locale.ROOT);
      if (!allowed.contains(header) && !(allowed.contains("*") && !header.equals("authorization"))) {
        return false;
      }
    }
    return true;
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
    // The browser's check above says yes where it should, so its no there is the answer's.
    assertThat(aBrowserWouldSendTheRequest(preflight, APP, "PUT", null)).isTrue();
    assertThat(preflight.all("Crosscheck-Refusal")).isEmpty();
    assertThat(actual.all("Crosscheck-Refusal")).isEmpty();
  }
}
