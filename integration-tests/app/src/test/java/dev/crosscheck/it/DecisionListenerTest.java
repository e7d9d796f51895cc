package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.runtime.spi.CorsDecision;
import dev.crosscheck.runtime.spi.Refusal;
import dev.crosscheck.it.RawHttp.Reply;
import org.junit.jupiter.api.Test;

/** A listener the class path lists is told of every decision, with the route and the reason. */
class DecisionListenerTest {

  @Test
  void everyDecisionReachesTheListener() throws Exception {
    try (ItServer server = ItServer.start(new ItApplication())) {
      RawHttp http = server.http();
      CountingListener.DECISIONS.clear();
      http.send("OPTIONS", "/notes/7", "Origin", "https://app.example.com", "Access-Control-Request-Method", "PUT");
      http.send("OPTIONS", "/notes/3", "Origin", "https://app.example.com", "Access-Control-Request-Method", "DELETE");
      http.send("GET", "/notes", "Origin", "https://app.example.com");
      http.send("GET", "/notes", "Origin", "https://evil.example.net");
      http.send("GET", "/notes");
      http.send("GET", "/plain", "Origin", "https://app.example.com");
    }
    assertThat(CountingListener.DECISIONS).containsExactly(
        new CorsDecision(true, "PUT", "notes/{id: \\d+}", "NotesResource.update()", null),
        new CorsDecision(true, "DELETE", "notes/{id: \\d+}", "NotesResource.delete()", Refusal.OPTED_OUT),
        new CorsDecision(false, "GET", null, "NotesResource.list()", null),
        new CorsDecision(false, "GET", null, "NotesResource.list()", Refusal.ORIGIN_NOT_ALLOWED));
  }

  @Test
  void aListenerThatThrowsEvenAnErrorChangesNoAnswer() throws Exception {
    FailingListener.armed = true;
    try (ItServer server = ItServer.start(new ItApplication())) {
      RawHttp http = server.http();
      for (int i = 0; i < 3; i++) {
        Reply preflight = http.send("OPTIONS", "/notes/7", "Origin", "https://app.example.com",
            "Access-Control-Request-Method", "PUT");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.all("Access-Control-Allow-Origin")).containsExactly("https://app.example.com");
        Reply created = http.send("POST", "/notes", "Origin", "https://app.example.com");
        assertThat(created.status()).as("the note was created, and the client is told so").isEqualTo(200);
        assertThat(created.body().strip()).isEqualTo("created");
        assertThat(created.all("Access-Control-Allow-Origin")).containsExactly("https://app.example.com");
        Reply refused = http.send("GET", "/notes", "Origin", "https://evil.example.net");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.hasAnyCorsHeader()).isFalse();
      }
    } finally {
      FailingListener.armed = false;
    }
  }
}
