package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.crosscheck.it.RawHttp.Reply;
import dev.crosscheck.it.deployment.ConflictingApplication;
import dev.crosscheck.it.deployment.OtherApplication;
import org.junit.jupiter.api.Test;

/**
 * Only what an application deploys counts: the filter reads the application the runtime serves
 * and keeps the routes of its resources. A policy of a resource that is compiled but not deployed
 * opens nothing; two applications of one module each apply their own policy to one template; a
 * conflict among what one application deploys stops its start.
 */
class DeployedResourcesTest {

  private static final String APP = "https://app.example.com";
  private static final String OTHER = "https://other.example.com";

  private static Reply preflight(RawHttp http, String path, String origin) throws Exception {
    return http.send("OPTIONS", path, "Origin", origin, "Access-Control-Request-Method", "GET");
  }

  @Test
  void anUndeployedResourceLendsItsPolicyToNothing() throws Exception {
    try (ItServer server = ItServer.start(new ItApplication())) {
      Reply actual = server.http().send("GET", "/hidden", "Origin", APP);
      assertThat(actual.body().strip()).as("the deployed catch-all serves /hidden").isEqualTo("closed");
      assertThat(actual.hasAnyCorsHeader()).isFalse();
      Reply preflight = preflight(server.http(), "/hidden", APP);
      assertThat(preflight.first("Access-Control-Allow-Origin")).as("a grant from the undeployed resource").isNull();
    }
  }

  @Test
  void eachApplicationAppliesItsOwnPolicyToTheSameTemplate() throws Exception {
    try (ItServer main = ItServer.start(new ItApplication())) {
      assertThat(preflight(main.http(), "/twin", APP).all("Access-Control-Allow-Origin")).containsExactly(APP);
      assertThat(preflight(main.http(), "/twin", OTHER).status()).isEqualTo(403);
    }
    try (ItServer other = ItServer.start(new OtherApplication())) {
      assertThat(preflight(other.http(), "/twin", OTHER).all("Access-Control-Allow-Origin")).containsExactly(OTHER);
      assertThat(preflight(other.http(), "/twin", APP).status()).isEqualTo(403);
      Reply actual = other.http().send("GET", "/twin", "Origin", OTHER);
      assertThat(actual.body().strip()).isEqualTo("other twin");
      assertThat(actual.all("Access-Control-Allow-Origin")).containsExactly(OTHER);
    }
  }

  @Test
  void aConflictAmongWhatOneApplicationDeploysStopsItsStart() {
    Throwable failure = catchThrowable(() -> ItServer.start(new ConflictingApplication()).close());
    assertThat(failure).as("the start must fail").isNotNull();
    StringBuilder messages = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.append(t).append('\n');
    }
    assertThat(messages.toString()).contains("CORS071").contains("TwinResource.get()").contains("OtherTwinResource.get()");
  }
}
