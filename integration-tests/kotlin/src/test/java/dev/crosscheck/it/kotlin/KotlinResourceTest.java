package dev.crosscheck.it.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A resource written in Kotlin, the processor run by kapt on its stubs: the table names its
 * methods by their JVM signatures, and Jersey serves its policy, its opt-out included.
 */
class KotlinResourceTest {

  private static final String ORIGIN = "https://kotlin.example.com";

  @Test
  void theKotlinResourcesPolicyIsServed() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Application application = new Application() {
      @Override
      public Set<Class<?>> getClasses() {
        return Set.of(GreetingsResource.class);
      }
    };
    SeBootstrap.Instance server = SeBootstrap.start(application, SeBootstrap.Configuration.builder()
        .protocol("HTTP").host("127.0.0.1").port(port).rootPath("/").build()).toCompletableFuture().get(60, TimeUnit.SECONDS);
    try {
      HttpClient client = HttpClient.newHttpClient();
      URI uri = URI.create("http://127.0.0.1:" + port + "/greetings/ada");

      HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(uri)
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ORIGIN)
          .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(preflight.statusCode()).isEqualTo(204);
      assertThat(preflight.headers().allValues("Access-Control-Allow-Origin")).containsExactly(ORIGIN);
      assertThat(preflight.headers().allValues("Access-Control-Allow-Credentials")).containsExactly("true");

      HttpResponse<String> get = client.send(HttpRequest.newBuilder(uri).header("Origin", ORIGIN).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(get.body()).isEqualTo("hello ada");
      assertThat(get.headers().allValues("Access-Control-Allow-Origin")).containsExactly(ORIGIN);
      assertThat(get.headers().allValues("Access-Control-Expose-Headers")).containsExactly("X-Greeting");

      HttpResponse<String> deletePreflight = client.send(HttpRequest.newBuilder(uri)
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ORIGIN)
          .header("Access-Control-Request-Method", "DELETE").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(deletePreflight.statusCode()).as("@NoCrossOrigin on the Kotlin method").isEqualTo(403);
      assertThat(deletePreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    } finally {
      server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }
}
