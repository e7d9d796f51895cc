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
    Reader reader = new Reader(String.join("", chunks), policies);
    List<Route> routes = new ArrayList<>();
    for (int start = 0; start < reader.text.length(); ) {
      int end = reader.text.indexOf('\n', start);
      if (end < 0) {
        end = reader.text.length();
      }
      if (end > start) {
        routes.add(reader.route(start, end));
      }
      start = end + 1;
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

  /**
   * Reads the rows of one table's text, in order, without a copy of a line: fields are compared
   * and cut out where they are.
   */
  private static final class Reader {
    final String text;
    final List<CorsPolicy> policies;
    /**
     * One copy of each distinct field: a class's name, its template, an HTTP method, a method
     * name repeat on every row of their class; 20,000 rows would otherwise keep 140,000 strings.
     */
    final Map<String, String> distinct = new HashMap<>();
    /** The fixed fields of the row above: rows come grouped by class, so most fields equal those. */
    final String[] above = new String[FIXED_FIELDS];
    /**
     * Where the next {@code %} is (escapes are rare, so the text is searched for one only past the
     * last): -1 when there is none left, -2 before the first search.
     */
    int nextPercent = -2;
    int lineNumber;

    Reader(String text, List<CorsPolicy> policies) {
      this.text = text;
      this.policies = policies;
    }

    /** The route of the line {@code text[start, end)}. */
    Route route(int start, int end) {
      lineNumber++;
      String[] fixed = new String[FIXED_FIELDS];
      List<String> locators = List.of();
      int count = 0;
      for (int from = start; ; ) {
        int tab = text.indexOf('\t', from);
        int to = tab < 0 || tab > end ? end : tab;
        if (count < FIXED_FIELDS) {
          // Compared as written only where nothing is escaped: "%25" as written is not "%25" read.
          String same = above[count];
          fixed[count] = same != null && same.length() == to - from && !escapes(from, to)
              && text.regionMatches(from, same, 0, to - from) ? same : field(from, to);
        } else {
          if (locators.isEmpty()) {
            locators = new ArrayList<>(2);
          }
          locators.add(field(from, to));
        }
        count++;
        if (to == end) {
          break;
        }
        from = to + 1;
      }
      if (count < FIXED_FIELDS) {
        throw corrupted(lineNumber, "has " + count + " fields, not at least " + FIXED_FIELDS);
      }
      System.arraycopy(fixed, 0, above, 0, FIXED_FIELDS);
      String rootClass = fixed[1];
      String resourceClass = fixed[4].isEmpty() ? rootClass : fixed[4];
      String policyField = fixed[6];
      CorsPolicy policy = null;
      Route.Closed closed = switch (policyField) {
        case "-" -> Route.Closed.NO_POLICY;
        case "!" -> Route.Closed.OPTED_OUT;
        case "~" -> Route.Closed.METHODS_EXCLUDE;
        default -> null;
      };
      if (closed == null) {
        int index = policyIndex(policyField);
        if (index >= policies.size()) {
          throw corrupted(lineNumber, "names policy " + index + " of " + policies.size());
        }
        policy = policies.get(index);
      }
      return new Route(rootClass, fixed[2], locators, fixed[3], fixed[0], resourceClass, fixed[5], policy, closed);
    }

    private int policyIndex(String field) {
      try {
        return Integer.parseUnsignedInt(field);
      } catch (NumberFormatException e) {
        throw corrupted(lineNumber, "has policy '" + field + "', not an index, -, ! or ~");
      }
    }

    /** Whether {@code text[from, to)} holds an escape; asked with {@code from} never going back. */
    private boolean escapes(int from, int to) {
      if (nextPercent != -1 && nextPercent < from) {
        nextPercent = text.indexOf('%', from);
      }
      return nextPercent >= 0 && nextPercent < to;
    }

    /** The field {@code text[from, to)}, unescaped, as the one copy of its value. */
    private String field(int from, int to) {
      String value = escapes(from, to) ? unescaped(from, to) : text.substring(from, to);
      String known = distinct.putIfAbsent(value, value);
      return known == null ? value : known;
    }

    private String unescaped(int from, int to) {
      StringBuilder field = new StringBuilder(to - from);
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c == '%') {
          String escape = text.substring(i, Math.min(to, i + 3));
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
      return field.toString();
    }
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
