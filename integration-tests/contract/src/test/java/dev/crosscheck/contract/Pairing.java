package dev.crosscheck.contract;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One pairing of generated code and runtime jar, run inside a class loader that has only those
 * (and Jersey): Jersey started by {@link SeBootstrap} with one resource class, then a preflight to
 * it. Loaded by that class loader, so it speaks to the test in strings only.
 */
public final class Pairing {

  private Pairing() {}

  /**
   * @return {@code started <status> <Access-Control-Allow-Origin> <Access-Control-Allow-Credentials>}
   *     (each header {@code -} when absent), or {@code refused} and every exception of the failed
   *     start, one a line, class and message
   */
  public static String preflight(String resourceClass, String path) throws Exception {
    Class<?> resource = Class.forName(resourceClass, true, Pairing.class.getClassLoader());
    Application application = new Application() {
      @Override
      public Set<Class<?>> getClasses() {
        return Set.of(resource);
      }
    };
    int port = freePort();
    SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
        .protocol("HTTP").host("127.0.0.1").port(port).rootPath("/").build();
    SeBootstrap.Instance instance;
    try {
      instance = SeBootstrap.start(application, configuration).toCompletableFuture().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      StringBuilder chain = new StringBuilder("refused");
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        chain.append('\n').append(t.getClass().getName()).append(": ").append(t.getMessage());
      }
      return chain.toString();
    }
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path))
              .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
              .header("Origin", "https://app.example.com")
              .header("Access-Control-Request-Method", "PUT")
              .timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
      return "started " + response.statusCode()
          + " " + response.headers().firstValue("Access-Control-Allow-Origin").orElse("-")
          + " " + response.headers().firstValue("Access-Control-Allow-Credentials").orElse("-");
    } finally {
      instance.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
