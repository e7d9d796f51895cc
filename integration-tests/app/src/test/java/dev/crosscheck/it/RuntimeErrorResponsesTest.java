package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Errors the runtime answers before any resource method runs reach no filter bound to a method:
 * they carry the grant the preflight of their path and method would get, so the page reads the
 * status instead of a CORS error. Where no policy governs the request, they carry nothing.
 */
class RuntimeErrorResponsesTest {

  private static final String APP = "https://app.example.com";
  private static ItServer server;
  private static RawHttp http;

  @BeforeAll
  static void start() throws Exception {
    server = ItServer.start(new ItApplication());
    http = server.http();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  /**
   * Quarkus REST deploys the filter as a {@code @Provider}, not through the feature, with the
   * contracts its class names itself (request filter, dynamic feature): its response side is never
   * called there (observed with a probe), so errors raised before any method get nothing. The test
   * says so, so that closing the gap (or a change of Quarkus) is noticed.
   */
  private static final boolean GAP_ON_THIS_RUNTIME = ItServer.runtime().equals("quarkus");

  private static void assertGrantedWhereSeen(Reply reply, int status) {
    if (GAP_ON_THIS_RUNTIME) {
      assertThat(reply.status()).isEqualTo(status);
      assertThat(reply.hasAnyCorsHeader()).isFalse();
    } else {
      assertGranted(reply, status);
    }
  }

  /** @param statuses the error status, or the ones the runtimes choose among */
  private static void assertGranted(Reply reply, Integer... statuses) {
    assertThat(reply.status()).isIn((Object[]) statuses);
    assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(APP);
    assertThat(reply.all("Access-Control-Allow-Credentials")).containsExactly("true");
    assertThat(reply.all("Access-Control-Expose-Headers")).containsExactly("X-Form-Id");
    CorsBehaviourTest.assertNoCacheServesItToAnotherOrigin(reply);
  }

  @Test
  void aBodyTheMethodDoesNotConsumeIs415WithTheGrant() throws Exception {
    assertGrantedWhereSeen(http.sendWithBody("POST", "/forms", "text/plain", "Origin", APP), 415);
  }

  @Test
  void anAnswerTheMethodCannotProduceIs406WithTheGrant() throws Exception {
    assertGrantedWhereSeen(http.send("GET", "/forms", "Origin", APP, "Accept", "text/csv"), 406);
  }

  /**
   * Only Jersey on its own server (Grizzly) and CXF let the filter see this error: Jersey answers
   * 400, CXF 415. RESTEasy, and Jersey in Jetty 12 or Tomcat 10.1 (Spring Boot's too), answer 400
   * before any response filter runs (observed: no filter of the application is called for it), so
   * no filter can add a header there; Quarkus REST answers 415 without the grant. The test says so,
   * so that a change either way is noticed.
   */
  @Test
  void anUnparseableContentTypeIsAnErrorWithTheGrantWhereTheFilterSeesIt() throws Exception {
    Reply reply = http.sendWithBody("POST", "/forms", "no/such/type;;=", "Origin", APP);
    boolean seen = ItServer.runtime().equals("cxf")
        || ItServer.runtime().equals("jersey") && System.getProperty("crosscheck.it.container") == null;
    if (!seen) {
      assertThat(reply.status()).as("Quarkus REST answers 415 here").isIn(400, 415);
      assertThat(reply.hasAnyCorsHeader()).isFalse();
    } else {
      assertGranted(reply, 400, 415);
    }
  }

  @Test
  void aPathParameterTheConverterRefusesIs404WithTheGrant() throws Exception {
    assertGranted(http.send("GET", "/forms/by-code/abc", "Origin", APP), 404);
  }

  @Test
  void anotherOriginGetsTheStatusAndVaryOnly() throws Exception {
    Reply reply = http.sendWithBody("POST", "/forms", "text/plain", "Origin", "https://evil.example.net");
    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.hasAnyCorsHeader()).isFalse();
    if (!GAP_ON_THIS_RUNTIME) {
      CorsBehaviourTest.assertNoCacheServesItToAnotherOrigin(reply);
    }
  }

  @Test
  void aMethodNothingServesIs405WithNothing() throws Exception {
    Reply reply = http.send("DELETE", "/forms", "Origin", APP);
    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.hasAnyCorsHeader()).isFalse();
  }

  @Test
  void aPathOfNoPolicyKeepsItsErrorUntouched() throws Exception {
    Reply reply = http.send("GET", "/plain/nothing-here", "Origin", APP);
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.hasAnyCorsHeader()).isFalse();
  }
}
