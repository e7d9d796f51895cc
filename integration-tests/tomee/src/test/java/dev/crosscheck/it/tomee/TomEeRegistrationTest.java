package dev.crosscheck.it.tomee;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.extra.ExtraResource;
import dev.crosscheck.it.ScannedShopApplication;
import dev.crosscheck.it.ScannedWar;
import dev.crosscheck.it.ServerProcess;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How Crosscheck's filter comes to be registered on TomEE, which loads no {@code Feature}
 * services, seen in the server's log and on the wire: with an application that declares nothing,
 * TomEE deploys the runtime jar's {@code ScannedFeature} with the resources it scanned, and the
 * start logs Crosscheck's summary; with one that lists its classes and leaves the filter out, TomEE
 * adds no scanned provider, the application has no CORS, and the start says so and how to fix it.
 * Each WAR holds crosscheck-it-extra's resource and the Crosscheck jars.
 */
class TomEeRegistrationTest {

  private static final String ORIGIN = "https://extra.example.com";
  private static final String NO_CORS = "so it has no CORS: none of its @CrossOrigin policies answers";

  @Test
  void anApplicationThatDeclaresNothingGetsTheFilterWithoutConfiguration() throws Exception {
    try (TomEeServer server = TomEeServer.start(war(ScannedShopApplication.class))) {
      HttpResponse<String> preflight = preflight(server);
      assertThat(preflight.statusCode()).isEqualTo(204);
      assertThat(preflight.headers().allValues("Access-Control-Allow-Origin")).containsExactly(ORIGIN);
      HttpResponse<String> actual = send(server, HttpRequest.newBuilder(uri(server)).header("Origin", ORIGIN).GET());
      assertThat(actual.headers().allValues("Access-Control-Allow-Origin")).containsExactly(ORIGIN);
      assertThat(actual.headers().allValues("Vary")).contains("Origin");
      assertThat(server.log()).contains("Crosscheck: 2 routes, 1 open cross-origin under 1 policy")
          .contains("Provider{clazz=dev.crosscheck.runtime.internal.scan.ScannedFeature, discovered=true")
          .doesNotContain(NO_CORS);
    }
  }

  @Test
  void anApplicationThatListsItsClassesWithoutTheFilterIsToldItHasNoCors() throws Exception {
    try (TomEeServer server = TomEeServer.start(war(ListingShopApplication.class))) {
      HttpResponse<String> preflight = preflight(server);
      assertThat(preflight.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
      assertThat(server.log())
          .contains("Crosscheck: /shop runs on Apache CXF (TomEE), which loads no Feature services, and "
              + ListingShopApplication.class.getName() + " declares its own methods")
          .contains(NO_CORS)
          .contains("Return dev.crosscheck.it.extra.GeneratedCorsFilter.class from your Application's getClasses()")
          .doesNotContain("Crosscheck: 2 routes");
    }
  }

  private static Path war(Class<? extends Application> application) throws Exception {
    Path war = Files.createTempFile("crosscheck-tomee-registration-", ".war");
    war.toFile().deleteOnExit();
    ScannedWar.write(ServerProcess.required("crosscheck.it.war"), Set.of(ExtraResource.class), application,
        jar -> !jar.startsWith("crosscheck-it-app-"), war);
    return war;
  }

  private static HttpResponse<String> preflight(TomEeServer server) throws Exception {
    return send(server, HttpRequest.newBuilder(uri(server)).header("Origin", ORIGIN)
        .header("Access-Control-Request-Method", "GET").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
  }

  private static URI uri(TomEeServer server) {
    return URI.create("http://127.0.0.1:" + server.port + "/shop/api/extra");
  }

  private static HttpResponse<String> send(TomEeServer server, HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
