package dev.crosscheck.runtime.internal.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one application deploys, claimed by HTTP method and whole template: CORS071 at start. */
class RouteClaimsTest {

  private static final CorsPolicy APP = policy("https://app.example.com");
  private static final CorsPolicy ADMIN = policy("https://admin.example.com");

  private static CorsPolicy policy(String origin) {
    return new CorsPolicy(List.of(origin), List.of(), List.of(), List.of(), List.of(), false,
        CorsPolicy.MAX_AGE_NOT_SENT, false, List.of());
  }

  @Test
  void oneTemplateSplitDifferentlyAcrossLevelsIsOneClaim() {
    Route byRoot = new Route("com.example.A", "/api/", List.of(), "r/{id}", "GET", "com.example.A", "get(long)", APP);
    Route byLocator = new Route("com.example.B", "api", List.of("/r/"), "{other: [^/]+}", "GET", "com.example.C",
        "get(long)", ADMIN);
    Route byMethod = new Route("com.example.D", "api/r", List.of(), "/{x}", "GET", "com.example.D", "get(long)", ADMIN);

    List<String> problems = new RouteClaims().claim(List.of(byRoot, byMethod));

    assertThat(problems).singleElement().asString()
        .contains("CORS071").contains("GET /api/r/{x}").contains("A.get()").contains("D.get()");
    // A variable with a regular expression is another template: no conflict.
    assertThat(new RouteClaims().claim(List.of(byRoot, byLocator))).isEmpty();
  }

  @Test
  void theSamePolicyOrAnotherMethodIsNoConflictAndEachConflictIsSaidOnce() {
    RouteClaims claims = new RouteClaims();
    Route get = new Route("com.example.A", "notes", "{id}", "GET", "get(long)", APP);
    Route sameElsewhere = new Route("com.example.B", "notes/", "/{key}/", "GET", "get(long)", APP);
    Route put = new Route("com.example.C", "notes", "{id}", "PUT", "put(long)", ADMIN);
    Route other = new Route("com.example.D", "notes", "{n}", "GET", "get(long)", ADMIN);

    assertThat(claims.claim(List.of(get, sameElsewhere, put))).isEmpty();
    assertThat(claims.claim(List.of(other))).hasSize(1);
    assertThat(claims.claim(List.of(other))).as("said once").isEmpty();
  }

  @Test
  void emptyTemplatesAtAnyLevelAddNoSlash() {
    Route root = new Route("com.example.A", "/", List.of("", "/"), "notes", "GET", "com.example.A", "list()", APP);
    Route flat = new Route("com.example.B", "notes", List.of(), "", "GET", "com.example.B", "list()", ADMIN);

    assertThat(new RouteClaims().claim(List.of(root, flat))).singleElement().asString().contains("GET /notes ");
  }
}
