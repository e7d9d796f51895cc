package dev.crosscheck.runtime.internal.match;

import dev.crosscheck.runtime.internal.compiled.CompiledPolicy;
import dev.crosscheck.runtime.internal.route.Route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import dev.crosscheck.runtime.testing.Choices;
import dev.crosscheck.runtime.testing.GeneratedCases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz target for request path matching ({@link RouteTable}, and through it {@link SegmentIndex},
 * {@link CompiledTemplate} and the literal-path table). {@code CompiledTemplatePropertyTest}
 * already checks one template against its regular expression; this checks whole tables of
 * routes (roots, locators, methods, custom expressions) against a reference that knows only the
 * routes' full templates:
 *
 * <ul>
 *   <li>nothing throws, whatever the path (matrix parameters, escapes, empty segments, slashes);
 *   <li>a path no route's full template matches, in any reading of it, reaches nothing;
 *   <li>a resource path the table answers is one whose full template matches a reading of the
 *       path; {@link ResourcePath#AMBIGUOUS} only where some route matches;
 *   <li>one leading slash does not count.
 * </ul>
 *
 * <p>The readings are the ones the supported runtimes may take: matrix parameters dropped,
 * percent-escapes as written or upper-cased, and one trailing slash kept or not. Which route wins
 * among several is JAX-RS precedence, checked by {@code RouteTableTest}; the reference does not
 * restate it.
 */
class RouteTablePropertyTest {

  private static final CorsPolicy ONE = policy("https://one.example");
  private static final CorsPolicy TWO = policy("https://two.example");

  private static CorsPolicy policy(String origin) {
    return new CorsPolicy(List.of(origin), List.of(), List.of(), List.of(), List.of(), false, 600, false, List.of());
  }

  private static final String[] ROOTS = {"a", "b", "a/b", "{r}", "{r: [a-z]+}", "", "a-{r}", "{r}.b", "a%2Ab", "caf\u00e9"};
  private static final String[] LOCATORS = {"a", "{l}", "b/{l}", "{l: .+}"};
  private static final String[] METHODS = {"", "", "a", "b", "{x}", "{x}/a", "{x}-{y}", "{x}.{y}", "a/{x}", "{x: \\d+}",
    "{x: [a-z]+}.b", "{x: .+}", "b/a", "{x}/{y}", "a-{x}-b"};
  private static final String[] VERBS = {"GET", "GET", "POST", "HEAD"};

  record Case(List<Route> routes, String path) {
    @Override
    public String toString() {
      return path + " against " + routes.stream().map(r -> "/" + r.rootTemplate() + " " + r.locatorTemplates()
          + " " + r.methodTemplate() + " " + r.httpMethod()).collect(Collectors.joining(", "));
    }
  }

  static Case generate(Choices c) {
    List<Route> routes = new ArrayList<>();
    int count = 1 + c.below(5);
    for (int i = 0; i < count; i++) {
      List<String> locators = c.below(4) == 0 ? List.of(c.pick(LOCATORS)) : List.of();
      CorsPolicy policy = switch (c.below(3)) {
        case 0 -> ONE;
        case 1 -> TWO;
        default -> null;
      };
      routes.add(new Route("R" + i, c.pick(ROOTS), locators, c.pick(METHODS), c.pick(VERBS), "S" + i, "m" + i + "()", policy));
    }
    String path = c.below(3) == 0 ? c.string("ab-./;%2Acx=", 14) : instance(c, routes.get(c.below(routes.size())));
    return new Case(routes, path);
  }

  /** A path the route's full template matches, then perhaps disturbed, so that both matches and near misses are common. */
  private static String instance(Choices c, Route route) {
    String template = fullTemplate(route);
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char ch = template.charAt(i);
      if (ch != '{') {
        path.append(ch);
        continue;
      }
      int close = template.indexOf('}', i);
      String body = template.substring(i, close + 1);
      path.append(body.contains("\\d") ? c.pick("1", "42", "x") : body.contains("[a-z]") ? c.pick("a", "ab", "1")
          : body.contains(".+") ? c.pick("a", "a/b", "a//b") : c.pick("a", "b", "a-b", "a.b", "%41", "%2a", "-", "."));
      i = close;
    }
    String instance = path.toString().replace("\u00e9", c.below(2) == 0 ? "%C3%A9" : "%c3%a9");
    switch (c.below(10)) {
      case 0:
        return "/" + instance;
      case 1:
        return instance + "/";
      case 2:
        return instance + ";m=1";
      case 3:
        return instance.replaceFirst("/", "//");
      case 4:
        return instance + c.pick("/x", "x", "/", "//");
      case 5:
        return instance.isEmpty() ? instance : instance.substring(0, c.below(instance.length()));
      default:
        return instance;
    }
  }

  /** The route's templates joined, slashes trimmed, as a resource path names its template. */
  static String fullTemplate(Route route) {
    List<String> pieces = new ArrayList<>();
    pieces.add(route.rootTemplate());
    pieces.addAll(route.locatorTemplates());
    pieces.add(route.methodTemplate());
    return pieces.stream().map(t -> t.replaceAll("^/+|/+$", "")).filter(t -> !t.isEmpty()).collect(Collectors.joining("/"));
  }

  /**
   * A template as a regular expression, built by hand: a variable is {@code [^/]+} or its own
   * expression, literal text is itself percent-encoded (only the non-ASCII letter in the
   * generated templates needs it).
   */
  static Pattern referenceRegex(String template) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      String literal = open < 0 ? template.substring(i) : template.substring(i, open);
      regex.append(Pattern.quote(literal.replace("\u00e9", "%C3%A9")));
      if (open < 0) {
        break;
      }
      int close = template.indexOf('}', open);
      String body = template.substring(open + 1, close);
      int colon = body.indexOf(':');
      regex.append('(').append(colon < 0 ? "[^/]+" : body.substring(colon + 1).strip()).append(')');
      i = close + 1;
    }
    return Pattern.compile(regex.toString());
  }

  /** The ways the runtimes may read the path: no leading slash, no matrix parameters; escapes and a trailing slash either way. */
  static List<String> readings(String requestPath) {
    String path = requestPath.startsWith("/") ? requestPath.substring(1) : requestPath;
    path = path.replaceAll(";[^/]*", "");
    List<String> readings = new ArrayList<>();
    for (String escapes : List.of(path, upperCaseEscapes(path))) {
      readings.add(escapes);
      if (escapes.endsWith("/")) {
        readings.add(escapes.substring(0, escapes.length() - 1));
      }
    }
    return readings;
  }

  private static String upperCaseEscapes(String path) {
    return Pattern.compile("%(..)").matcher(path).replaceAll(m -> "%" + m.group(1).toUpperCase(java.util.Locale.ROOT));
  }

  private static boolean matchesSomeReading(String template, List<String> readings) {
    Pattern regex = referenceRegex(template);
    return readings.stream().anyMatch(r -> regex.matcher(r).matches());
  }

  /** The oracle. */
  static void check(Case c) throws Exception {
    Map<CorsPolicy, CompiledPolicy> compiled = new HashMap<>();
    RouteTable table = new RouteTable(c.routes(), r -> compiled.computeIfAbsent(r.policy(), CompiledPolicy::new));
    List<String> readings = readings(c.path());
    boolean anyMatches = c.routes().stream().anyMatch(r -> matchesSomeReading(fullTemplate(r), readings));
    for (String method : new String[] {null, "GET", "POST", "PUT"}) {
      ResourcePath found = table.match(c.path(), method);
      if (!anyMatches) {
        assertThat(found).as("no route matches %s", c).isNull();
      }
      if (found != null && found != ResourcePath.AMBIGUOUS) {
        assertThat(c.routes().stream().anyMatch(r -> fullTemplate(r).equals(found.template())
            && matchesSomeReading(found.template(), readings)))
            .as("%s reaches /%s, which it matches", c, found.template()).isTrue();
      }
      if (!c.path().startsWith("/")) {
        ResourcePath slashed = table.match("/" + c.path(), method);
        assertThat(slashed == null ? null : slashed.template()).as("a leading slash does not count: %s", c)
            .isEqualTo(found == null ? null : found.template());
      }
    }
  }

  static Stream<Case> generated() {
    return GeneratedCases.of(3000, random -> generate(Choices.of(random)));
  }

  @ParameterizedTest
  @MethodSource("generated")
  void pathMatchingGenerated(Case c) throws Exception {
    check(c);
  }

  /** The generator must reach paths that resolve, or agreement on "nothing" would prove little. */
  @Test
  void generatedCasesIncludeMatches() throws Exception {
    int resolved = 0;
    for (Case c : (Iterable<Case>) generated()::iterator) {
      ResourcePath found = new RouteTable(c.routes(), r -> new CompiledPolicy(r.policy())).match(c.path());
      resolved += found != null && found != ResourcePath.AMBIGUOUS ? 1 : 0;
    }
    assertThat(resolved).isGreaterThan(GeneratedCases.count(3000) / 5);
  }

  /**
   * Hang guard (not a speed test): shapes that make a backtracking matcher explode, several
   * variables in one long segment of separators and a path of many segments, finish.
   */
  @Test
  void adversarialPathsFinish() {
    List<Route> routes = List.of(
        new Route("A", "r", "{a}-{b}-{c}-{d}-{e}.json", "GET", "a()", ONE),
        new Route("B", "r", "{a}.{b}.{c}/{d}", "GET", "b()", TWO),
        new Route("C", "{t}", List.of("{l}"), "x", "GET", "C", "c()", ONE));
    String[] paths = {"r/" + "-".repeat(200_000) + ".jso", "r/" + "-.".repeat(100_000), "r/" + "a/".repeat(100_000),
      "/".repeat(200_000), ";".repeat(200_000), "r/" + "%2a".repeat(50_000)};
    // Only the table runs here: the reference is a backtracking regular expression, which is
    // exactly what these shapes defeat.
    RouteTable table = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> new RouteTable(routes, r -> new CompiledPolicy(r.policy())));
    for (String path : paths) {
      ResourcePath found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> table.match(path, "GET"), path.substring(0, 8));
      assertThat(found).as(path.substring(0, 8)).isNull();
    }
    String matching = "r/" + "a-".repeat(100_000) + "a.json";
    ResourcePath found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> table.match(matching, "GET"));
    assertThat(found.template()).isEqualTo("r/{a}-{b}-{c}-{d}-{e}.json");
  }
}
