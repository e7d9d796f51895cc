package dev.crosscheck.it.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A placeholder's value kept where Quarkus users keep settings, in a MicroProfile Config source
 * (here a properties file named by {@code quarkus.config.locations}, as {@code application.properties}
 * would be): the policy reads it, and its default is no longer in force.
 */
class MicroProfileConfigTest {

  private static final String NAME = "CROSSCHECK_IT_ORIGINS";

  @TempDir Path dir;

  @Test
  void anOriginInTheApplicationsConfigurationReplacesTheDefault() throws Exception {
    Path settings = Files.writeString(dir.resolve("cors.properties"), NAME + "=https://mp.example.com\n");
    // Only the configuration file may say it: not a system property of this JVM, which the process would inherit.
    String inherited = System.clearProperty(NAME);
    try (QuarkusProcess quarkus = QuarkusProcess.start(List.of("-Dquarkus.config.locations=" + settings.toUri()))) {
      assertThat(allowOrigin(quarkus.port(), "https://mp.example.com")).isEqualTo("https://mp.example.com");
      assertThat(allowOrigin(quarkus.port(), "https://fallback.example.com")).as("the default").isNull();
    } finally {
      if (inherited != null) {
        System.setProperty(NAME, inherited);
      }
    }
  }

  private static String allowOrigin(int port, String origin) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/configured")).header("Origin", origin)
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
  }
}
