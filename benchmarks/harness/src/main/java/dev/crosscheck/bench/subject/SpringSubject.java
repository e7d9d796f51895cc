package dev.crosscheck.bench.subject;

import dev.crosscheck.runtime.internal.route.Route;
import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring's {@link DefaultCorsProcessor} with a {@link UrlBasedCorsConfigurationSource} holding the
 * same table: one path pattern per generated path template, in table order, each with the
 * generated policy of its routes and the methods they declare. One exchange is what Spring's
 * {@code CorsFilter} does: look the configuration up, then process the request.
 *
 * <p>The request's path is parsed and cached once in {@link #prepare} (as Spring MVC's
 * {@code DispatcherServlet} does before its handler mappings look up CORS configuration), so the
 * lookup matches {@code PathPattern}s against a parsed {@code PathContainer}, Spring's fast path.
 */
final class SpringSubject implements Subject {

  private UrlBasedCorsConfigurationSource source;
  private final DefaultCorsProcessor processor = new DefaultCorsProcessor();
  private MockHttpServletRequest request;
  private final MockHttpServletResponse response = new MockHttpServletResponse();
  private boolean valid;

  @Override
  public void prepare(int scale, Case c) {
    source = source(Tables.routes(scale));
    request = request(c, scale);
  }

  static MockHttpServletRequest request(Case c, int scale) {
    MockHttpServletRequest request = new MockHttpServletRequest(c.method, "/" + Tables.path(scale, c.pathKind));
    if (c.origin != null) {
      request.addHeader("Origin", c.origin);
    }
    if (c.requestMethod != null) {
      request.addHeader("Access-Control-Request-Method", c.requestMethod);
    }
    if (c.requestHeaders != null) {
      request.addHeader("Access-Control-Request-Headers", c.requestHeaders);
    }
    ServletRequestPathUtils.parseAndCache(request);
    return request;
  }

  @Override
  public Object handle() throws Exception {
    response.setCommitted(false);
    response.reset();
    CorsConfiguration config = source.getCorsConfiguration(request);
    valid = processor.processRequest(config, request, response);
    return response;
  }

  @Override
  public Outcome outcome() {
    return new Outcome(valid ? 200 : response.getStatus(), response.getHeader("Access-Control-Allow-Origin"),
        response.getHeader("Access-Control-Allow-Methods"), response.getHeader("Access-Control-Allow-Headers"),
        response.getHeader("Access-Control-Allow-Credentials"), String.join(", ", response.getHeaders("Vary")));
  }

  @Override
  public String name() {
    return "spring";
  }

  /** The generated table as Spring configuration: same paths, same policies, same methods. */
  static UrlBasedCorsConfigurationSource source(List<Route> routes) {
    record PathPolicy(String pattern, CorsPolicy policy) {}
    Map<PathPolicy, Set<String>> methods = new LinkedHashMap<>();
    for (Route route : routes) {
      if (route.policy() != null) {
        String pattern = springPattern(route.rootTemplate(), route.relativeTemplate());
        methods.computeIfAbsent(new PathPolicy(pattern, route.policy()), k -> new LinkedHashSet<>()).add(route.httpMethod());
      }
    }
    Map<List<Object>, CorsConfiguration> shared = new LinkedHashMap<>();
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    methods.forEach((path, declared) -> {
      List<String> allowed = new ArrayList<>(declared);
      if (allowed.contains("GET") && !allowed.contains("HEAD")) {
        allowed.add("HEAD"); // Crosscheck's HEAD follows GET
      }
      CorsConfiguration config = shared.computeIfAbsent(List.of(path.policy(), allowed), k -> configuration(path.policy(), allowed));
      source.registerCorsConfiguration(path.pattern(), config);
    });
    return source;
  }

  static CorsConfiguration configuration(CorsPolicy policy, List<String> methods) {
    CorsConfiguration config = new CorsConfiguration();
    if (!policy.origins().isEmpty()) {
      config.setAllowedOrigins(policy.origins());
    }
    if (!policy.originPatterns().isEmpty()) {
      config.setAllowedOriginPatterns(policy.originPatterns());
    }
    config.setAllowedMethods(methods);
    if (!policy.allowedHeaders().isEmpty()) {
      config.setAllowedHeaders(policy.allowedHeaders());
    }
    if (!policy.exposedHeaders().isEmpty()) {
      config.setExposedHeaders(policy.exposedHeaders());
    }
    config.setAllowCredentials(policy.allowCredentials());
    if (policy.maxAge() != CorsPolicy.MAX_AGE_NOT_SENT) {
      config.setMaxAge(policy.maxAge());
    }
    config.setAllowPrivateNetwork(policy.allowPrivateNetwork());
    return config;
  }

  /** {@code api/r0} + {@code items2/{id: \d+}} becomes {@code /api/r0/items2/{id:\d+}}. */
  static String springPattern(String root, String relative) {
    String template = relative.isEmpty() ? root : root + "/" + relative;
    StringBuilder out = new StringBuilder("/");
    int i = 0;
    while (i < template.length()) {
      char ch = template.charAt(i);
      if (ch == '{') {
        int end = template.indexOf('}', i);
        String variable = template.substring(i + 1, end);
        int colon = variable.indexOf(':');
        out.append('{');
        if (colon < 0) {
          out.append(variable.strip());
        } else {
          out.append(variable.substring(0, colon).strip()).append(':').append(variable.substring(colon + 1).strip());
        }
        out.append('}');
        i = end + 1;
      } else {
        out.append(ch);
        i++;
      }
    }
    return out.toString();
  }
}
