package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With the {@code dev.crosscheck} logger at {@code FINE} (System.Logger's {@code DEBUG}), each
 * refused request writes one line that says what was refused, where, for which Origin and why,
 * with the request's values cut and escaped; nothing per request at {@code INFO} or above.
 */
class RefusalLogTest {

  @Test
  void eachRefusalIsOneDebugLine() throws Exception {
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger logger = Logger.getLogger("dev.crosscheck");
    Level before = logger.getLevel();
    handler.setLevel(Level.ALL);
    logger.setLevel(Level.FINE);
    logger.addHandler(handler);
    try (ItServer server = ItServer.start(new ItApplication())) {
      records.clear(); // what the start logged is not per request
      RawHttp http = server.http();
      http.send("OPTIONS", "/notes/7", "Origin", "https://evil.example.net", "Access-Control-Request-Method", "PUT");
      http.send("OPTIONS", "/notes/7", "Origin", "https://app.example.com", "Access-Control-Request-Method", "PUT",
          "Access-Control-Request-Headers", "content-type,x-other");
      http.send("OPTIONS", "/notes", "Origin", "https://" + "a".repeat(400) + ".example", "Access-Control-Request-Method", "GET");
      http.send("GET", "/notes", "Origin", "https://evil.example.net");
      http.send("GET", "/notes", "Origin", "https://app.example.com");
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(before);
    }
    List<String> debug = records.stream().filter(r -> r.getLevel() == Level.FINE).map(LogRecord::getMessage).toList();
    // What a step of the start took, said once each, at the latest at the first request (RESTEasy
    // names the application then, and binding is over then): of no request.
    Pattern startStep = Pattern.compile("Crosscheck: (?:engine built|preflight table of \\d+ routes built"
        + "|response filters bound for \\d+ resource methods the runtime reported before its first request,) in \\d+ ms");
    List<String> lines = debug.stream().filter(line -> !startStep.matcher(line).matches()).toList();
    assertThat(debug.size() - lines.size()).isLessThanOrEqualTo(3);
    assertThat(records).noneMatch(r -> r.getLevel().intValue() >= Level.INFO.intValue() && r.getMessage().contains("refused"));
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("Crosscheck refused the preflight for PUT: OPTIONS ").contains("/notes/7 (route ")
        .contains("NotesResource.update()").endsWith("from Origin \"https://evil.example.net\": origin-not-allowed");
    assertThat(lines.get(1)).endsWith(": header-not-allowed (x-other)");
    assertThat(lines.get(2)).contains("...(").contains(" characters)").endsWith(": origin-malformed").hasSizeLessThan(600);
    assertThat(lines.get(3)).startsWith("Crosscheck refused the response of NotesResource.list(): GET ")
        .endsWith("from Origin \"https://evil.example.net\": origin-not-allowed");
  }
}
