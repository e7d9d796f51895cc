package dev.crosscheck.runtime.internal.engine;

import dev.crosscheck.runtime.internal.route.CompilationTable;
import dev.crosscheck.runtime.internal.route.Route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosscheck.runtime.internal.config.ConfigurationLookup;
import dev.crosscheck.runtime.spi.CorsConfigurationException;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.spi.Refusal;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Preflights as the engine answers them before any matching, and the headers of actual responses
 * as the filter bound to the method that ran adds them, driven through the JAX-RS interfaces with
 * Jersey's response builder: what a browser gets for each outcome, and what is left alone.
 */
class CorsEngineTest {

  private static final CorsPolicy LISTED = new CorsPolicy(List.of("https://app.example.com"), List.of("https://*.example.org"),
      List.of("GET", "PUT"), List.of("Content-Type", "X-Request-Id"), List.of("ETag"), true, 600, false, List.of());
  private static final CorsPolicy PUBLIC = new CorsPolicy(List.of("*"), List.of(), List.of("GET"), List.of(), List.of(), false,
      CorsPolicy.MAX_AGE_NOT_SENT, false, List.of());
  private static final CorsPolicy LOCAL_NETWORK = new CorsPolicy(List.of("https://app.example.com"), List.of(), List.of("GET"),
      List.of(), List.of(), false, 600, true, List.of());

  private static final List<Route> ROUTES = List.of(
      new Route("Notes", "notes", "{id}", "GET", "get(long)", LISTED),
      new Route("Notes", "notes", "{id}", "PUT", "put(long)", LISTED),
      new Route("Notes", "notes", "{id}", "DELETE", "delete(long)", null),
      new Route(Status.class.getName(), "status", "", "GET", "status()", PUBLIC),
      new Route("Printer", "printer", "", "GET", "state()", LOCAL_NETWORK),
      new Route("Admin", "admin", "", "GET", "admin()", null));

  /** A resource class an application can deploy. */
  static final class Status {}

  private static final ConfigurationLookup NOTHING = name -> Optional.empty();

  /** A request as a pre-matching filter sees it; remembers the response it was aborted with. */
  private static final class Request {
    final MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
    final String method;
    final String path;
    final String base;
    Response aborted;
    final java.util.Map<String, Object> properties = new java.util.HashMap<>();

    Request(String method, String path, String base) {
      this.method = method;
      this.path = path;
      this.base = base;
    }

    Request header(String name, String value) {
      headers.add(name, value);
      return this;
    }

    ContainerRequestContext context() {
      UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UriInfo.class},
          (proxy, m, args) -> switch (m.getName()) {
            case "getRequestUri" -> URI.create("http://api.example.com" + path);
            case "getBaseUri" -> URI.create("http://api.example.com" + base);
            default -> throw new UnsupportedOperationException(m.getName());
          });
      return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> switch (m.getName()) {
            case "getHeaders" -> headers;
            case "getMethod" -> method;
            case "getUriInfo" -> uri;
            case "abortWith" -> {
              aborted = (Response) args[0];
              yield null;
            }
            case "setProperty" -> properties.put((String) args[0], args[1]);
            case "getProperty" -> properties.get((String) args[0]);
            default -> throw new UnsupportedOperationException(m.getName());
          });
    }
  }

  private static Request preflight(String path, String origin, String method) {
    return new Request("OPTIONS", path, "/api/").header("Origin", origin).header("Access-Control-Request-Method", method);
  }

  private static Response answer(CorsEngine engine, Request request) {
    engine.onRequest(request.context());
    return request.aborted;
  }

  private static Map<String, List<Object>> headers(Response response) {
    return response.getHeaders();
  }

  private final CorsEngine engine = CorsEngineFactory.start(ROUTES, NOTHING);

  @Test
  void anAllowedPreflightGetsEveryHeaderOfItsPolicy() {
    Response response = answer(engine, preflight("/api/notes/7", "https://app.example.com", "PUT")
        .header("Access-Control-Request-Headers", "content-type,x-request-id"));
    assertThat(response.getStatus()).isEqualTo(204);
    assertThat(response.getHeaderString("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
    assertThat(response.getHeaderString("Access-Control-Allow-Credentials")).isEqualTo("true");
    assertThat(response.getHeaderString("Access-Control-Allow-Methods")).isEqualTo("PUT");
    assertThat(response.getHeaderString("Access-Control-Allow-Headers")).isEqualTo("Content-Type, X-Request-Id");
    assertThat(response.getHeaderString("Access-Control-Max-Age")).isEqualTo("600");
    assertThat(response.getHeaderString("Vary")).isEqualTo("Origin");
    assertThat(headers(response)).doesNotContainKey("Access-Control-Allow-Private-Network");
  }

  @Test
  void aPatternAllowsTheOriginItMatchesAndHeadersAreSentOnlyWhenAskedFor() {
    Response response = answer(engine, preflight("/api/notes/7", "https://a.example.org", "GET"));
    assertThat(response.getStatus()).isEqualTo(204);
    assertThat(response.getHeaderString("Access-Control-Allow-Origin")).isEqualTo("https://a.example.org");
    assertThat(headers(response)).doesNotContainKey("Access-Control-Allow-Headers");
  }

  @Test
  void aPublicPolicyAnswersStarWithoutVaryOrCredentials() {
    Response response = answer(engine, preflight("/api/status", "https://anyone.example", "GET"));
    assertThat(response.getStatus()).isEqualTo(204);
    assertThat(response.getHeaderString("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(headers(response)).doesNotContainKeys("Vary", "Access-Control-Allow-Credentials", "Access-Control-Max-Age");
  }

  @Test
  void refusalsAre403WithoutCorsHeaders() {
    for (Request refused : new Request[] {
        preflight("/api/notes/7", "https://evil.example", "GET"),
        preflight("/api/notes/7", "null", "GET"),
        preflight("/api/notes/7", "https://app.example.com", "POST"),
        preflight("/api/notes/7", "https://app.example.com", "DELETE"),
        preflight("/api/notes/7", "https://app.example.com", "GET").header("Access-Control-Request-Headers", "x-other"),
        preflight("/api/notes/7", "https://app.example.com", "GET").header("Access-Control-Request-Private-Network", "true")}) {
      Response response = answer(engine, refused);
      assertThat(response).as("%s %s", refused.headers, refused.path).isNotNull();
      assertThat(response.getStatus()).isEqualTo(403);
      assertThat(headers(response)).doesNotContainKeys("Access-Control-Allow-Origin", "Access-Control-Allow-Methods");
      // The refusal depends on the Origin too: a cache must not hand it to another origin.
      assertThat(response.getHeaderString("Vary")).isEqualTo("Origin");
    }
  }

  @Test
  void privateNetworkAccessIsGrantedOnlyWhereThePolicyAllowsIt() {
    Response response = answer(engine, preflight("/api/printer", "https://app.example.com", "GET")
        .header("Access-Control-Request-Private-Network", "true"));
    assertThat(response.getStatus()).isEqualTo(204);
    assertThat(response.getHeaderString("Access-Control-Allow-Private-Network")).isEqualTo("true");
    Response withoutAsking = answer(engine, preflight("/api/printer", "https://app.example.com", "GET"));
    assertThat(headers(withoutAsking)).doesNotContainKey("Access-Control-Allow-Private-Network");
  }

  @Test
  void requestsThatAreNotPreflightsOnPathsWithAPolicyAreLeftAlone() {
    assertThat(answer(engine, new Request("GET", "/api/notes/7", "/api/").header("Origin", "https://app.example.com"))).isNull();
    assertThat(answer(engine, new Request("OPTIONS", "/api/notes/7", "/api/").header("Origin", "https://app.example.com")))
        .as("a plain OPTIONS is the application's").isNull();
    assertThat(answer(engine, new Request("OPTIONS", "/api/notes/7", "/api/").header("Access-Control-Request-Method", "GET")))
        .as("no Origin: not CORS").isNull();
    assertThat(answer(engine, preflight("/api/admin", "https://app.example.com", "GET"))).as("no policy on the path").isNull();
    assertThat(answer(engine, preflight("/api/nothing", "https://app.example.com", "GET"))).as("no route").isNull();
    assertThat(answer(engine, new Request("OPTIONS", "/other/notes/7", "/api/").header("Origin", "https://app.example.com")
        .header("Access-Control-Request-Method", "GET"))).as("not below the application").isNull();
  }

  @Test
  void theSuccessStatusCanBe200() {
    CorsEngine ok = CorsEngineFactory.start(ROUTES, name -> name.equals(CorsEngineFactory.PREFLIGHT_STATUS)
        ? Optional.of(new ConfigurationLookup.Found(" 200 ", "test")) : Optional.empty());
    assertThat(answer(ok, preflight("/api/status", "https://a.example", "GET")).getStatus()).isEqualTo(200);
    assertThat(answer(ok, preflight("/api/status", "null", "PUT")).getStatus()).as("a refusal stays 403").isEqualTo(403);
    assertThatThrownBy(() -> CorsEngineFactory.start(ROUTES, name -> name.equals(CorsEngineFactory.PREFLIGHT_STATUS)
        ? Optional.of(new ConfigurationLookup.Found("201", "test")) : Optional.empty()))
        .isInstanceOf(CorsConfigurationException.class).hasMessageContaining("201").hasMessageContaining("test");
  }

  @Test
  void placeholdersAreResolvedAtStartAndCheckedAsWrittenPoliciesAre() {
    CorsPolicy configured = new CorsPolicy(List.of("${app.origin}"), List.of(), List.of("GET"), List.of(), List.of(), false,
        600, false, List.of());
    List<Route> routes = List.of(new Route("C", "configured", "", "GET", "get()", configured));
    CorsEngine resolved = CorsEngineFactory.start(routes,
        name -> name.equals("app.origin") ? Optional.of(new ConfigurationLookup.Found("https://app.example.com", "test"))
            : Optional.empty());
    assertThat(answer(resolved, preflight("/api/configured", "https://app.example.com", "GET")).getStatus()).isEqualTo(204);
    assertThat(answer(resolved, preflight("/api/configured", "https://other.example", "GET")).getStatus()).isEqualTo(403);

    assertThatThrownBy(() -> CorsEngineFactory.start(routes, NOTHING))
        .isInstanceOf(CorsConfigurationException.class).hasMessageContaining("app.origin");
    assertThatThrownBy(() -> CorsEngineFactory.start(routes,
        name -> Optional.of(new ConfigurationLookup.Found("https://app.example.com/", "the test's lookup"))))
        .as("a resolved value is held to the same rules, and the message says where it came from")
        .isInstanceOf(CorsConfigurationException.class)
        .hasMessageContaining("C.get()").hasMessageContaining("the test's lookup");
  }

  // ---------------------------------------------------------------- actual responses

  /** The response headers after the filter of {@code javaMethod} has run on {@code request}. */
  private MultivaluedHashMap<String, Object> respond(String resourceClass, String javaMethod, Request request) throws Exception {
    MultivaluedHashMap<String, Object> responseHeaders = new MultivaluedHashMap<>();
    ContainerResponseContext response = (ContainerResponseContext) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {ContainerResponseContext.class}, (proxy, m, args) -> switch (m.getName()) {
          case "getHeaders" -> responseHeaders;
          default -> throw new UnsupportedOperationException(m.getName());
        });
    ContainerResponseFilter filter = engine.actualResponseFilter(resourceClass, javaMethod);
    assertThat(filter).as("%s#%s has a policy", resourceClass, javaMethod).isNotNull();
    filter.filter(request.context(), response);
    return responseHeaders;
  }

  private static Request actual(String method, String path, String origin) {
    Request request = new Request(method, path, "/api/");
    return origin == null ? request : request.header("Origin", origin);
  }

  @Test
  void anAllowedOriginCanReadTheResponse() throws Exception {
    MultivaluedHashMap<String, Object> headers = respond("Notes", "get(long)", actual("GET", "/api/notes/7", "https://app.example.com"));
    assertThat(headers.getFirst("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
    assertThat(headers.getFirst("Access-Control-Allow-Credentials")).isEqualTo("true");
    assertThat(headers.getFirst("Access-Control-Expose-Headers")).isEqualTo("ETag");
    assertThat(headers.get("Vary")).containsExactly("Origin");
  }

  @Test
  void anyOtherOriginOrNoneGetsOnlyVary() throws Exception {
    for (String origin : new String[] {"https://evil.example", "null", null}) {
      MultivaluedHashMap<String, Object> headers = respond("Notes", "get(long)", actual("GET", "/api/notes/7", origin));
      assertThat(headers.keySet()).as("origin %s", origin).containsExactly("Vary");
    }
  }

  @Test
  void headIsAnsweredAsGetWhereNoMethodDeclaresIt() throws Exception {
    MultivaluedHashMap<String, Object> headers = respond("Notes", "get(long)", actual("HEAD", "/api/notes/7", "https://app.example.com"));
    assertThat(headers.getFirst("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
  }

  @Test
  void aPublicPolicyAnswersStarAndNeedsNoVary() throws Exception {
    MultivaluedHashMap<String, Object> headers = respond(Status.class.getName(), "status()", actual("GET", "/api/status", "https://anyone.example"));
    assertThat(headers.getFirst("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(headers).doesNotContainKeys("Vary", "Access-Control-Allow-Credentials", "Access-Control-Expose-Headers");
  }

  @Test
  void aPreflightLeftToTheApplicationIsNeverGrantedByTheResponseFilter() throws Exception {
    MultivaluedHashMap<String, Object> headers = respond("Notes", "get(long)", actual("OPTIONS", "/api/notes/7", "https://app.example.com")
        .header("Access-Control-Request-Method", "GET"));
    assertThat(headers.keySet()).containsExactly("Vary");
  }

  @Test
  void methodsWithoutAPolicyGetNoFilter() {
    assertThat(engine.actualResponseFilter("Notes", "delete(long)")).isNull();
    assertThat(engine.actualResponseFilter("Admin", "admin()")).isNull();
    assertThat(engine.actualResponseFilter("Nobody", "get()")).isNull();
  }

  // ---------------------------------------------------------------- debug mode

  private static final CorsEngine DEBUG = CorsEngineFactory.start(ROUTES,
      name -> name.equals("crosscheck.debug") ? Optional.of(new ConfigurationLookup.Found("true", "test")) : Optional.empty());

  @Test
  void inDebugModeARefusedOriginIsNamedAndStillGetsNoGrant() {
    Response notListed = answer(DEBUG, preflight("/api/notes/7", "https://evil.example", "GET"));
    assertThat(notListed.getStatus()).isEqualTo(403);
    assertThat(notListed.getHeaderString("Crosscheck-Refusal")).isEqualTo("origin-not-allowed");
    assertThat(headers(notListed)).doesNotContainKey("Access-Control-Allow-Origin");
    Response malformed = answer(DEBUG, preflight("/api/notes/7", "https://evil.example/", "GET"));
    assertThat(malformed.getHeaderString("Crosscheck-Refusal")).isEqualTo("origin-malformed");
  }

  @Test
  void inDebugModeARefusedHeaderIsNamedWhereTheBrowserWillReportIt() {
    // The grant of origin and method without the header: the browser's console then names the header.
    Response response = answer(DEBUG, preflight("/api/notes/7", "https://app.example.com", "PUT")
        .header("Access-Control-Request-Headers", "content-type,x-other"));
    assertThat(response.getStatus()).isEqualTo(204);
    assertThat(response.getHeaderString("Crosscheck-Refusal")).isEqualTo("header-not-allowed; x-other");
    assertThat(response.getHeaderString("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
    assertThat(response.getHeaderString("Access-Control-Allow-Methods")).isEqualTo("PUT");
    assertThat(response.getHeaderString("Access-Control-Allow-Credentials")).isEqualTo("true");
    assertThat(response.getHeaderString("Access-Control-Allow-Headers")).isEqualTo("Content-Type, X-Request-Id");
    assertThat(headers(response)).doesNotContainKey("Access-Control-Max-Age");
  }

  @Test
  void inDebugModeAMethodWithoutAPolicyIsNamedAndFailsTheStatusCheck() {
    Response closed = answer(DEBUG, preflight("/api/notes/7", "https://app.example.com", "DELETE"));
    assertThat(closed.getStatus()).isEqualTo(403);
    assertThat(closed.getHeaderString("Crosscheck-Refusal")).isEqualTo("no-policy; DELETE");
    assertThat(closed.getHeaderString("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
    Response unknown = answer(DEBUG, preflight("/api/notes/7", "https://app.example.com", "PATCH"));
    assertThat(unknown.getHeaderString("Crosscheck-Refusal")).isEqualTo("method-not-allowed; PATCH");
    Response nullOrigin = answer(DEBUG, preflight("/api/notes/7", "null", "DELETE"));
    assertThat(headers(nullOrigin)).as("the opaque origin is never granted").doesNotContainKey("Access-Control-Allow-Origin");
  }

  @Test
  void inDebugModeTheResponseOfARefusedOriginSaysWhy() throws Exception {
    MultivaluedHashMap<String, Object> responseHeaders = new MultivaluedHashMap<>();
    ContainerResponseContext response = (ContainerResponseContext) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {ContainerResponseContext.class}, (proxy, m, args) -> responseHeaders);
    DEBUG.actualResponseFilter("Notes", "get(long)").filter(actual("GET", "/api/notes/7", "https://evil.example").context(), response);
    assertThat(responseHeaders.getFirst("Crosscheck-Refusal")).isEqualTo("origin-not-allowed");
    assertThat(responseHeaders).doesNotContainKey("Access-Control-Allow-Origin");
  }

  @Test
  void debugModeIsTrueOrFalse() {
    assertThatThrownBy(() -> CorsEngineFactory.start(ROUTES,
        name -> name.equals("crosscheck.debug") ? Optional.of(new ConfigurationLookup.Found("yes", "test")) : Optional.empty()))
        .isInstanceOf(CorsConfigurationException.class).hasMessageContaining("\"yes\"");
    CorsEngine off = CorsEngineFactory.start(ROUTES,
        name -> name.equals("CROSSCHECK_DEBUG") ? Optional.of(new ConfigurationLookup.Found(" false ", "test")) : Optional.empty());
    assertThat(headers(answer(off, preflight("/api/notes/7", "https://evil.example", "GET")))).doesNotContainKey("Crosscheck-Refusal");
  }

  @Test
  void onlyTheRoutesOfDeployedResourcesAnswerPreflights() {
    CorsEngine restricted = CorsEngineFactory.start(ROUTES, NOTHING);
    // Class names in the routes are binary names: the application deploys a class of that name.
    restricted.deployedBy(new jakarta.ws.rs.core.Application() {
      @Override
      public java.util.Set<Object> getSingletons() {
        return java.util.Set.of(new Status());
      }
    });
    assertThat(answer(restricted, preflight("/api/status", "https://a.example", "GET")).getStatus()).isEqualTo(204);
    assertThat(answer(restricted, preflight("/api/notes/7", "https://app.example.com", "GET"))).isNull();
    // An application that lists nothing is scanned: every route stays.
    CorsEngine scanned = CorsEngineFactory.start(ROUTES, NOTHING);
    scanned.deployedBy(new jakarta.ws.rs.core.Application());
    assertThat(answer(scanned, preflight("/api/notes/7", "https://app.example.com", "GET")).getStatus()).isEqualTo(204);
  }

  @Test
  void aRowWhoseClassIsGoneGrantsNothingAndStopsNothing() {
    // A table written before its resource class was deleted (Quarkus dev mode runs no processor on
    // a deletion): the generated filter's engine finds the class missing from its class loader.
    CompilationTable stale = new CompilationTable(getClass(),
        List.of(new Route("dev.crosscheck.gone.ReportsResource", "reports", "", "GET", "list()", LISTED),
            new Route(Status.class.getName(), "status", "", "GET", "status()", PUBLIC)),
        List.of("dev.crosscheck.gone.ReportsResource", Status.class.getName()));
    CorsEngine engine = CorsEngineFactory.start(() -> List.of(stale), getClass().getClassLoader());
    engine.deployedBy(new jakarta.ws.rs.core.Application()); // scanned: every route the table has counts
    assertThat(answer(engine, preflight("/api/reports", "https://app.example.com", "GET"))).as("the gone class's row").isNull();
    assertThat(answer(engine, preflight("/api/status", "https://a.example", "GET")).getStatus()).isEqualTo(204);
  }

  /** A root resource an application leaves out, whose policy is credentialed. */
  static final class Hidden {}

  /** A deployed root resource without a policy, on a template that serves {@code hidden}. */
  static final class CatchAll {}

  @Test
  void aLargeTableGrantsNothingUndeployedWhilePreflightsRaceTheDeployment() throws Exception {
    // 20,000 routes on 1,000 deployed roots, beside one undeployed credentialed resource whose
    // literal path a deployed catch-all serves: preflights sent while the runtime names the
    // application wait for it, and none is granted from the undeployed resource.
    java.util.List<Route> routes = new java.util.ArrayList<>();
    routes.add(new Route(Hidden.class.getName(), "hidden", "", "GET", "open()", LISTED));
    routes.add(new Route(CatchAll.class.getName(), "{name: hid[a-z]*}", "", "GET", "closed()", null));
    for (int i = 0; i < 20_000; i++) {
      routes.add(new Route(Status.class.getName(), "part" + (i / 20), "items" + (i % 20) + "/{id}", "GET",
          "m" + i + "(long)", LISTED));
    }
    CompilationTable large = new CompilationTable(getClass(), routes, List.of(Hidden.class.getName(), Status.class.getName()));
    CorsEngine engine = CorsEngineFactory.start(() -> List.of(large), getClass().getClassLoader());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 400; i++) {
        answers.add(pool.submit(() -> answer(engine, preflight("/api/hidden", "https://app.example.com", "GET"))));
      }
      engine.deployedBy(new jakarta.ws.rs.core.Application() {
        @Override
        public java.util.Set<Class<?>> getClasses() {
          return java.util.Set.of(CatchAll.class, Status.class);
        }
      });
      for (java.util.concurrent.Future<Response> answer : answers) {
        Response response = answer.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(response == null ? null : response.getHeaderString("Access-Control-Allow-Origin"))
            .as("a grant from the undeployed resource").isNull();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(answer(engine, preflight("/api/part7/items3/42", "https://app.example.com", "GET")).getStatus()).isEqualTo(204);
  }
}
