package dev.crosscheck.runtime.internal.route;

import dev.crosscheck.runtime.internal.policy.CorsPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text form of a generated table, which the processor writes as string constants and the
 * generated filter reads here when its class loads. Text rather than one constructor call per
 * route because javac compiles a string constant in a fraction of the time a statement takes: on
 * a table of 13,000 routes that is most of what the processor adds to a build.
 *
 * <p>One route a line, fields separated by tabs:
 * <pre>HTTP method, root class, root template, method template, resource class, Java method, policy[, locator template...]</pre>
 * An empty resource class means the root class; the policy is an index into the filter's policies,
 * or, when the method is not open cross-origin, why: {@code -} no policy, {@code !} opted out with
 * {@code @NoCrossOrigin}, {@code ~} its policy's methods leave it out; the templates of the sub-resource
 * locators on the way, outermost first, end the line. Inside a field, {@code %09}, {@code %0A},
 * {@code %0D} and {@code %25} stand for a tab, a line feed, a carriage return and {@code %}:
 * percent signs are rare in templates, where backslashes (regular expressions) are common.
 * The processor writes only what this reads; anything else is a corrupted class and stops the
 * start with the line that is wrong.
 */
public final class RouteRows {

  /** The number of fields before the locator templates. */
  private static final int FIXED_FIELDS = 7;

  private RouteRows() {}

  /**
   * @param chunks the table's text, split into constants (a class file's string constant holds at
   *     most 65,535 bytes), joined again here
   */
  public static List<Route> parse(List<CorsPolicy> policies, String... chunks) {
    List<Route> routes = new ArrayList<>();
    // One copy of each distinct field: a class's name, its template, an HTTP method, a method
    // name repeat on every row of their class; 20,000 rows would otherwise keep 140,000 strings.
    Map<String, String> distinct = new HashMap<>();
    int lineNumber = 0;
    for (String line : lines(chunks)) {
      lineNumber++;
      routes.add(route(line, lineNumber, policies, distinct));
    }
    return List.copyOf(routes);
  }

  /** The non-empty lines of the chunks joined, in order. */
  public static List<String> lines(String... chunks) {
    List<String> lines = new ArrayList<>();
    for (String line : String.join("", chunks).split("\n")) {
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return List.copyOf(lines);
  }

  /** The policy field of a route without a policy: why it is closed. */
  public static String closedField(Route.Closed closed) {
    return switch (closed) {
      case NO_POLICY -> "-";
      case OPTED_OUT -> "!";
      case METHODS_EXCLUDE -> "~";
    };
  }

  /**
   * One route as a line, the inverse of {@link #parse}.
   *
   * @param policy the policy's index, or {@link #closedField} where it has none
   */
  public static String line(Route route, String policy) {
    List<String> fields = new ArrayList<>(List.of(route.httpMethod(), route.rootClass(), route.rootTemplate(),
        route.methodTemplate(), route.resourceClass().equals(route.rootClass()) ? "" : route.resourceClass(),
        route.javaMethod(), policy));
    fields.addAll(route.locatorTemplates());
    StringBuilder line = new StringBuilder();
    for (String field : fields) {
      if (line.length() > 0) {
        line.append('\t');
      }
      escape(field, line);
    }
    return line.append('\n').toString();
  }

  private static Route route(String line, int lineNumber, List<CorsPolicy> policies, Map<String, String> distinct) {
    List<String> fields = fields(line, lineNumber);
    fields.replaceAll(field -> distinct.computeIfAbsent(field, f -> f));
    if (fields.size() < FIXED_FIELDS) {
      throw corrupted(lineNumber, "has " + fields.size() + " fields, not at least " + FIXED_FIELDS);
    }
    String rootClass = fields.get(1);
    String resourceClass = fields.get(4).isEmpty() ? rootClass : fields.get(4);
    String policyField = fields.get(6);
    CorsPolicy policy = null;
    Route.Closed closed = switch (policyField) {
      case "-" -> Route.Closed.NO_POLICY;
      case "!" -> Route.Closed.OPTED_OUT;
      case "~" -> Route.Closed.METHODS_EXCLUDE;
      default -> null;
    };
    if (closed == null) {
      int index = policyIndex(policyField, lineNumber);
      if (index >= policies.size()) {
        throw corrupted(lineNumber, "names policy " + index + " of " + policies.size());
      }
      policy = policies.get(index);
    }
    return new Route(rootClass, fields.get(2), fields.subList(FIXED_FIELDS, fields.size()), fields.get(3),
        fields.get(0), resourceClass, fields.get(5), policy, closed);
  }

  private static int policyIndex(String field, int lineNumber) {
    try {
      return Integer.parseUnsignedInt(field);
    } catch (NumberFormatException e) {
      throw corrupted(lineNumber, "has policy '" + field + "', not an index, -, ! or ~");
    }
  }

  private static List<String> fields(String line, int lineNumber) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '%') {
        String escape = line.substring(i, Math.min(line.length(), i + 3));
        field.append(switch (escape) {
          case "%09" -> '\t';
          case "%0A" -> '\n';
          case "%0D" -> '\r';
          case "%25" -> '%';
          default -> throw corrupted(lineNumber, "has an unknown escape " + escape);
        });
        i += 2;
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static void escape(String field, StringBuilder into) {
    for (char c : field.toCharArray()) {
      switch (c) {
        case '\t' -> into.append("%09");
        case '\n' -> into.append("%0A");
        case '\r' -> into.append("%0D");
        case '%' -> into.append("%25");
        default -> into.append(c);
      }
    }
  }

  private static IllegalStateException corrupted(int lineNumber, String what) {
    return new IllegalStateException("Crosscheck: line " + lineNumber + " of the generated route table " + what
        + "; the generated filter class is corrupted: rebuild the module with the processor");
  }
}
