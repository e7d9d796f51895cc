package dev.crosscheck.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.contract.current.CurrentNotesResource;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * This module compiles its resource without Jersey on the compile class path, as a WAR built
 * against the Jakarta EE API is, so nothing Jersey-specific is generated. On Jersey with {@code
 * jakarta.ws.rs.loadServices=false}, which keeps Jersey from loading the generated feature, the
 * runtime jar's own discovery still deploys it.
 */
class JerseyWithServicesOffTest {

  @Test
  void theGeneratedFeatureIsDeployedWithServiceLoadingOff() throws Exception {
    Application application = new Application() {
      @Override
      public Set<Class<?>> getClasses() {
        return Set.of(CurrentNotesResource.class);
      }

      @Override
      public Map<String, Object> getProperties() {
        return Map.of("jakarta.ws.rs.loadServices", false);
      }
    };
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    SeBootstrap.Instance instance = SeBootstrap.start(application, SeBootstrap.Configuration.builder()
        .protocol("HTTP").host("127.0.0.1").port(port).rootPath("/").build()).toCompletableFuture().get(60, TimeUnit.SECONDS);
    try {
      HttpResponse<String> preflight = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/current/notes"))
              .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
              .header("Origin", "https://app.example.com").header("Access-Control-Request-Method", "PUT")
              .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(preflight.statusCode()).isEqualTo(204);
      assertThat(preflight.headers().allValues("Access-Control-Allow-Origin")).containsExactly("https://app.example.com");
    } finally {
      instance.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }
}
