package dev.crosscheck.examples.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Origins kept in a database, in a real browser: a partner's page on an origin the partners table
 * does not hold cannot read the API's offers with its user's cookies; once the administration adds
 * that origin to the table, the same page can, without a restart; an {@code http://} origin
 * typed into the table (the policy sends credentials) is refused, logged with its rule, and the
 * page on it stays blocked. Runs on each runtime module against its own server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerOriginsBrowserTest {

  private static final Pattern OUTCOME = Pattern.compile("data-outcome=\"([a-z]+)\"");

  private Demo demo;
  private HeadlessChromium chromium;
  private int pagePort;
  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private final Logger logger = Logger.getLogger("dev.crosscheck");
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
        warnings.add(record.getMessage());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeAll
  void start() throws Exception {
    chromium = HeadlessChromium.find();
    logger.addHandler(handler);
    pagePort = freePort();
    demo = Demo.start(freePort(), pagePort);
  }

  @AfterAll
  void stop() throws Exception {
    logger.removeHandler(handler);
    System.clearProperty(Demo.APP_ORIGIN);
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void aPartnerAddedToTheTableIsAllowedAtOnceAndAnHttpOneIsRefused() throws Exception {
    String partner = "http://127.0.0.1:" + pagePort;
    String page = partner + "/partner.html";
    assertThat(outcome(page)).as("not in the table yet").isEqualTo("blocked");

    assertThat(admin("PUT", partner)).isEqualTo(200);
    assertThat(outcome(page)).as("added, no restart").isEqualTo("allowed");

    String insecure = "http://partner.test:" + pagePort;
    assertThat(admin("PUT", insecure)).isEqualTo(200);
    assertThat(warnings).anyMatch(w -> w.contains("origin source " + PartnerOrigins.class.getName())
        && w.contains("[CORS007] origin \"" + insecure + "\" uses http:// with allowCredentials = true"));
    assertThat(outcome(insecure + "/partner.html", "--host-resolver-rules=MAP partner.test 127.0.0.1"))
        .as("an http:// origin with credentials, refused").isEqualTo("blocked");
    assertThat(outcome(page)).as("the other partners keep working").isEqualTo("allowed");

    assertThat(admin("DELETE", partner)).isEqualTo(200);
    assertThat(outcome(page)).as("removed").isEqualTo("blocked");
    assertThat(admin("PUT", partner, "not-the-token")).as("the administration needs its token").isEqualTo(403);
  }

  private String outcome(String url, String... flags) throws Exception {
    String dom = chromium.dumpDom(url, 20_000, flags);
    assertThat(dom).as("the page finished its call:%n%s", dom).contains("data-done=\"true\"");
    Matcher outcome = OUTCOME.matcher(dom);
    assertThat(outcome.find()).isTrue();
    return outcome.group(1);
  }

  private int admin(String method, String origin) throws Exception {
    return admin(method, origin, Demo.adminToken());
  }

  private int admin(String method, String origin, String token) throws Exception {
    HttpRequest.Builder request = method.equals("DELETE")
        ? HttpRequest.newBuilder(URI.create(demo.apiUrl() + "/admin/partners?origin="
            + URLEncoder.encode(origin, StandardCharsets.UTF_8))).DELETE()
        : HttpRequest.newBuilder(URI.create(demo.apiUrl() + "/admin/partners")).header("Content-Type", "text/plain")
            .method(method, HttpRequest.BodyPublishers.ofString(origin));
    // HTTP/1.1: with the client's default, an offer to upgrade to HTTP/2, Grizzly never read the body (observed).
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(request.header("X-Admin-Token", token).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
