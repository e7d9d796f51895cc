package dev.crosscheck.it;

import static dev.crosscheck.it.HelidonCorsLayers.ALLOWED;
import static dev.crosscheck.it.HelidonCorsLayers.HELIDON_WARNING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import org.junit.jupiter.api.Test;

/**
 * {@code helidon-microprofile-cors} on the class path and {@code cors.enabled=false} in the
 * application's {@code microprofile-config.properties}, the way across the start-up warning names:
 * Crosscheck answers alone, and the warning is gone. The same file gives a placeholder's value
 * ({@code ConfiguredResource}'s origins), which the policy reads from Helidon's MicroProfile Config.
 */
class HelidonCorsOffTest {

  @Test
  void withHelidonsCorsOffCrosscheckAnswersAloneAndSaysNothingOfIt() throws Exception {
    try (LoggedWarnings warnings = new LoggedWarnings();
        ItServer server = ItServer.start(new ItApplication())) {
      RawHttp http = server.http();
      Reply allowed = http.send("GET", "/notes/1", "Origin", ALLOWED);
      assertThat(allowed.status()).isEqualTo(200);
      assertThat(allowed.all("Access-Control-Allow-Origin")).containsExactly(ALLOWED);
      assertThat(allowed.all("Access-Control-Allow-Credentials")).containsExactly("true");

      Reply preflight = http.send("OPTIONS", "/notes/1", "Origin", ALLOWED, "Access-Control-Request-Method", "PUT");
      assertThat(preflight.status()).isEqualTo(204);
      assertThat(preflight.all("Access-Control-Allow-Origin")).containsExactly(ALLOWED);

      assertThat(allowOrigin(http, "https://mp.example.com")).as("the value in microprofile-config.properties")
          .isEqualTo("https://mp.example.com");
      assertThat(allowOrigin(http, "https://fallback.example.com")).as("the placeholder's default").isNull();

      assertThat(warnings.lines).noneMatch(w -> w.contains(HELIDON_WARNING) || w.contains("another CORS layer"));
    }
  }

  private static String allowOrigin(RawHttp http, String origin) throws Exception {
    Reply reply = http.send("GET", "/configured", "Origin", origin);
    assertThat(reply.status()).isEqualTo(200);
    return reply.first("Access-Control-Allow-Origin");
  }
}
