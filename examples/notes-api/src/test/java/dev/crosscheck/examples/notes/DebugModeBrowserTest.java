package dev.crosscheck.examples.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Debug mode in a real browser: the API refuses three calls for three reasons, and Chromium's
 * console names each one differently, while it blocks every one of them all the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DebugModeBrowserTest {

  /**
   * The calls: a header the policy does not allow, Authorization under {@code allowedHeaders = "*"}
   * (which Chromium would take {@code *} for), a method opted out, and (from another origin) any.
   */
  private static final String PAGE = """
      <html><body><script>
      const api = '%s';
      const calls = {
        header: () => fetch(api + '/notes/1', {method: 'PUT', headers: {'Content-Type': 'application/json', 'X-Other': '1'}, body: '{}'}),
        authorization: () => fetch(api + '/public/stats', {headers: {'Authorization': 'Bearer demo'}}),
        optedOut: () => fetch(api + '/notes/1', {method: 'DELETE'}),
      };
      Promise.all(Object.entries(calls).map(([name, call]) => call()
          .then(() => document.body.dataset[name] = 'allowed', () => document.body.dataset[name] = 'blocked')))
        .then(() => document.body.dataset.done = 'true');
      </script></body></html>
      """;

  private Demo demo;
  private HttpServer pages;
  private int pagePort;
  private HeadlessChromium chromium;

  @BeforeAll
  void start() throws Exception {
    chromium = HeadlessChromium.find();
    pagePort = freePort();
    System.setProperty("crosscheck.debug", "true");
    System.setProperty(Demo.APP_ORIGIN, "http://localhost:" + pagePort);
    demo = Demo.start(freePort(), freePort());
    byte[] page = PAGE.formatted(demo.apiUrl()).getBytes(StandardCharsets.UTF_8);
    pages = HttpServer.create(new InetSocketAddress("127.0.0.1", pagePort), 0);
    pages.createContext("/", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    pages.start();
  }

  @AfterAll
  void stop() throws Exception {
    System.clearProperty("crosscheck.debug");
    System.clearProperty(Demo.APP_ORIGIN);
    if (pages != null) {
      pages.stop(0);
    }
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void theConsoleNamesEachCauseAndEveryCallIsBlocked() throws Exception {
    List<String> fromTheApp = chromium.consoleMessages("http://localhost:" + pagePort + "/", 10_000);
    List<String> fromElsewhere = chromium.consoleMessages("http://127.0.0.1:" + pagePort + "/", 10_000);

    assertThat(fromTheApp).anySatisfy(m -> assertThat(m).contains("/notes/1")
        .contains("Request header field x-other is not allowed by Access-Control-Allow-Headers in preflight response"));
    assertThat(fromTheApp).anySatisfy(m -> assertThat(m).contains("/public/stats")
        .contains("Request header field authorization is not allowed by Access-Control-Allow-Headers in preflight response"));
    assertThat(fromTheApp).anySatisfy(m -> assertThat(m).contains("/notes/1")
        .contains("Response to preflight request doesn't pass access control check: It does not have HTTP ok status"));
    assertThat(fromElsewhere).anySatisfy(m -> assertThat(m)
        .contains("No 'Access-Control-Allow-Origin' header is present on the requested resource"));
    assertThat(fromTheApp).noneMatch(m -> m.contains("No 'Access-Control-Allow-Origin'"));
  }

  @Test
  void debugModeAllowsNothingMore() throws Exception {
    String dom = chromium.dumpDom("http://localhost:" + pagePort + "/", 10_000);
    assertThat(dom).contains("data-done=\"true\"").contains("data-header=\"blocked\"").contains("data-opted-out=\"blocked\"")
        .contains("data-authorization=\"blocked\"");
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
