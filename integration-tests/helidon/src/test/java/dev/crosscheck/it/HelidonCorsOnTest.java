package dev.crosscheck.it;

import static dev.crosscheck.it.HelidonCorsLayers.ALLOWED;
import static dev.crosscheck.it.HelidonCorsLayers.HELIDON_WARNING;
import static dev.crosscheck.it.HelidonCorsLayers.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import org.junit.jupiter.api.Test;

/**
 * {@code helidon-microprofile-cors} on the class path, nothing configured: Helidon's CORS is on
 * and refuses every cross-origin actual request ({@code 403}) before the resource runs, which
 * Crosscheck cannot undo. The start says so, naming the setting that turns it off; no response
 * carries two answers, and none grants more than the policy.
 */
class HelidonCorsOnTest {

  @Test
  void theStartNamesHelidonsCorsAndItsSwitchAndNoResponseCarriesTwoAnswers() throws Exception {
    try (LoggedWarnings warnings = new LoggedWarnings();
        ItServer server = ItServer.start(new ItApplication())) {
      assertThat(warnings.lines).anyMatch(w -> w.contains(HELIDON_WARNING) && w.contains("cors.enabled=false"));
      RawHttp http = server.http();

      Reply preflight = http.send("OPTIONS", "/notes/1", "Origin", ALLOWED, "Access-Control-Request-Method", "PUT");
      assertThat(preflight.status()).as("answered by Crosscheck before Helidon's filter").isEqualTo(204);
      assertThat(preflight.all("Access-Control-Allow-Origin")).containsExactly(ALLOWED);

      Reply allowed = http.send("GET", "/notes/1", "Origin", ALLOWED);
      assertThat(allowed.status()).as("Helidon's CORS refuses it, unconfigured").isEqualTo(403);
      assertThat(allowed.all("Access-Control-Allow-Origin")).as("the refusal is readable: one grant, the policy's")
          .containsExactly(ALLOWED);

      for (String[] request : new String[][] {{"GET", "/notes/1"}, {"DELETE", "/notes/1"}}) {
        Reply other = http.send(request[0], request[1], "Origin", OTHER);
        assertThat(other.hasAnyCorsHeader()).as("%s %s from an origin no policy allows", request[0], request[1])
            .isFalse();
      }
    }
  }
}
