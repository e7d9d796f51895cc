package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.runtime.filter.CorsDecision;
import dev.crosscheck.runtime.filter.Refusal;
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
}
