package dev.crosscheck.it;

import static dev.crosscheck.it.StartupWindowTest.REQUESTS_PER_KIND;
import static dev.crosscheck.it.StartupWindowTest.STARTS;
import static dev.crosscheck.it.StartupWindowTest.all;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * A class with a root template, used only as a sub-resource where another class serves that
 * template with another policy: the runtime reports its methods when a locator first returns it,
 * on a request's thread. Serving as a sub-resource, it serves no root template, so it conflicts
 * with nothing; conflicts are outcomes of the start, never of a request.
 */
class SubResourceClaimsTest {

  private static final String APP = "https://app.example.com";
  private static final String OTHER = "https://other.example.com";

  @Test
  void aSubResourceWithTheRootTemplateOfAnotherPolicyIsServedAndConflictsWithNothing() throws Exception {
    for (int start = 0; start < STARTS; start++) {
      try (ItServer server = ItServer.start(new ItApplication())) {
        RawHttp http = server.http();
        List<Callable<Reply>> calls = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_KIND; i++) {
          calls.add(() -> http.send("GET", "/via/elsewhere", "Origin", OTHER));
        }
        assertThat(all(calls)).as("start %d: first requests through the locator", start).allSatisfy(reply -> {
          assertThat(reply.status()).isEqualTo(200);
          assertThat(reply.body().strip()).isEqualTo("elsewhere");
          assertThat(reply.all("Access-Control-Allow-Origin")).containsExactly(OTHER);
        });
        Reply root = http.send("GET", "/claimed", "Origin", APP);
        assertThat(root.body().strip()).isEqualTo("claimed");
        assertThat(root.all("Access-Control-Allow-Origin")).containsExactly(APP);
        assertThat(http.send("OPTIONS", "/claimed", "Origin", OTHER, "Access-Control-Request-Method", "GET").status())
            .as("the sub-resource's policy does not reach the root template it does not serve").isEqualTo(403);
      }
    }
  }
}
