package dev.crosscheck.runtime.internal.engine;

import dev.crosscheck.runtime.internal.route.Route;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.runtime.internal.config.ConfigurationLookup;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The runtime reports each resource method it deploys, with the class it invokes it on, and
 * gets back the response filter of exactly that method's policy: found by erased signature, or
 * by name and arity where generics erase differently, and up the superclass chain for the
 * objects a locator returns.
 */
class ResponseBindingsTest {

  private static final CorsPolicy POLICY = new CorsPolicy(List.of("https://app.example.com"), List.of(), List.of("GET"),
      List.of(), List.of(), false, 600, false, List.of());

  /** Resource classes as the runtime would report them. */
  static class Notes {
    public String get(long id) {
      return "";
    }

    public void delete(long id) {}

    public <T extends CharSequence> void update(T body) {}
  }

  /** What a locator may return in place of its declared type. */
  static class SpecialNotes extends Notes {}

  /** A class from another compilation that writes a policy of its own. */
  static class OtherNotes extends Notes {}

  private static final List<Route> ROUTES = List.of(
      new Route(Notes.class.getName(), "notes", "{id}", "GET", "get(long)", POLICY),
      new Route(Notes.class.getName(), "notes", "{id}", "DELETE", "delete(long)", null),
      new Route(Notes.class.getName(), "notes", "{id}", "PUT", "update(java.lang.String)", POLICY));

  private final CorsEngine engine = CorsEngineFactory.start(ROUTES, name -> Optional.<ConfigurationLookup.Found>empty());

  /** @param contracts what the filter is registered as, with its priority for each */
  private record Registration(Object component, Map<Class<?>, Integer> contracts) {}

  private static ResourceInfo info(Class<?> type, Method method) {
    return (ResourceInfo) Proxy.newProxyInstance(ResponseBindingsTest.class.getClassLoader(), new Class<?>[] {ResourceInfo.class},
        (proxy, m, args) -> m.getName().equals("getResourceClass") ? type : method);
  }

  private List<Registration> bind(Class<?> type, Method method) {
    List<Registration> registered = new ArrayList<>();
    FeatureContext context = (FeatureContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {FeatureContext.class},
        (proxy, m, args) -> {
          @SuppressWarnings("unchecked")
          Map<Class<?>, Integer> contracts = (Map<Class<?>, Integer>) args[1];
          registered.add(new Registration(args[0], contracts));
          return proxy;
        });
    engine.bindActualResponses(info(type, method), context);
    return registered;
  }

  private static Method method(String name, Class<?>... parameters) throws Exception {
    return Notes.class.getMethod(name, parameters);
  }

  @Test
  void aMethodWithAPolicyGetsItsFilterRunningAfterOtherResponseFilters() throws Exception {
    List<Registration> registered = bind(Notes.class, method("get", long.class));
    assertThat(registered).hasSize(1);
    assertThat(registered.get(0).component()).isSameAs(engine.actualResponseFilter(Notes.class.getName(), "get(long)"));
    // A response filter only, last among them (the contract named, so the runtime need not look it up).
    assertThat(registered.get(0).contracts()).containsOnlyKeys(ContainerResponseFilter.class);
    assertThat(registered.get(0).contracts().get(ContainerResponseFilter.class)).isLessThan(Priorities.AUTHENTICATION);
  }

  /**
   * Quarkus REST's feature context refuses a registration that names its contracts: the filter is
   * then registered with its priority alone, there and for every method after (the start must not
   * fail, nor pay an exception per method).
   */
  @Test
  void aRuntimeThatRefusesNamedContractsGetsThePriorityAlone() throws Exception {
    List<Object> refused = new ArrayList<>();
    List<Registration> registered = new ArrayList<>();
    FeatureContext context = (FeatureContext) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {FeatureContext.class}, (proxy, m, args) -> {
          if (args[1] instanceof Map) {
            refused.add(args[0]);
            throw new UnsupportedOperationException();
          }
          registered.add(new Registration(args[0], Map.of(ContainerResponseFilter.class, (Integer) args[1])));
          return proxy;
        });

    engine.bindActualResponses(info(Notes.class, method("get", long.class)), context);
    engine.bindActualResponses(info(Notes.class, method("get", long.class)), context);

    assertThat(refused).as("asked once").hasSize(1);
    assertThat(registered).hasSize(2);
    assertThat(registered.get(0).component()).isSameAs(engine.actualResponseFilter(Notes.class.getName(), "get(long)"));
    assertThat(registered.get(0).contracts().get(ContainerResponseFilter.class)).isLessThan(Priorities.AUTHENTICATION);
  }

  @Test
  void aMethodWithoutAPolicyGetsNothing() throws Exception {
    assertThat(bind(Notes.class, method("delete", long.class))).isEmpty();
    assertThat(bind(Notes.class, null)).isEmpty();
    assertThat(bind(null, method("get", long.class))).isEmpty();
  }

  @Test
  void aGenericParameterIsFoundByNameAndArity() throws Exception {
    // Erased, the parameter is CharSequence; the processor wrote String. One update/1: that one.
    assertThat(bind(Notes.class, method("update", CharSequence.class))).hasSize(1);
  }

  @Test
  void aSubclassALocatorReturnsGetsItsSuperclassPolicyUnlessItHasOneOfItsOwn() throws Exception {
    assertThat(bind(SpecialNotes.class, method("get", long.class))).hasSize(1);
    engine.knowClassesWithPolicies(java.util.Set.of(OtherNotes.class.getName()));
    assertThat(bind(OtherNotes.class, method("get", long.class))).as("its own policy, unseen: no headers rather than wrong ones")
        .isEmpty();
  }

  @Test
  void aMethodTheRuntimeNeverReportedGetsItsHeadersAfterwards() throws Exception {
    MultivaluedHashMap<String, Object> responseHeaders = new MultivaluedHashMap<>();
    ContainerResponseContext response = (ContainerResponseContext) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {ContainerResponseContext.class},
        (proxy, m, args) -> m.getName().equals("getStatus") ? (Object) 200 : responseHeaders);
    MultivaluedHashMap<String, String> requestHeaders = new MultivaluedHashMap<>();
    requestHeaders.add("Origin", "https://app.example.com");
    ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> m.getName().equals("getMethod") ? "GET" : requestHeaders);

    engine.onResponseOfUnboundMethod(info(SpecialNotes.class, method("get", long.class)), request, response);
    assertThat(responseHeaders.getFirst("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");

    // Once reported (and so bound by the runtime), the fallback leaves the response to the bound filter.
    responseHeaders.clear();
    bind(Notes.class, method("get", long.class));
    engine.onResponseOfUnboundMethod(info(Notes.class, method("get", long.class)), request, response);
    assertThat(responseHeaders).isEmpty();

    engine.onResponseOfUnboundMethod(null, request, response);
    engine.onResponseOfUnboundMethod(info(Notes.class, method("delete", long.class)), request, response);
    assertThat(responseHeaders).isEmpty();
  }
}
