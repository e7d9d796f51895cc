package dev.crosscheck.it.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application of this module started with {@code java --module-path ... -m}, as a named module
 * with the runtime as a named module beside it: CORS answers as on the class path.
 */
class ModulePathTest {

  private static final String SHOP = "https://shop.example.com";
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  private static Process server;
  private static final List<String> log = Collections.synchronizedList(new ArrayList<>());
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String modulePath = System.getProperty("crosscheck.it.classes") + java.io.File.pathSeparator
        + Files.readString(Path.of(System.getProperty("crosscheck.it.modulePath"))).strip();
    server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath,
        // Jersey's and Grizzly's jars are automatic modules that nothing requires by name.
        "--add-modules", "ALL-MODULE-PATH",
        "-m", "dev.crosscheck.it.modulepath/dev.crosscheck.it.modulepath.ModulePathServer", String.valueOf(port))
        .redirectErrorStream(true).start();
    CountDownLatch serving = new CountDownLatch(1);
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) {
          log.add(line);
          if (line.equals("serving")) {
            serving.countDown();
          }
        }
      } catch (IOException ended) {
        // the process stopped
      }
    }, "module-path-server-output");
    reader.setDaemon(true);
    reader.start();
    if (!serving.await(90, TimeUnit.SECONDS)) {
      server.destroyForcibly();
      throw new AssertionError("the application did not start on the module path:\n" + String.join("\n", log));
    }
    base = "http://127.0.0.1:" + port;
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.getOutputStream().close(); // it stops when its input closes
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void theApplicationAndTheRuntimeAreNamedModules() {
    assertThat(log).contains("modules dev.crosscheck.it.modulepath dev.crosscheck.runtime explicit");
    assertThat(log).anySatisfy(line -> assertThat(line).startsWith("INFO: Crosscheck: 3 routes, 2 open cross-origin under 1 policy"));
  }

  @Test
  void aPreflightTheTableGrantsIsAnswered() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/orders/7"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", SHOP).header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "content-type"));
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SHOP);
    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("PUT");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
        h -> assertThat(h).isEqualToIgnoringCase("content-type"));
  }

  @Test
  void anActualRequestGetsItsMethodsGrant() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/orders")).header("Origin", SHOP));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[]");
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(SHOP);
    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
    assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Origin"));
  }

  @Test
  void whatThePolicyClosesOrDoesNotListGetsNothing() throws Exception {
    HttpResponse<String> closed = send(HttpRequest.newBuilder(URI.create(base + "/orders/7"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", SHOP).header("Access-Control-Request-Method", "DELETE"));
    assertThat(closed.statusCode()).isEqualTo(403);
    assertThat(closed.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

    HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(base + "/orders")).header("Origin", "https://evil.example.com"));
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
