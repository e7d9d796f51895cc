package dev.crosscheck.it;

import static dev.crosscheck.it.HelidonCorsLayers.ALLOWED;
import static dev.crosscheck.it.HelidonCorsLayers.HELIDON_WARNING;
import static dev.crosscheck.it.HelidonCorsLayers.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import org.junit.jupiter.api.Test;

/**
 * Helidon's CORS configured in {@code microprofile-config.properties} to grant another origin,
 * with credentials, everything under {@code /notes}, beside Crosscheck's policy for the same
 * resource: on a route the policy governs, and on the method {@code @NoCrossOrigin} closes, the
 * browser sees Crosscheck's answer alone, never Helidon's grant, and the log says so once per route
 * and header.
 */
class HelidonCorsPathsTest {

  @Test
  void helidonsGrantNeverReachesARouteAPolicyGovernsOrOneTheUserClosed() throws Exception {
    LoggedWarnings warnings = new LoggedWarnings();
    try (warnings; ItServer server = ItServer.start(new ItApplication())) {
      assertThat(warnings.lines).anyMatch(w -> w.contains(HELIDON_WARNING));
      RawHttp http = server.http();

      for (int i = 0; i < 3; i++) {
        Reply governed = http.send("GET", "/notes/1", "Origin", OTHER);
        assertThat(governed.status()).as("the request ran; the browser withholds the answer").isEqualTo(200);
        assertThat(governed.hasAnyCorsHeader()).as("Helidon's grant on a route the policy governs").isFalse();

        Reply closed = http.send("DELETE", "/notes/1", "Origin", OTHER);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.hasAnyCorsHeader()).as("Helidon's grant on the @NoCrossOrigin DELETE").isFalse();
      }

      Reply allowed = http.send("GET", "/notes/1", "Origin", ALLOWED);
      assertThat(allowed.status()).as("Helidon's CORS refuses an origin its configuration leaves out").isEqualTo(403);
      assertThat(allowed.all("Access-Control-Allow-Origin")).containsExactly(ALLOWED);
      assertThat(allowed.all("Access-Control-Allow-Credentials")).containsExactly("true");

      Reply preflight = http.send("OPTIONS", "/notes/1", "Origin", OTHER, "Access-Control-Request-Method", "DELETE");
      assertThat(preflight.status()).isEqualTo(403);
      assertThat(preflight.hasAnyCorsHeader()).isFalse();

    }
    assertThat(warnings.count(w -> w.contains("another CORS layer wrote Access-Control-Allow-Origin")
        && w.contains("GET NotesResource.get()"))).as("once per route and header, not per request").isEqualTo(1);
    assertThat(warnings.count(w -> w.contains("another CORS layer wrote Access-Control-Allow-Origin")
        && w.contains("DELETE NotesResource.delete()") && w.contains("@NoCrossOrigin"))).isEqualTo(1);
  }
}
