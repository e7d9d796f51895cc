package dev.crosscheck.runtime.internal.engine;

import dev.crosscheck.runtime.internal.answer.DecisionListeners;
import dev.crosscheck.runtime.internal.route.CompilationTable;
import dev.crosscheck.runtime.internal.route.Route;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.runtime.internal.config.ConfigurationLookup;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.spi.CorsDecision;
import dev.crosscheck.runtime.spi.CorsDecisionListener;
import dev.crosscheck.runtime.spi.Refusal;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the engine tells those who watch it: each decision to the listeners the application
 * lists (a failing listener changes nothing), each refusal as one DEBUG line of the
 * {@code dev.crosscheck} logger, and a summary of the table when it starts.
 */
class DecisionsAndLogsTest {

  private static final CorsPolicy POLICY = new CorsPolicy(List.of("https://app.example.com"), List.of(), List.of("GET"),
      List.of("X-Request-Id"), List.of(), false, 600, false, List.of());
  private static final List<Route> ROUTES = List.of(
      new Route("Notes", "notes", "{id}", "GET", "get(long)", POLICY),
      new Route("Notes", "notes", "{id}", "DELETE", "delete(long)", null));
  private static final ConfigurationLookup NOTHING = name -> Optional.empty();

  private final List<CorsDecision> decisions = new ArrayList<>();
  private final List<LogRecord> records = new ArrayList<>();
  private final Logger logger = Logger.getLogger("dev.crosscheck");
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level levelBefore;
  private boolean parentsBefore;

  @BeforeEach
  void watchTheLog() {
    levelBefore = logger.getLevel();
    parentsBefore = logger.getUseParentHandlers();
    logger.setUseParentHandlers(false); // the broken listener's warnings belong to this test, not the console
    logger.addHandler(handler);
  }

  @AfterEach
  void stopWatching() {
    logger.removeHandler(handler);
    logger.setLevel(levelBefore);
    logger.setUseParentHandlers(parentsBefore);
  }

  private CorsEngine engine(boolean listened) {
    List<CorsDecisionListener> listeners = new ArrayList<>();
    if (listened) {
      listeners.add(d -> {
        throw new IllegalStateException("a broken listener");
      });
      listeners.add(decisions::add);
    }
    return CorsEngineFactory.start(ROUTES, NOTHING, new DecisionListeners(listeners));
  }

  private static ContainerRequestContext request(String method, String path, String... headerPairs) {
    MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.add(headerPairs[i], headerPairs[i + 1]);
    }
    UriInfo uri = (UriInfo) Proxy.newProxyInstance(DecisionsAndLogsTest.class.getClassLoader(), new Class<?>[] {UriInfo.class},
        (proxy, m, args) -> URI.create(m.getName().equals("getBaseUri") ? "http://h/api/" : "http://h/api" + path));
    return (ContainerRequestContext) Proxy.newProxyInstance(DecisionsAndLogsTest.class.getClassLoader(),
        new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> switch (m.getName()) {
          case "getHeaders" -> headers;
          case "getMethod" -> method;
          case "getUriInfo" -> uri;
          default -> null;
        });
  }

  private static ContainerResponseContext response() {
    MultivaluedHashMap<String, Object> headers = new MultivaluedHashMap<>();
    return (ContainerResponseContext) Proxy.newProxyInstance(DecisionsAndLogsTest.class.getClassLoader(),
        new Class<?>[] {ContainerResponseContext.class}, (proxy, m, args) -> headers);
  }

  @Test
  void listenersHearEveryDecisionAndABrokenOneChangesNothing() throws Exception {
    CorsEngine engine = engine(true);
    engine.onRequest(request("OPTIONS", "/notes/7", "Origin", "https://app.example.com", "Access-Control-Request-Method", "GET"));
    engine.onRequest(request("OPTIONS", "/notes/7", "Origin", "https://evil.example", "Access-Control-Request-Method", "GET"));
    engine.onRequest(request("OPTIONS", "/notes/7", "Origin", "https://app.example.com/", "Access-Control-Request-Method", "GET"));
    engine.onRequest(request("OPTIONS", "/notes/7", "Origin", "https://app.example.com", "Access-Control-Request-Method", "DELETE"));
    engine.actualResponseFilter("Notes", "get(long)").filter(request("GET", "/notes/7", "Origin", "https://app.example.com"), response());
    engine.actualResponseFilter("Notes", "get(long)").filter(request("GET", "/notes/7", "Origin", "https://evil.example"), response());

    assertThat(decisions).containsExactly(
        new CorsDecision(true, "GET", "notes/{id}", "Notes.get()", null),
        new CorsDecision(true, "GET", "notes/{id}", "Notes.get()", Refusal.ORIGIN_NOT_ALLOWED),
        new CorsDecision(true, "GET", "notes/{id}", "Notes.get()", Refusal.ORIGIN_MALFORMED),
        new CorsDecision(true, "DELETE", "notes/{id}", "Notes.delete()", Refusal.NO_POLICY),
        new CorsDecision(false, "GET", null, "Notes.get()", null),
        new CorsDecision(false, "GET", null, "Notes.get()", Refusal.ORIGIN_NOT_ALLOWED));
    assertThat(decisions.get(0).allowed()).isTrue();
    assertThat(decisions.get(1).allowed()).isFalse();
    assertThat(records).anyMatch(r -> r.getLevel() == Level.WARNING && r.getMessage().contains("decision listener"));
  }

  /** A services file under the listener's name before 0.1.0 would leave metrics silently empty. */
  @Test
  void aServicesFileUnderTheListenersOldNameIsNamedAtStart(@TempDir Path classes) throws Exception {
    Path services = Files.createDirectories(classes.resolve("META-INF/services"));
    Files.writeString(services.resolve("dev.crosscheck.runtime.filter.CorsDecisionListener"), "com.example.Metrics\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      assertThat(DecisionListeners.load(loader).any()).isFalse();
    }
    assertThat(records).filteredOn(r -> r.getLevel() == Level.WARNING).singleElement()
        .satisfies(r -> assertThat(r.getMessage()).contains("dev.crosscheck.runtime.filter.CorsDecisionListener",
            "rename the file to META-INF/services/dev.crosscheck.runtime.spi.CorsDecisionListener"));
  }

  /**
   * A method the user closed, by {@code @NoCrossOrigin} or by leaving it out of the policy's
   * {@code methods}, gets no other layer's grant either, and the warning says what closed it; a
   * method no policy reaches has no Crosscheck filter at all, and is left to the other layers.
   */
  @Test
  void anotherLayersGrantIsRemovedFromAMethodTheUserClosed() throws Exception {
    Route optedOut = new Route("Notes", "notes", List.of(), "{id}", "PUT", "Notes", "put(long)", null,
        Route.Closed.OPTED_OUT);
    Route leftOut = new Route("Notes", "notes", List.of(), "{id}", "PATCH", "Notes", "patch(long)", null,
        Route.Closed.METHODS_EXCLUDE);
    Route noPolicy = new Route("Plain", "plain", "", "GET", "get()", null);
    CorsEngine engine = CorsEngineFactory.start(List.of(optedOut, leftOut, noPolicy), NOTHING, new DecisionListeners(List.of()));

    for (Route closed : List.of(optedOut, leftOut)) {
      ContainerResponseContext response = response();
      response.getHeaders().add("Access-Control-Allow-Origin", "https://evil.example");
      response.getHeaders().add("Access-Control-Allow-Credentials", "true");
      engine.actualResponseFilter("Notes", closed.javaMethod())
          .filter(request(closed.httpMethod(), "/notes/7", "Origin", "https://evil.example"), response);
      assertThat(response.getHeaders()).as("%s", closed.closed()).doesNotContainKeys("Access-Control-Allow-Origin",
          "Access-Control-Allow-Credentials");
    }
    assertThat(engine.actualResponseFilter("Plain", "get()")).isNull();
    assertThat(records).filteredOn(r -> r.getMessage().contains("another CORS layer wrote Access-Control-Allow-Origin"))
        .extracting(LogRecord::getMessage)
        .anySatisfy(m -> assertThat(m).contains("PUT Notes.put()", "which @NoCrossOrigin closes to other origins"))
        .anySatisfy(m -> assertThat(m).contains("PATCH Notes.patch()", "whose @CrossOrigin policy leaves PATCH out"));
  }

  @Test
  void withNoListenerNothingIsTold() throws Exception {
    CorsEngine engine = engine(false);
    engine.onRequest(request("OPTIONS", "/notes/7", "Origin", "https://evil.example", "Access-Control-Request-Method", "GET"));
    assertThat(decisions).isEmpty();
  }

  @Test
  void eachRefusalIsOneDebugLineNamingTheRequestAndTheReason() throws Exception {
    logger.setLevel(Level.FINE);
    CorsEngine engine = engine(false);
    engine.onRequest(request("OPTIONS", "/notes/7", "Origin", "https://evil.example", "Access-Control-Request-Method", "GET"));
    engine.onRequest(request("OPTIONS", "/notes/7", "Origin", "https://app.example.com", "Access-Control-Request-Method", "GET",
        "Access-Control-Request-Headers", "x-other"));
    engine.actualResponseFilter("Notes", "get(long)").filter(request("GET", "/notes/7", "Origin", "https://evil.example"), response());
    List<String> lines = records.stream().filter(r -> r.getLevel() == Level.FINE).map(LogRecord::getMessage)
        .filter(line -> line.startsWith("Crosscheck refused")).toList();
    assertThat(lines).containsExactly(
        "Crosscheck refused the preflight for GET: OPTIONS /api/notes/7 (route notes/{id}, Notes.get()) from Origin "
            + "\"https://evil.example\": origin-not-allowed",
        "Crosscheck refused the preflight for GET: OPTIONS /api/notes/7 (route notes/{id}, Notes.get()) from Origin "
            + "\"https://app.example.com\": header-not-allowed (x-other)",
        "Crosscheck refused the response of Notes.get(): GET /api/notes/7 from Origin \"https://evil.example\": origin-not-allowed");
  }

  @Test
  void withDebugLoggingOffNothingIsLogged() throws Exception {
    logger.setLevel(Level.INFO);
    engine(false).onRequest(request("OPTIONS", "/notes/7", "Origin", "https://evil.example", "Access-Control-Request-Method", "GET"));
    assertThat(records).noneMatch(r -> r.getLevel() == Level.FINE);
  }

  /** The resource a start below deploys: a real class, since rows whose classes are gone grant nothing. */
  public static final class NotesResource {
    public String get(long id) {
      return "note";
    }
  }

  /**
   * At DEBUG, the start says what each of its steps took, the way a runtime drives them: the engine,
   * the preflight table once the application is known, and (at the first request) binding the
   * response filters of the methods the runtime reported. What an operator reads to see what
   * Crosscheck adds to a start; the benchmark of start-up reads the same lines inside Jersey's.
   */
  @Test
  void theDebugLogSaysWhatEachStepOfTheStartTook() throws Exception {
    logger.setLevel(Level.FINE);
    String resource = NotesResource.class.getName();
    CompilationTable table = new CompilationTable(NotesResource.class,
        List.of(new Route(resource, "notes", "{id}", "GET", "get(long)", POLICY)), List.of(resource));
    CorsEngine engine = CorsEngineFactory.start(() -> List.of(table), getClass().getClassLoader());
    engine.deployedBy(new Application());
    ResourceInfo info = (ResourceInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ResourceInfo.class},
        (proxy, m, args) -> m.getName().equals("getResourceClass") ? NotesResource.class
            : NotesResource.class.getMethod("get", long.class));
    List<Object> registered = new ArrayList<>();
    FeatureContext context = (FeatureContext) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {FeatureContext.class}, (proxy, m, args) -> {
          registered.add(args[0]);
          return proxy;
        });
    engine.bindActualResponses(info, context);
    engine.onRequest(request("GET", "/notes/7"));
    engine.onRequest(request("GET", "/notes/8"));

    List<String> lines = records.stream().filter(r -> r.getLevel() == Level.FINE).map(LogRecord::getMessage).toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).matches("Crosscheck: engine built in \\d+ ms");
    assertThat(lines.get(1)).matches("Crosscheck: preflight table of 1 routes built in \\d+ ms");
    assertThat(lines.get(2)).matches("Crosscheck: response filters bound for 1 resource methods the runtime reported"
        + " before its first request, in \\d+ ms");
    assertThat(registered).hasSize(1);
  }

  @Test
  void theStartIsSummarizedInOneLine() {
    engine(false);
    assertThat(records).map(LogRecord::getMessage)
        .contains("Crosscheck: 2 routes, 1 open cross-origin under 1 policy; origins https://app.example.com");
  }
}
