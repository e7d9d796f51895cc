package dev.crosscheck.examples.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The final word on CORS is the browser's: headless Chromium loads the demo page from one origin,
 * the page calls the API on another with {@code fetch()}, and the test reads what the page could
 * and could not do. Runs on each runtime module against its own server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

  private static final Pattern ROW = Pattern.compile("<tr ([^>]*data-check=\"[^\"]+\"[^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

  private Demo demo;
  private HeadlessChromium chromium;

  @BeforeAll
  void start() throws Exception {
    chromium = HeadlessChromium.find();
    demo = startDemo(freePort(), freePort());
  }

  /** The demo this class checks: the notes API alone. */
  Demo startDemo(int apiPort, int pagePort) throws Exception {
    return Demo.start(apiPort, pagePort);
  }

  @AfterAll
  void stop() throws Exception {
    System.clearProperty(Demo.APP_ORIGIN);
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void fromTheAppsOriginEveryCallTheDemoPolicyAllowsWorksAndTheOthersAreBlocked() throws Exception {
    Map<String, Map<String, String>> rows = run(demo.pageUrl());
    assertThat(outcomes(rows)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "simple-get", "allowed",
        "public-with-credentials", "blocked",
        "custom-header", "allowed",
        "wildcard-authorization", "blocked",
        "sign-in", "allowed",
        "cookie-read", "allowed",
        "notes-list", "allowed",
        "notes-with-credentials", "blocked",
        "json-put", "allowed",
        "delete", "blocked"));
    assertThat(rows.get("notes-list")).containsEntry("data-exposed", "2").containsEntry("data-hidden", "null");
  }

  @Test
  void fromAnOriginNotListedTheAppsCallsAreBlockedAndThePublicOneStillWorks() throws Exception {
    Map<String, Map<String, String>> rows = run(demo.foreignPageUrl());
    Map<String, String> outcomes = outcomes(rows);
    assertThat(outcomes).containsEntry("simple-get", "allowed")
        .containsEntry("custom-header", "allowed")
        .containsEntry("wildcard-authorization", "blocked")
        .containsEntry("notes-list", "blocked")
        .containsEntry("json-put", "blocked")
        .containsEntry("sign-in", "blocked")
        .containsEntry("cookie-read", "blocked");
  }

  private Map<String, Map<String, String>> run(String url) throws Exception {
    String dom = chromium.dumpDom(url, 20_000);
    assertThat(dom).as("the page finished its calls:%n%s", dom).contains("data-done=\"true\"");
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    Matcher row = ROW.matcher(dom);
    while (row.find()) {
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher attribute = ATTRIBUTE.matcher(row.group(1));
      while (attribute.find()) {
        attributes.put(attribute.group(1), attribute.group(2));
      }
      rows.put(attributes.get("data-check"), attributes);
    }
    return rows;
  }

  private static Map<String, String> outcomes(Map<String, Map<String, String>> rows) {
    Map<String, String> outcomes = new LinkedHashMap<>();
    rows.forEach((check, attributes) -> outcomes.put(check, attributes.get("data-outcome")));
    return outcomes;
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
