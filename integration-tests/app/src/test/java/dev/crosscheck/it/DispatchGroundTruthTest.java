package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The response to an actual request carries the CORS headers of the resource method that ran,
 * on layouts where the runtimes disagree about which one that is (see {@code
 * dev.crosscheck.it.dispatch}). Each method answers its own name, so the assertion holds on every
 * runtime without knowing its matching rules: an "open" answer is granted, a "closed" one or a
 * 404 gets no CORS header at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DispatchGroundTruthTest {

  private static final String APP = "https://app.example.com";

  private ItServer server;
  private RawHttp http;

  static String[] paths() {
    return PATHS;
  }

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

  /** Paths where the runtimes agree, and paths where they do not (the first of each line but the last). */
  private static final String[] PATHS = {
      "/encoded/a%20bcdef", "/encoded/a%20bzz", "/encoded/zzcdef",
      "/tie/x-x", "/tie/y-x", "/tie/x-y",
      "/mixed/a/", "/mixed/a", "/mixed/a/deeper",
      "/bt-x/one", "/bt-x/two", "/bt-x/three",
      "/poly/open", "/poly/closed"};

  @ParameterizedTest(name = "[{index}] GET {0}")
  @MethodSource("paths")
  void theHeadersAreThoseOfTheMethodThatRan(String path) throws Exception {
    Reply reply = http.send("GET", path, "Origin", APP);
    String ran = reply.status() == 200 ? reply.body().strip() : "nothing (" + reply.status() + ")";
    if (ran.startsWith("open")) {
      assertThat(reply.all("Access-Control-Allow-Origin")).as(ran + " on " + ItServer.runtime()).containsExactly(APP);
      assertThat(reply.all("Access-Control-Allow-Credentials")).as(ran).containsExactly("true");
      assertThat(reply.tokens("Vary")).as(ran).contains("origin");
    } else {
      assertThat(reply.hasAnyCorsHeader()).as("CORS headers when " + ran + " ran on " + ItServer.runtime()).isFalse();
    }
  }

  /**
   * A preflight is answered before dispatch, so it may only grant what the actual request will
   * get from the method that runs: wherever a runtime could run a method with another policy, the
   * preflight is refused.
   */
  @ParameterizedTest(name = "[{index}] OPTIONS {0}")
  @MethodSource("paths")
  void aPreflightGrantsOnlyWhatTheMethodThatWillRunGrants(String path) throws Exception {
    Reply preflight = http.send("OPTIONS", path, "Origin", APP, "Access-Control-Request-Method", "GET");
    Reply actual = http.send("GET", path, "Origin", APP);
    if (preflight.status() / 100 == 2 && preflight.first("Access-Control-Allow-Origin") != null) {
      assertThat(actual.body().strip()).as("what ran on %s after a granted preflight", ItServer.runtime()).startsWith("open");
    } else {
      // Not granted: then not half granted either (the grant's other headers without the origin).
      assertThat(preflight.hasAnyCorsHeader()).as("CORS headers on a preflight not granted on %s", ItServer.runtime())
          .isFalse();
    }
  }

  @ParameterizedTest(name = "[{index}] OPTIONS {0}")
  @ValueSource(strings = {"/encoded/a%20bcdef", "/tie/x-x", "/mixed/a/", "/poly/open", "/poly/closed"})
  void aPreflightWhereTheRuntimesDisagreeIsRefused(String path) throws Exception {
    Reply preflight = http.send("OPTIONS", path, "Origin", APP, "Access-Control-Request-Method", "GET");
    assertThat(preflight.status()).isEqualTo(403);
    assertThat(preflight.hasAnyCorsHeader()).isFalse();
  }

  @ParameterizedTest(name = "[{index}] OPTIONS {0}")
  @ValueSource(strings = {"/encoded/zzcdef", "/tie/y-x", "/mixed/a", "/bt-x/two"})
  void aPreflightWhereTheyAgreeIsGranted(String path) throws Exception {
    Reply preflight = http.send("OPTIONS", path, "Origin", APP, "Access-Control-Request-Method", "GET");
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.all("Access-Control-Allow-Origin")).containsExactly(APP);
  }

  /**
   * 600 dashes against {@code {year}-{month}-{day}.json}, which they do not match: nothing is
   * granted, and the path that matches still is. (The runtimes' own regular expressions backtrack
   * over the dashes: at 3,000 both take longer than this client waits. Crosscheck's own matching,
   * one pass per segment, is measured in the benchmarks.)
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"OPTIONS", "GET"})
  void aHostilePathIsAnsweredAndGrantsNothing(String method) throws Exception {
    // Quarkus REST matches on its I/O thread, in time cubic in the dashes (300 take 8 s there): its
    // module sends fewer to the runtime's matcher, and as many to the filter's own preflight.
    int dashes = method.equals("GET") ? Integer.getInteger("crosscheck.it.hostileDashesForTheRuntime", 600) : 600;
    String hostile = "/dated/" + "-".repeat(dashes) + ".jso";
    Reply reply = method.equals("OPTIONS")
        ? http.send("OPTIONS", hostile, "Origin", APP, "Access-Control-Request-Method", "GET")
        : http.send("GET", hostile, "Origin", APP);
    assertThat(reply.first("Access-Control-Allow-Origin")).isNull();
    Reply dated = http.send("OPTIONS", "/dated/2026-11-30.json", "Origin", APP, "Access-Control-Request-Method", "GET");
    assertThat(dated.all("Access-Control-Allow-Origin")).containsExactly(APP);
  }
}
