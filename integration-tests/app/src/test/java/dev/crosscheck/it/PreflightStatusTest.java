package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.crosscheck.it.RawHttp.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A successful preflight is answered 204, or 200 where the application configures it. */
class PreflightStatusTest {

  private static final String PROPERTY = "crosscheck.preflightStatus";

  @AfterEach
  void clear() {
    System.clearProperty(PROPERTY);
  }

  @Test
  void twoHundredWhereConfigured() throws Exception {
    System.setProperty(PROPERTY, "200");
    try (ItServer server = ItServer.start(new ItApplication())) {
      Reply reply = server.http().send("OPTIONS", "/notes", "Origin", CorsBehaviourTest.APP,
          "Access-Control-Request-Method", "POST");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(CorsBehaviourTest.APP);
      Reply refused = server.http().send("OPTIONS", "/notes", "Origin", "https://evil.example.net",
          "Access-Control-Request-Method", "POST");
      assertThat(refused.status()).isEqualTo(403);
    }
  }

  @Test
  void anyOtherStatusStopsTheStart() {
    System.setProperty(PROPERTY, "201");
    Throwable failure = catchThrowable(() -> ItServer.start(new ItApplication()).close());
    assertThat(failure).as("the start must fail").isNotNull();
    StringBuilder messages = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.append(t).append('\n');
    }
    assertThat(messages.toString()).contains(PROPERTY).contains("\"201\"");
  }
}
