package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Section 8 of the rulebook over real HTTP against a real server. The same class runs unchanged
 * on every runtime module; only the server on the class path differs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorsBehaviourTest {

  static final String APP = "https://app.example.com";
  static final String PROPERTY = "CROSSCHECK_IT_ORIGINS";

  private ItServer server;
  private RawHttp http;

  @BeforeAll
  void start() throws Exception {
    System.setProperty(PROPERTY, "https://configured.example.com, https://second.example.com");
    server = ItServer.start(new ItApplication());
    http = server.http();
  }

  @AfterAll
  void stop() throws Exception {
    System.clearProperty(PROPERTY);
    if (server != null) {
      server.close();
    }
  }

  private Reply preflight(String path, String origin, String method, String... more) throws Exception {
    String[] headers = new String[4 + more.length];
    headers[0] = "Origin";
    headers[1] = origin;
    headers[2] = "Access-Control-Request-Method";
    headers[3] = method;
    System.arraycopy(more, 0, headers, 4, more.length);
    return http.send("OPTIONS", path, headers);
  }

  /**
   * An answer that depends on the Origin must not reach another origin from a cache: it says
   * {@code Vary: Origin}, or no cache may store it at all. Jetty 12 turns a body-less error into
   * its own error page through sendError, dropping the content's headers, Vary among them, and
   * marks the page {@code Cache-Control: no-store} (RFC 9111 section 5.2.2.5: not stored).
   */
  static void assertNoCacheServesItToAnotherOrigin(Reply reply) {
    if (!reply.tokens("Vary").contains("origin")) {
      assertThat(reply.tokens("Cache-Control")).as("neither Vary: Origin nor Cache-Control: no-store").contains("no-store");
    } else {
      assertThat(reply.tokens("Vary")).containsOnlyOnce("origin");
    }
  }

  private static void assertRefusedPreflight(Reply reply) {
    assertThat(reply.status()).as("status").isEqualTo(403);
    assertThat(reply.hasAnyCorsHeader()).as("CORS headers on a refusal").isFalse();
  }

  @Nested
  class Preflights {
    @Test
    void allowedPreflightIsAnsweredWithPrecomputedHeadersAndNeverReachesTheResource() throws Exception {
      Reply reply = preflight("/notes/42", APP, "PUT", "Access-Control-Request-Headers", "content-type,x-request-id");
      assertThat(reply.status()).isEqualTo(204);
      assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(APP);
      assertThat(reply.all("Access-Control-Allow-Credentials")).containsExactly("true");
      assertThat(reply.first("Access-Control-Allow-Methods")).isEqualTo("PUT");
      assertThat(reply.tokens("Access-Control-Allow-Headers")).contains("content-type", "x-request-id");
      assertThat(reply.first("Access-Control-Max-Age")).isEqualTo("600");
      assertThat(reply.tokens("Vary")).containsOnlyOnce("origin");
      assertThat(reply.body()).isEmpty();
    }

    @Test
    void preflightFromASubdomainPatternIsAllowedWithItsOriginEchoed() throws Exception {
      Reply reply = preflight("/notes", "https://a.b.example.org", "POST");
      assertThat(reply.status()).isEqualTo(204);
      assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly("https://a.b.example.org");
    }

    @Test
    void preflightFromAnOriginNotListedIsRefusedWithoutCorsHeaders() throws Exception {
      assertRefusedPreflight(preflight("/notes", "https://evil.example.net", "POST"));
    }

    @Test
    void preflightAskingForAHeaderNotAllowedIsRefused() throws Exception {
      assertRefusedPreflight(preflight("/notes/1", APP, "PUT", "Access-Control-Request-Headers", "content-type,x-other"));
    }

    @Test
    void preflightForAMethodOptedOutIsRefused() throws Exception {
      assertRefusedPreflight(preflight("/notes/1", APP, "DELETE"));
    }

    @Test
    void preflightForAMethodThePathDoesNotServeIsRefused() throws Exception {
      assertRefusedPreflight(preflight("/notes/search", APP, "PATCH"));
    }

    @Test
    void requestHeadersOverSeveralLinesWithWhiteSpaceAreAccepted() throws Exception {
      Reply reply = preflight("/notes/1", APP, "PUT",
          "Access-Control-Request-Headers", "content-type ",
          "Access-Control-Request-Headers", " x-request-id");
      assertThat(reply.status()).isEqualTo(204);
    }

    @Test
    void aFloodOfCommasInRequestHeadersIsRefusedAtOnce() throws Exception {
      assertRefusedPreflight(preflight("/notes/1", APP, "PUT", "Access-Control-Request-Headers", ",".repeat(6000)));
    }

    @Test
    void malformedRequestHeaderListsAreRefused() throws Exception {
      assertRefusedPreflight(preflight("/notes/1", APP, "PUT", "Access-Control-Request-Headers", "content-type,,x-request-id"));
      assertRefusedPreflight(preflight("/notes/1", APP, "PUT", "Access-Control-Request-Headers", "content-type;x-request-id"));
    }

    @Test
    void optionsWithoutRequestMethodIsTheApplicationsToAnswer() throws Exception {
      Reply reply = http.send("OPTIONS", "/plain", "Origin", APP);
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.first("X-Plain")).isEqualTo("yes");
      assertThat(reply.hasAnyCorsHeader()).isFalse();
    }

    @Test
    void preflightToAPathWithoutPolicyPassesThroughUntouched() throws Exception {
      Reply reply = preflight("/plain", APP, "GET");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.first("X-Plain")).isEqualTo("yes");
      assertThat(reply.hasAnyCorsHeader()).isFalse();
      assertThat(reply.tokens("Vary")).doesNotContain("origin");
    }

    @Test
    void publicPolicyAnswersStarWithoutVaryOrCredentials() throws Exception {
      Reply reply = preflight("/public", "https://anyone.example", "GET");
      assertThat(reply.status()).isEqualTo(204);
      assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly("*");
      assertThat(reply.all("Access-Control-Allow-Credentials")).isEmpty();
      assertThat(reply.tokens("Vary")).doesNotContain("origin");
    }

    /**
     * {@code allowedHeaders = "*"} answers {@code *} for any header but Authorization, which the
     * Fetch Standard says {@code *} never covers, and which is refused in every browser, also in
     * those that would take {@code *} for it (Chromium; docs/behaviour.md).
     */
    @Test
    void wildcardHeadersCoverEveryHeaderButAuthorization() throws Exception {
      Reply custom = preflight("/public", "https://anyone.example", "GET", "Access-Control-Request-Headers", "x-client-version");
      assertThat(custom.status()).isEqualTo(204);
      assertThat(custom.all("Access-Control-Allow-Headers")).containsExactly("*");
      assertRefusedPreflight(preflight("/public", "https://anyone.example", "GET", "Access-Control-Request-Headers", "authorization"));
      assertRefusedPreflight(preflight("/public", "https://anyone.example", "GET",
          "Access-Control-Request-Headers", "authorization,x-client-version"));
    }

    @Test
    void publicPolicyOpensOnlyItsMethods() throws Exception {
      assertRefusedPreflight(preflight("/public", "https://anyone.example", "POST"));
    }

    @Test
    void privateNetworkAccessIsAnsweredOnlyWhereEnabled() throws Exception {
      Reply allowed = preflight("/intranet", APP, "GET", "Access-Control-Request-Private-Network", "true");
      assertThat(allowed.status()).isEqualTo(204);
      assertThat(allowed.first("Access-Control-Allow-Private-Network")).isEqualTo("true");
      assertRefusedPreflight(preflight("/notes", APP, "GET", "Access-Control-Request-Private-Network", "true"));
      assertThat(preflight("/notes", APP, "GET").first("Access-Control-Allow-Private-Network")).isNull();
    }

    @Test
    void subResourceMethodsHaveTheirOwnPolicies() throws Exception {
      assertThat(preflight("/notes/5/comments", "https://comments.example.com", "POST").status()).isEqualTo(204);
      assertRefusedPreflight(preflight("/notes/5/comments", APP, "POST"));
    }
  }

  @Nested
  class ActualRequests {
    @Test
    void allowedOriginGetsExactlyOneEchoedOriginCredentialsAndExposedHeaders() throws Exception {
      Reply reply = http.send("GET", "/notes", "Origin", APP);
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(APP);
      assertThat(reply.all("Access-Control-Allow-Credentials")).containsExactly("true");
      assertThat(reply.tokens("Access-Control-Expose-Headers")).containsExactly("x-total-count");
      assertThat(reply.tokens("Vary")).containsOnlyOnce("origin");
    }

    @Test
    void disallowedOriginStillRunsTheRequestButGetsNoCorsHeaders() throws Exception {
      Reply reply = http.send("GET", "/notes", "Origin", "https://evil.example.net");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.body()).isEqualTo("[]");
      assertThat(reply.hasAnyCorsHeader()).isFalse();
      assertThat(reply.tokens("Vary")).containsOnlyOnce("origin");
    }

    @Test
    void requestWithoutOriginGetsVaryOriginOnly() throws Exception {
      Reply reply = http.send("GET", "/notes");
      assertThat(reply.hasAnyCorsHeader()).isFalse();
      assertThat(reply.tokens("Vary")).containsOnlyOnce("origin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/notes/gone", "/notes/private"})
    void anErrorTheResourceAnswersKeepsItsGrantAndVary(String path) throws Exception {
      // Servlet containers send body-less errors through sendError, which may reset headers.
      Reply reply = http.send("GET", path, "Origin", APP);
      assertThat(reply.status()).isIn(401, 404);
      assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(APP);
      assertNoCacheServesItToAnotherOrigin(reply);
    }

    @Test
    void aRefusedPreflightStillVariesByOrigin() throws Exception {
      Reply reply = preflight("/notes", "https://evil.example.net", "POST");
      assertRefusedPreflight(reply);
      assertNoCacheServesItToAnotherOrigin(reply);
    }

    @Test
    void varyIsAppendedToWhatTheResourceSetNeverReplacingIt() throws Exception {
      Reply reply = http.send("GET", "/notes/cached", "Origin", APP);
      assertThat(reply.tokens("Vary")).contains("accept-encoding").containsOnlyOnce("origin");
    }

    @Test
    void headFollowsGet() throws Exception {
      Reply reply = http.send("HEAD", "/notes", "Origin", APP);
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(APP);
    }

    @Test
    void publicPolicyAnswersStar() throws Exception {
      Reply reply = http.send("GET", "/public", "Origin", "https://anyone.example");
      assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly("*");
      assertThat(reply.tokens("Vary")).doesNotContain("origin");
    }

    @Test
    void publicPolicyAnswersStarWithoutAnOriginTooSoACachedResponseServesEveryone() throws Exception {
      Reply reply = http.send("GET", "/public");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly("*");
      assertThat(reply.tokens("Vary")).doesNotContain("origin");
      assertThat(reply.all("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void methodNotOpenedByThePolicyGetsNothing() throws Exception {
      Reply reply = http.send("POST", "/public", "Origin", "https://anyone.example");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.hasAnyCorsHeader()).isFalse();
    }

    @Test
    void optedOutMethodGetsNothing() throws Exception {
      Reply reply = http.send("DELETE", "/notes/3", "Origin", APP);
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.hasAnyCorsHeader()).isFalse();
    }

    @Test
    void unannotatedResourceIsUntouched() throws Exception {
      Reply reply = http.send("GET", "/plain", "Origin", APP);
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.hasAnyCorsHeader()).isFalse();
      assertThat(reply.tokens("Vary")).doesNotContain("origin");
    }

    @Test
    void literalPathBeatsTemplateAndBringsItsOwnPolicy() throws Exception {
      assertThat(http.send("GET", "/items/special", "Origin", "https://special.example.com").all("Access-Control-Allow-Origin"))
          .containsExactly("https://special.example.com");
      assertThat(http.send("GET", "/items/special", "Origin", "https://items.example.com").hasAnyCorsHeader()).isFalse();
      assertThat(http.send("GET", "/items/7", "Origin", "https://items.example.com").all("Access-Control-Allow-Origin"))
          .containsExactly("https://items.example.com");
    }

    @Test
    void regularExpressionTemplatesMatchAsTheRuntimeMatches() throws Exception {
      Reply match = http.send("GET", "/files/readme.txt", "Origin", APP);
      assertThat(match.status()).isEqualTo(200);
      assertThat(match.all("Access-Control-Allow-Origin")).containsExactly(APP);
      Reply noMatch = http.send("GET", "/files/README.txt", "Origin", APP);
      assertThat(noMatch.status()).isEqualTo(404);
      assertThat(noMatch.hasAnyCorsHeader()).isFalse();
    }

    @Test
    void anEncodedPathGetsTheHeadersOfWhateverTheRuntimeMatchedItTo() throws Exception {
      // Jersey and RESTEasy match "%34%32" as written (no method: 404), Quarkus REST decodes it
      // first (NotesResource.get runs): either way the response is that of what ran.
      Reply reply = http.send("GET", "/notes/%34%32", "Origin", APP);
      if (reply.status() == 404) {
        assertThat(reply.hasAnyCorsHeader()).isFalse();
      } else {
        assertThat(reply.body()).isEqualTo("note 42");
        assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(APP);
      }
      assertThat(reply.status()).isIn(200, 404);
    }

    @Test
    void matrixParametersDoNotChangeThePolicy() throws Exception {
      Reply reply = http.send("GET", "/notes;view=compact", "Origin", APP);
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(APP);
    }

    @Test
    void subResourceInheritsThePolicyOfItsLocator() throws Exception {
      assertThat(http.send("GET", "/notes/5/comments", "Origin", APP).all("Access-Control-Allow-Origin")).containsExactly(APP);
    }

    @Test
    void configuredOriginsReplaceTheDefault() throws Exception {
      assertThat(http.send("GET", "/configured", "Origin", "https://second.example.com").all("Access-Control-Allow-Origin"))
          .containsExactly("https://second.example.com");
      assertThat(http.send("GET", "/configured", "Origin", "https://fallback.example.com").hasAnyCorsHeader()).isFalse();
    }

    @Test
    void onlyTheFirstOriginHeaderCounts() throws Exception {
      Reply reply = http.send("GET", "/notes", "Origin", "https://evil.example.net", "Origin", APP);
      assertThat(reply.hasAnyCorsHeader()).isFalse();
    }

    @Test
    void pathsOfNoResourceGetNothing() throws Exception {
      Reply reply = http.send("GET", "/notes/abc", "Origin", APP);
      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.hasAnyCorsHeader()).isFalse();
    }
  }

  /** Section 9: origins every matcher must deny, against {@code https://app.example.com} and {@code https://*.example.org}. */
  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {
      "https://app.example.com.evil.com",
      "https://evilapp.example.com",
      "https://appXexample.com",
      "https://app.example.community",
      "https://example.org",
      "https://example.org.evil.com",
      "https://evilexample.org",
      "https://.example.org",
      "null",
      "*",
      "",
      "HTTPS://APP.EXAMPLE.COM",
      "https://app.example.com:443",
      "https://app.example.com/",
      "http://app.example.com",
  })
  void bypassesAreDenied(String origin) throws Exception {
    Reply actual = http.send("GET", "/notes", "Origin", origin);
    assertThat(actual.hasAnyCorsHeader()).as("actual request from [%s]", origin).isFalse();
    assertRefusedPreflight(preflight("/notes", origin, "POST"));
  }

  @Test
  void anAllowedOriginFollowedByWhiteSpaceAndMoreIsDenied() throws Exception {
    // Sent as "Origin: https://app.example.com<TAB> x": servers trim white space only at the ends
    // of the line, so the filter gets the white space and what follows, and must compare the whole
    // value, not its first word.
    Reply reply = http.send("GET", "/notes", "Origin", APP + "\t x");
    assertThat(reply.hasAnyCorsHeader()).isFalse();
  }

  @Test
  void anOriginWithTrailingWhiteSpaceIsThatOrigin() throws Exception {
    // RFC 9110 section 5.5: white space around a field value is not part of it, and the HTTP layer
    // strips it before the filter reads the header.
    Reply reply = http.send("GET", "/notes", "Origin", APP + " \t");
    assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(APP);
  }

  @Test
  void aDeeperSubdomainOfThePatternIsAllowed() throws Exception {
    assertThat(http.send("GET", "/notes", "Origin", "https://a.b.example.org").all("Access-Control-Allow-Origin"))
        .containsExactly("https://a.b.example.org");
  }

  @Test
  void runsOnTheRuntimeItSays() throws Exception {
    // What the module says it runs on, against what answers: Quarkus REST is RESTEasy Reactive.
    String expected = System.getProperty("crosscheck.it.runtimePackage");
    assertThat(expected).as("the module's crosscheck.it.runtimePackage").isNotBlank();
    assertThat(http.send("GET", "/runtime").body()).startsWith(expected);
  }
}
