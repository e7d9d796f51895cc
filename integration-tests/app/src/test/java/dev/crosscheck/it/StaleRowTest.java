package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import org.junit.jupiter.api.Test;

/**
 * A generated table that names a class the application no longer has: crosscheck-it-extra's
 * build compiles {@code ReportsResource}, so its table has the row, then deletes the class file,
 * as Quarkus dev mode does with a deleted source. The row grants nothing, and the application
 * starts. Where the application lists its classes, it could not list that one; Quarkus deploys
 * every route of the table, which is where a stale row used to grant.
 */
class StaleRowTest {

  @Test
  void aRowWhoseClassIsGoneGrantsNothingAndTheApplicationStarts() throws Exception {
    try (ItServer server = ItServer.start(new ItApplication())) {
      RawHttp http = server.http();
      Reply preflight = http.send("OPTIONS", "/reports", "Origin", "https://app.example.com",
          "Access-Control-Request-Method", "GET");
      assertThat(preflight.hasAnyCorsHeader()).as("a grant from a row whose class is gone").isFalse();
      Reply actual = http.send("GET", "/reports", "Origin", "https://app.example.com");
      assertThat(actual.status()).as("nothing serves /reports").isEqualTo(404);
      assertThat(actual.hasAnyCorsHeader()).isFalse();
      assertThat(http.send("GET", "/extra", "Origin", "https://extra.example.com").all("Access-Control-Allow-Origin"))
          .as("the rest of that jar's table").containsExactly("https://extra.example.com");
    }
  }
}
