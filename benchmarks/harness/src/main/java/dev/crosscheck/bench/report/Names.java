package dev.crosscheck.bench.report;

import dev.crosscheck.bench.subject.Case;
import java.util.Map;

/** What the report calls the implementations and the cases. */
final class Names {

  private Names() {}

  private static final Map<String, String> IMPLEMENTATIONS = Map.of(
      "crosscheck", "Crosscheck",
      "resteasy", "RESTEasy",
      "spring", "Spring",
      "none", "no CORS",
      "noop-filter", "no-op filter",
      "none-servlet", "Spring harness alone");

  static String implementation(String name) {
    return IMPLEMENTATIONS.getOrDefault(name, name);
  }

  /** The row label of the tables. */
  static String label(Case c) {
    return caseNames(c)[0];
  }

  /** The label where space is short: the chart. */
  static String shortLabel(Case c) {
    return caseNames(c)[1];
  }

  /** A case's label, then its short label; a switch, so that a new case cannot go without a name. */
  private static String[] caseNames(Case c) {
    return switch (c) {
      case NO_ORIGIN -> new String[] {"no Origin", "no Origin"};
      case ALLOWED -> new String[] {"allowed origin", "allowed"};
      case DISALLOWED -> new String[] {"disallowed origin", "disallowed"};
      case PREFLIGHT -> new String[] {"allowed preflight, 2 request headers", "preflight"};
      case PREFLIGHT_REJECTED -> new String[] {"rejected preflight (origin)", "rejected preflight"};
      case HUGE_REQUEST_HEADERS -> new String[] {"preflight, 1 MiB Access-Control-Request-Headers", "1 MiB request headers"};
      case SUBDOMAIN_PATTERN -> new String[] {"origin matched by a subdomain pattern", "subdomain pattern"};
      case ALLOWED_LITERAL_PATH -> new String[] {"allowed origin, literal path (extra)", "allowed, literal path"};
      case HOSTILE_PATH_PREFLIGHT -> new String[] {"preflight on a hostile path", "hostile path, preflight"};
      case HOSTILE_PATH_NO_ORIGIN -> new String[] {"no Origin on a hostile path", "hostile path, no Origin"};
    };
  }
}
