package dev.crosscheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.it.RawHttp.Reply;
import dev.crosscheck.it.layers.LayeredApplication;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two other CORS layers beside Crosscheck ({@link LayeredApplication}): one that adds {@code
 * Access-Control-Allow-Origin: *} after where Crosscheck's response filters used to run, one that
 * echoes any Origin with credentials on every response, preflights included. On the route a
 * policy governs, the browser sees one answer, Crosscheck's, never looser than the policy (on its
 * {@code @NoCrossOrigin} method, no grant at all), and
 * the log says once per route and header that another layer wrote one; the route without a policy
 * is left to them.
 */
class OtherCorsLayersTest {

  private static final String ALLOWED = "https://app.example.com";
  private static final String OTHER = "https://evil.example.net";

  @Test
  void onAGovernedRouteTheBrowserSeesCrosschecksAnswerAloneAndTheLogSaysSoOnce() throws Exception {
    LoggedWarnings logged = new LoggedWarnings();
    List<String> warnings = logged.lines;
    try (logged; ItServer server = ItServer.start(new LayeredApplication())) {
      RawHttp http = server.http();

      Reply preflight = http.send("OPTIONS", "/layered", "Origin", ALLOWED, "Access-Control-Request-Method", "PUT");
      assertThat(preflight.status()).isEqualTo(204);
      assertThat(preflight.all("Access-Control-Allow-Origin")).containsExactly(ALLOWED);
      assertThat(preflight.all("Access-Control-Allow-Credentials")).containsExactly("true");
      assertThat(preflight.all("Access-Control-Allow-Methods")).containsExactly("PUT");

      Reply refused = http.send("OPTIONS", "/layered", "Origin", OTHER, "Access-Control-Request-Method", "PUT");
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.hasAnyCorsHeader()).as("a refused preflight with the other layers' grant").isFalse();

      for (int i = 0; i < 3; i++) {
        Reply allowed = http.send("GET", "/layered", "Origin", ALLOWED);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.all("Access-Control-Allow-Origin")).containsExactly(ALLOWED);
        assertThat(allowed.all("Access-Control-Allow-Credentials")).containsExactly("true");
        assertThat(allowed.all("Access-Control-Expose-Headers")).containsExactly("X-Layer");
        assertThat(allowed.all("Access-Control-Allow-Methods")).as("on an actual response").isEmpty();
      }

      Reply other = http.send("GET", "/layered", "Origin", OTHER);
      assertThat(other.status()).as("the request ran; the browser withholds the answer").isEqualTo(200);
      assertThat(other.hasAnyCorsHeader()).as("the echoed grant to an origin the policy does not allow").isFalse();

      for (String origin : List.of(ALLOWED, OTHER)) {
        Reply closed = http.send("DELETE", "/layered", "Origin", origin);
        assertThat(closed.status()).as("the request ran").isEqualTo(200);
        assertThat(closed.hasAnyCorsHeader()).as("another layer's grant on a @NoCrossOrigin method").isFalse();
      }

      Reply ungoverned = http.send("GET", "/ungoverned", "Origin", OTHER);
      assertThat(ungoverned.all("Access-Control-Allow-Origin")).as("no policy: the other layers answer alone")
          .contains("*", OTHER);
    }
    List<String> aboutTheGet = warnings.stream()
        .filter(w -> w.contains("another CORS layer wrote Access-Control-Allow-Origin")
            && w.contains("LayeredResource.get()")).toList();
    assertThat(aboutTheGet).as("said once for the route and header, not per request: %s", warnings).hasSize(1);
    assertThat(warnings).anyMatch(w -> w.contains("another CORS layer wrote Access-Control-Allow-Origin")
        && w.contains("the preflight for PUT /layered"));
    assertThat(warnings).anyMatch(w -> w.contains("another CORS layer wrote Access-Control-Allow-Origin")
        && w.contains("DELETE LayeredResource.delete()")
        && w.contains("which @NoCrossOrigin closes to other origins"));
    assertThat(warnings).noneMatch(w -> w.contains("UngovernedResource") || w.contains("/ungoverned"));
  }

  /**
   * Debug mode answers a refused preflight with headers that make the browser's console name the
   * cause; after the other layers' response filters, the browser sees exactly those, and a refusal
   * of the origin still carries no grant.
   */
  @Test
  void inDebugModeARefusedPreflightKeepsCrosschecksExplainingAnswer() throws Exception {
    System.setProperty("crosscheck.debug", "true");
    try (ItServer server = ItServer.start(new LayeredApplication())) {
      RawHttp http = server.http();

      Reply header = http.send("OPTIONS", "/layered", "Origin", ALLOWED, "Access-Control-Request-Method", "PUT",
          "Access-Control-Request-Headers", "x-not-allowed");
      assertThat(header.status()).isEqualTo(204);
      assertThat(header.all("Crosscheck-Refusal")).singleElement().asString().startsWith("header-not-allowed");
      assertThat(header.all("Access-Control-Allow-Origin")).containsExactly(ALLOWED);
      assertThat(header.all("Access-Control-Allow-Methods")).containsExactly("PUT");
      assertThat(header.all("Access-Control-Allow-Credentials")).containsExactly("true");
      assertThat(header.all("Access-Control-Allow-Headers")).as("the refused header is not granted").isEmpty();

      Reply origin = http.send("OPTIONS", "/layered", "Origin", OTHER, "Access-Control-Request-Method", "PUT");
      assertThat(origin.status()).isEqualTo(403);
      assertThat(origin.hasAnyCorsHeader()).as("the other layers' grant to a refused origin").isFalse();
    } finally {
      System.clearProperty("crosscheck.debug");
    }
  }

  /**
   * RESTEasy's {@code CorsFilter} registered beside Crosscheck, allowing another origin with
   * credentials (on RESTEasy only). Its grant to that origin on the governed route is removed, so
   * the answer is never looser than the policy; it still refuses the policy's own origin (403)
   * before Crosscheck sees the request, which the start's warning names with the fix.
   */
  @Test
  void resteasysCorsFilterIsNamedAtStartAndGrantsNothingOnAGovernedRoute() throws Exception {
    Class<?> corsFilter;
    try {
      corsFilter = Class.forName("org.jboss.resteasy.plugins.interceptors.CorsFilter");
    } catch (ClassNotFoundException notResteasy) {
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "RESTEasy's CorsFilter is not on this runtime's class path");
      return;
    }
    Object filter = corsFilter.getDeclaredConstructor().newInstance();
    @SuppressWarnings("unchecked")
    java.util.Set<String> origins = (java.util.Set<String>) corsFilter.getMethod("getAllowedOrigins").invoke(filter);
    origins.add(OTHER);
    corsFilter.getMethod("setAllowCredentials", boolean.class).invoke(filter, true);
    jakarta.ws.rs.core.Application application = new jakarta.ws.rs.core.Application() {
      @Override
      public java.util.Set<Class<?>> getClasses() {
        return java.util.Set.of(dev.crosscheck.it.layers.LayeredResource.class);
      }

      @Override
      public java.util.Set<Object> getSingletons() {
        return java.util.Set.of(filter);
      }
    };
    LoggedWarnings logged = new LoggedWarnings();
    List<String> warnings = logged.lines;
    try (logged; ItServer server = ItServer.start(application)) {
      RawHttp http = server.http();
      Reply other = http.send("GET", "/layered", "Origin", OTHER);
      assertThat(other.status()).isEqualTo(200);
      assertThat(other.all("Access-Control-Allow-Origin")).as("CorsFilter's grant, looser than the policy").isEmpty();
      assertThat(other.all("Access-Control-Allow-Credentials")).isEmpty();
    }
    assertThat(warnings).anyMatch(w -> w.contains("RESTEasy's CorsFilter is registered in")
        && w.contains("Remove it from"));
  }
}
