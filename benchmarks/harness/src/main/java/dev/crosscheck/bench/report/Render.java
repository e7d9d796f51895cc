package dev.crosscheck.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Writes BENCHMARKS.md and the chart from {@code results.json} alone, so both can be regenerated
 * without measuring again: {@code Render <results.json> <BENCHMARKS.md> <chart.svg>}.
 *
 * <p>Every number in the document comes from the results file; the prose around the numbers
 * (why an implementation wins a case) is fixed here and chosen by the results: a case where
 * Crosscheck is not the fastest always gets a paragraph.
 */
public final class Render {

  static final List<String> PEERS = List.of("crosscheck", "resteasy", "spring");
  static final Map<String, String> LABEL = Map.of(
      "crosscheck", "Crosscheck",
      "resteasy", "RESTEasy",
      "spring", "Spring",
      "none", "no CORS",
      "noop-filter", "no-op filter",
      "none-servlet", "Spring harness alone");
  static final Map<String, String> COLOR = Map.of(
      "crosscheck", "#1b9e77", "resteasy", "#d95f02", "spring", "#7570b3", "none", "#999999", "noop-filter", "#bbbbbb");
  static final List<String> CASES = List.of("NO_ORIGIN", "ALLOWED", "DISALLOWED", "PREFLIGHT", "PREFLIGHT_REJECTED",
      "HUGE_REQUEST_HEADERS", "SUBDOMAIN_PATTERN", "ALLOWED_LITERAL_PATH");
  static final Map<String, String> CASE_LABEL = Map.of(
      "NO_ORIGIN", "no Origin",
      "ALLOWED", "allowed origin",
      "DISALLOWED", "disallowed origin",
      "PREFLIGHT", "allowed preflight, 2 request headers",
      "PREFLIGHT_REJECTED", "rejected preflight (origin)",
      "HUGE_REQUEST_HEADERS", "preflight, 1 MiB Access-Control-Request-Headers",
      "SUBDOMAIN_PATTERN", "origin matched by a subdomain pattern",
      "ALLOWED_LITERAL_PATH", "allowed origin, literal path (extra)");
  static final Map<String, String> CASE_SHORT = Map.of(
      "NO_ORIGIN", "no Origin",
      "ALLOWED", "allowed",
      "DISALLOWED", "disallowed",
      "PREFLIGHT", "preflight",
      "PREFLIGHT_REJECTED", "rejected preflight",
      "HUGE_REQUEST_HEADERS", "1 MiB request headers",
      "SUBDOMAIN_PATTERN", "subdomain pattern",
      "ALLOWED_LITERAL_PATH", "allowed, literal path");

  private final Map<String, Object> results;
  private final List<Map<String, Object>> rows = new ArrayList<>();
  private final int mainScale;
  private final List<Integer> scales;
  /** The run to compare with in the section on dispatch, if there is one. */
  private Render before;
  /** The build-cost run of the processor that wrote one statement per route, or null. */
  private Object buildCostBefore;

  Render(Map<String, Object> results) {
    this.results = results;
    if (results.get("jmh") != null) {
      for (Object row : Json.array(Json.object(results.get("jmh")).get("results"))) {
        rows.add(Json.object(row));
      }
    }
    TreeSet<Integer> sizes = new TreeSet<>();
    for (Map<String, Object> row : rows) {
      if ("crosscheck".equals(row.get("implementation")) || "spring".equals(row.get("implementation"))) {
        sizes.add((int) Json.number(row.get("paths")));
      }
    }
    this.scales = new ArrayList<>(sizes);
    this.mainScale = sizes.contains(1000) ? 1000 : sizes.isEmpty() ? 100 : sizes.last();
  }

  public static void main(String[] args) throws IOException {
    Map<String, Object> results = Json.object(Json.parse(Files.readString(Path.of(args[0]))));
    Path markdown = Path.of(args[1]);
    Path chart = Path.of(args[2]);
    Render render = new Render(results);
    Path baseline = Path.of(args[0]).toAbsolutePath().getParent().resolve("before-runtime-dispatch.json");
    if (Files.exists(baseline)) {
      render.before = new Render(Json.object(Json.parse(Files.readString(baseline))));
    }
    Path buildBaseline = baseline.resolveSibling("before-compact-table.json");
    if (Files.exists(buildBaseline)) {
      render.buildCostBefore = Json.parse(Files.readString(buildBaseline));
    }
    Files.createDirectories(chart.toAbsolutePath().getParent());
    Files.writeString(chart, render.chart());
    String chartLink = markdown.toAbsolutePath().getParent().relativize(chart.toAbsolutePath()).toString().replace('\\', '/');
    Files.writeString(markdown, render.markdown(chartLink));
    System.out.println("[render] wrote " + markdown + " and " + chart);
  }

  // ---------------------------------------------------------------- lookups

  /** A row of the JMH results; RESTEasy and the floors are measured at one size and stand for all. */
  Map<String, Object> row(String implementation, String c, int paths) {
    Map<String, Object> any = null;
    for (Map<String, Object> row : rows) {
      if (implementation.equals(row.get("implementation")) && c.equals(row.get("case"))) {
        if ((int) Json.number(row.get("paths")) == paths) {
          return row;
        }
        any = row;
      }
    }
    boolean sizeIndependent = !implementation.equals("crosscheck") && !implementation.equals("spring");
    return sizeIndependent ? any : null;
  }

  double ns(String implementation, String c, int paths) {
    Map<String, Object> row = row(implementation, c, paths);
    return row == null ? Double.NaN : Json.number(row.get("nsPerOp"));
  }

  /** Half the range of the measured iterations, relative to the median. */
  double spread(String implementation, String c, int paths) {
    Map<String, Object> row = row(implementation, c, paths);
    if (row == null || row.get("nsPerOpMin") == null) {
      return Double.NaN;
    }
    return (Json.number(row.get("nsPerOpMax")) - Json.number(row.get("nsPerOpMin"))) / 2 / Json.number(row.get("nsPerOp"));
  }

  double bytes(String implementation, String c, int paths) {
    Map<String, Object> row = row(implementation, c, paths);
    return row == null || row.get("bytesPerOp") == null ? Double.NaN : Json.number(row.get("bytesPerOp"));
  }

  String fastest(String c, int paths) {
    String best = null;
    for (String peer : PEERS) {
      double v = ns(peer, c, paths);
      if (!Double.isNaN(v) && (best == null || v < ns(best, c, paths))) {
        best = peer;
      }
    }
    return best;
  }

  double floorServlet() {
    for (Map<String, Object> row : rows) {
      if ("none-servlet".equals(row.get("implementation"))) {
        return Json.number(row.get("nsPerOp"));
      }
    }
    return Double.NaN;
  }

  // ---------------------------------------------------------------- formatting

  static String time(double ns) {
    if (Double.isNaN(ns)) {
      return "n/a";
    }
    if (ns >= 1_000_000) {
      return String.format(Locale.ROOT, "%.2f ms", ns / 1_000_000);
    }
    if (ns >= 10_000) {
      return String.format(Locale.ROOT, "%.1f µs", ns / 1000);
    }
    if (ns >= 1_000) {
      return String.format(Locale.ROOT, "%.2f µs", ns / 1000);
    }
    return String.format(Locale.ROOT, ns >= 10 ? "%.0f ns" : "%.1f ns", ns);
  }

  static String size(double bytes) {
    if (Double.isNaN(bytes)) {
      return "n/a";
    }
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024 * 1024));
    }
    if (bytes >= 10 * 1024) {
      return String.format(Locale.ROOT, "%.0f KiB", bytes / 1024);
    }
    if (bytes >= 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024);
    }
    return String.format(Locale.ROOT, "%.0f B", bytes);
  }

  static String ratio(double r) {
    if (Double.isNaN(r)) {
      return "n/a";
    }
    if (r >= 100) {
      return String.format(Locale.ROOT, "%,.0f×", r);
    }
    return String.format(Locale.ROOT, r >= 10 ? "%.0f×" : "%.2f×", r);
  }

  static String number(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  // ---------------------------------------------------------------- markdown

  String markdown(String chartLink) {
    StringBuilder md = new StringBuilder();
    Map<String, Object> machine = Json.object(results.get("machine"));
    Map<String, Object> versions = Json.object(results.get("versions"));
    md.append("# Benchmarks\n\n");
    md.append("<!-- Generated by benchmarks/run.sh (dev.crosscheck.bench.report.Render) from ")
        .append("benchmarks/results/results.json: edit Render.java, not this file. -->\n\n");
    if ("quick".equals(results.get("mode"))) {
      md.append("> **Quick mode**: a few very short iterations to keep the harness working. These numbers mean nothing; ")
          .append("run `benchmarks/run.sh` for real ones.\n\n");
    }
    md.append("What the generated filter costs per request, measured in the same run, on the same requests, beside ")
        .append("RESTEasy's `CorsFilter` (").append(versions.get("resteasy")).append("), Spring's `DefaultCorsProcessor` with a ")
        .append("`UrlBasedCorsConfigurationSource` (spring-web ").append(versions.get("spring")).append(") and no CORS at all; ")
        .append("how that cost grows with the number of annotated resource paths; what it does to a real server under load; ")
        .append("and what the processor adds to a build.\n\n");
    md.append("![Time per request by case, growth with the table, requests per second end to end, javac time](")
        .append(chartLink).append(")\n\n");
    md.append("**Run it:** `benchmarks/run.sh` (about fifteen minutes on two cores; needs JDK 17, Maven and `wrk`). It builds ")
        .append("the project, runs everything below, writes `benchmarks/results/results.json`, and regenerates this file ")
        .append("and the chart from it (`benchmarks/run.sh --render-only` does just that).\n\n");
    md.append("Measured ").append(String.valueOf(results.get("generated")), 0, 10).append(" on: ")
        .append(machine.get("cpu")).append(", ").append(number(Json.number(machine.get("cores")))).append(" cores");
    if (machine.get("memoryGiB") != null) {
      md.append(", ").append(machine.get("memoryGiB")).append(" GiB");
    }
    md.append("; ").append(machine.get("os")).append("; ").append(machine.get("java"));
    if (results.get("commit") != null) {
      md.append("; Crosscheck at commit `").append(results.get("commit")).append('`');
    }
    md.append(".\n\n");

    if (!rows.isEmpty()) {
      summary(md);
      losses(md);
      scaling(md);
      allocation(md);
    }
    findings(md);
    new DispatchComparison(this, before).render(md, scales);
    endToEnd(md);
    buildCost(md);
    semantics(md);
    method(md);
    return md.toString();
  }

  private void summary(StringBuilder md) {
    md.append("## Per request, at ").append(number(mainScale)).append(" annotated paths\n\n");
    md.append("Time of one exchange (request filter, then response filter; the median of the measured iterations) ")
        .append("and its ratio to the fastest of the three CORS implementations for that case (**1.00×** is the ")
        .append("fastest; lower is better). ±% is half the range of the iterations. Allocation is further down.\n\n");
    md.append("| case | Crosscheck | RESTEasy | Spring | no CORS (floor) |\n|---|---:|---:|---:|---:|\n");
    for (String c : CASES) {
      String best = fastest(c, mainScale);
      if (best == null) {
        continue;
      }
      double bestNs = ns(best, c, mainScale);
      md.append("| ").append(CASE_LABEL.get(c)).append(" |");
      for (String peer : PEERS) {
        double v = ns(peer, c, mainScale);
        double spread = spread(peer, c, mainScale);
        String cell = time(v) + (Double.isNaN(spread) || spread < 0.005 ? "" : String.format(Locale.ROOT, " ±%.0f%%", spread * 100))
            + " (" + ratio(v / bestNs) + ")";
        md.append(' ').append(peer.equals(best) ? "**" + cell + "**" : cell).append(" |");
      }
      md.append(' ').append(time(ns("none", c, mainScale))).append(" |\n");
    }
    md.append("\nThe request path is a `{id}` template (`api/r<c>/items<i>/42`) in the middle of the table, except in ")
        .append("the last row (a literal path) and the pattern row (`items<i>/{id}/parts`). RESTEasy never reads the path; ")
        .append("it is measured once. Spring's numbers include resetting its mock response (")
        .append(time(floorServlet())).append(" alone). Outcomes differ between implementations in some rows: see ")
        .append("[what each one answers](#what-each-one-answers).\n\n");
  }

  private void losses(StringBuilder md) {
    md.append("### Where Crosscheck is not the fastest, and why\n\n");
    List<String> lost = new ArrayList<>();
    for (String c : CASES) {
      String best = fastest(c, mainScale);
      if (best != null && !best.equals("crosscheck")) {
        lost.add(c);
      }
    }
    if (lost.isEmpty()) {
      md.append("It is the fastest in every case at this size.\n\n");
      return;
    }
    md.append("Crosscheck is not the fastest in ").append(lost.size()).append(" of ").append(CASES.size())
        .append(" cases at ").append(number(mainScale)).append(" paths");
    List<String> beats = new ArrayList<>();
    for (String c : CASES) {
      if (ns("crosscheck", c, mainScale) < ns("spring", c, mainScale)) {
        beats.add(c);
      }
    }
    md.append(beats.size() == CASES.size()
        ? "; it is faster than Spring in all of them. "
        : "; it is faster than Spring in " + beats.size() + ". ");
    md.append("RESTEasy's filter does much less per request: one global policy, so no path lookup for preflights; ")
        .append("no method or request-header checks; no `Vary` on responses without an Origin. Crosscheck's extra cost ")
        .append("is a preflight's route lookup, those checks and `Vary` (see [findings](#findings-crosschecks-performance-problems)).\n\n");
    for (String c : lost) {
      String best = fastest(c, mainScale);
      double cc = ns("crosscheck", c, mainScale);
      double b = ns(best, c, mainScale);
      md.append("- **").append(CASE_LABEL.get(c)).append("**: ").append(LABEL.get(best)).append(' ').append(time(b))
          .append(", Crosscheck ").append(time(cc)).append(" (").append(ratio(cc / b)).append("). ")
          .append(why(c, best)).append('\n');
    }
    md.append('\n');
    List<String> springWins = new ArrayList<>();
    for (int scale : scales) {
      for (String c : CASES) {
        if (ns("spring", c, scale) < ns("crosscheck", c, scale)) {
          springWins.add(CASE_LABEL.get(c) + " at " + number(scale) + " paths (Spring " + time(ns("spring", c, scale))
              + ", Crosscheck " + time(ns("crosscheck", c, scale)) + ")");
        }
      }
    }
    if (springWins.isEmpty()) {
      md.append("At every table size measured, Crosscheck is faster than Spring in every case.\n\n");
    } else {
      md.append("Spring is faster than Crosscheck in: ").append(String.join("; ", springWins)).append(". With a small ")
          .append("table Spring's scan over its path patterns is short, and a request without Origin costs it little ")
          .append("more than that scan and three `Vary` values.\n\n");
    }
  }

  /** Why {@code winner} beats Crosscheck in case {@code c}: the mechanisms, with this run's numbers. */
  private String why(String c, String winner) {
    double literal = ns("crosscheck", "ALLOWED_LITERAL_PATH", mainScale);
    double allowed = ns("crosscheck", "ALLOWED", mainScale);
    String lookup = "The same allowed request costs Crosscheck " + time(allowed) + " on this `{id}` path and "
        + time(literal) + " on a literal one.";
    if (!winner.equals("resteasy")) {
      return LABEL.get(winner) + " is faster here; no explanation has been written for this case yet.";
    }
    return switch (c) {
      case "NO_ORIGIN" -> "RESTEasy returns as soon as it sees no `Origin`, and so does Crosscheck's pre-matching "
          + "side; the response filter the runtime bound to the method then adds `Vary: Origin`, since the answer of a "
          + "policy that depends on the origin does even when the request had none: otherwise a shared cache can hand "
          + "the origin-less answer to a cross-origin page (RESTEasy omits it; Spring adds three `Vary` values, "
          + "always). That header entry is most of the " + time(ns("crosscheck", c, mainScale)) + ".";
      case "ALLOWED" -> "RESTEasy checks the origin against one global `HashSet` and echoes it, without looking at "
          + "the path (so every path gets the same policy). Crosscheck's response filter is the one the runtime bound "
          + "to the method that ran, so it has the policy without a lookup, then checks the origin and adds `Vary`. "
          + lookup + " Both set the same four headers (" + size(bytes("resteasy", c, mainScale))
          + " in the harness's header map).";
      case "ALLOWED_LITERAL_PATH" -> "Literal or template makes no difference to an actual request now: no path is "
          + "matched. The remaining " + time(ns("crosscheck", c, mainScale) - ns("resteasy", c, mainScale))
          + " are the checks RESTEasy does not make (`Vary` and its de-duplication, origin length and `null` checks) "
          + "and the harness's second filter call. Both allocate " + size(bytes("resteasy", c, mainScale))
          + ", the four response header entries.";
      case "DISALLOWED" -> "RESTEasy refuses an actual request from an unknown origin by throwing "
          + "`ForbiddenException` (a stack trace and a response: " + size(bytes("resteasy", c, mainScale))
          + "), without looking at the path. Crosscheck lets the request run and withholds the CORS headers (the "
          + "Fetch standard's way: the browser hides the answer); its cost is the origin check plus `Vary`.";
      case "PREFLIGHT" -> "Both answer through `abortWith` with a response from the runtime's builder (Jersey's "
          + "`OutboundJaxrsResponse`, six headers each: " + size(bytes("resteasy", c, mainScale)) + " for RESTEasy, "
          + size(bytes("crosscheck", c, mainScale)) + " for Crosscheck), which is most of either's time. RESTEasy "
          + "answers any `OPTIONS` with an `Origin` without looking at the path, the requested method or the "
          + "requested headers (it echoes its configured lists, even for methods and headers the resource does not "
          + "take); Crosscheck finds the route for this path and method and checks each requested header.";
      case "PREFLIGHT_REJECTED" -> "RESTEasy refuses on the origin alone, before anything else (by throwing "
          + "`ForbiddenException`); Crosscheck has per-path policies, so it must find the path's policy before it "
          + "can say no, then builds a 403.";
      case "HUGE_REQUEST_HEADERS" -> "RESTEasy never reads `Access-Control-Request-Headers`: it answers **200** with "
          + "its configured list and leaves the refusal to the browser. Crosscheck refuses with 403 after reading "
          + "only the header's length; its cost is the route lookup and the 403.";
      case "SUBDOMAIN_PATTERN" -> "RESTEasy cannot express an origin pattern; it is measured with the one "
          + "subdomain listed exactly, a `HashSet` hit. Crosscheck's pattern match allocates nothing and costs "
          + "about what an exact match does (" + time(ns("crosscheck", c, mainScale)) + " here, "
          + time(allowed) + " for an exact origin on a `{id}` path).";
      default -> "No explanation has been written for this case yet.";
    };
  }

  private void scaling(StringBuilder md) {
    if (scales.size() < 2) {
      return;
    }
    md.append("## Growth with the table\n\n");
    md.append("Time per exchange by number of annotated resource paths (each size is its own compilation with its own ")
        .append("generated table). RESTEasy does not depend on the table: ")
        .append(time(ns("resteasy", "ALLOWED", mainScale))).append(" for an allowed origin at every size.\n\n");
    md.append("| case | implementation |");
    for (int s : scales) {
      md.append(' ').append(number(s)).append(" |");
    }
    md.append(" ").append(number(scales.get(scales.size() - 1))).append(" ÷ ").append(number(scales.get(0))).append(" |\n|---|---|");
    md.append("---:|".repeat(scales.size() + 1)).append('\n');
    for (String c : CASES) {
      for (String impl : List.of("crosscheck", "spring")) {
        md.append("| ").append(impl.equals("crosscheck") ? CASE_LABEL.get(c) : "").append(" | ").append(LABEL.get(impl)).append(" |");
        for (int s : scales) {
          md.append(' ').append(time(ns(impl, c, s))).append(" |");
        }
        double growth = ns(impl, c, scales.get(scales.size() - 1)) / ns(impl, c, scales.get(0));
        md.append(' ').append(ratio(growth)).append(" |\n");
      }
    }
    md.append('\n');
    int small = scales.get(0);
    int large = scales.get(scales.size() - 1);
    double literalGrowth = ns("crosscheck", "ALLOWED_LITERAL_PATH", large) / ns("crosscheck", "ALLOWED_LITERAL_PATH", small);
    double templateGrowth = ns("crosscheck", "NO_ORIGIN", large) / ns("crosscheck", "NO_ORIGIN", small);
    double worst = 0;
    String worstCase = null;
    for (String c : CASES) {
      double g = ns("crosscheck", c, large) / ns("crosscheck", c, small);
      if (g > worst) {
        worst = g;
        worstCase = c;
      }
    }
    double springGrowth = ns("spring", "NO_ORIGIN", large) / ns("spring", "NO_ORIGIN", small);
    md.append("The goal was flat. ");
    if (worst <= 1.5) {
      md.append("Crosscheck is flat: from ").append(number(small)).append(" to ").append(number(large))
          .append(" paths no case grows by more than ").append(ratio(worst)).append(" (").append(CASE_LABEL.get(worstCase))
          .append("); a request without Origin on a `{id}` path ").append(ratio(templateGrowth)).append(", an allowed ")
          .append("request on a literal path ").append(ratio(literalGrowth)).append(". ");
    } else {
      md.append("Crosscheck is not flat everywhere: from ").append(number(small)).append(" to ").append(number(large))
          .append(" paths, ").append(CASE_LABEL.get(worstCase)).append(" grows ").append(ratio(worst))
          .append("; a request without Origin on a `{id}` path ").append(ratio(templateGrowth))
          .append(", an allowed request on a literal path ").append(ratio(literalGrowth))
          .append(" (see the findings below). ");
    }
    md.append("Spring's `UrlBasedCorsConfigurationSource` tries every pattern in registration order until one ")
        .append("matches, allocating a matching context for each, so it grows with the table (")
        .append(ratio(springGrowth)).append(" without Origin). (Spring MVC's per-handler `@CrossOrigin` resolves ")
        .append("through its handler mapping instead; that is not what is measured here.)\n\n");
  }

  private void allocation(StringBuilder md) {
    md.append("## Allocation per request\n\n");
    md.append("Bytes allocated per exchange (JMH `-prof gc`, `gc.alloc.rate.norm`), at ").append(number(mainScale))
        .append(" paths. In the Jakarta REST harness each response header a filter sets costs 96 B in the header ")
        .append("map (entry, list, node), so an allowed actual request's four headers are 384 B for both JAX-RS ")
        .append("filters; preflight answers and refusals are `Response` objects from the runtime's builder.\n\n");
    md.append("| case | Crosscheck | RESTEasy | Spring | no CORS |\n|---|---:|---:|---:|---:|\n");
    for (String c : CASES) {
      md.append("| ").append(CASE_LABEL.get(c)).append(" |");
      for (String impl : List.of("crosscheck", "resteasy", "spring", "none")) {
        md.append(' ').append(size(bytes(impl, c, mainScale))).append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
    md.append("Crosscheck by table size (bytes per exchange):\n\n| case |");
    for (int s : scales) {
      md.append(' ').append(number(s)).append(" |");
    }
    md.append("\n|---|").append("---:|".repeat(scales.size())).append('\n');
    for (String c : CASES) {
      md.append("| ").append(CASE_LABEL.get(c)).append(" |");
      for (int s : scales) {
        md.append(' ').append(size(bytes("crosscheck", c, s))).append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
  }

  private void findings(StringBuilder md) {
    if (rows.isEmpty() || scales.isEmpty()) {
      return;
    }
    int small = scales.get(0);
    int large = scales.get(scales.size() - 1);
    double templateGrowth = ns("crosscheck", "PREFLIGHT", large) / ns("crosscheck", "PREFLIGHT", small);
    md.append("## Findings: Crosscheck's performance problems\n\n");
    int n = 1;
    if (templateGrowth > 1.5) {
      md.append(n++).append(". **Preflights on template paths get slower as the table grows.** An allowed preflight on ")
          .append("`api/r<c>/items<i>/{id}` costs ").append(time(ns("crosscheck", "PREFLIGHT", small))).append(" at ")
          .append(number(small)).append(" paths and ").append(time(ns("crosscheck", "PREFLIGHT", large))).append(" at ")
          .append(number(large)).append(": the template lookup in `RouteTable` (runtime, ")
          .append("`dev.crosscheck.runtime.filter`) does work that grows with the templates it has to try.\n");
    } else {
      md.append(n++).append(". **Not the route lookup: it is flat.** Only preflights look the path up. Literal paths are ")
          .append("answered from a hash table keyed by a range of the request path; templates are first narrowed by a ")
          .append("tree of their leading literal segments (`SegmentIndex`), so only the templates that can match are ")
          .append("tried. An allowed preflight on a `{id}` path costs ").append(time(ns("crosscheck", "PREFLIGHT", small)))
          .append(" at ").append(number(small)).append(" paths and ").append(time(ns("crosscheck", "PREFLIGHT", large)))
          .append(" at ").append(number(large)).append(".\n");
    }
    md.append(n++).append(". **No response pays a lookup.** The response side of an actual request is the filter the ")
        .append("runtime bound to the method that ran, so a request without Origin costs ")
        .append(time(ns("crosscheck", "NO_ORIGIN", mainScale))).append(" at ").append(number(mainScale))
        .append(" paths (RESTEasy ").append(time(ns("resteasy", "NO_ORIGIN", mainScale))).append(", Spring ")
        .append(time(ns("spring", "NO_ORIGIN", mainScale))).append("), mostly the `Vary: Origin` it must add; ")
        .append("methods without a policy have no Crosscheck response filter at all.\n");
    double ownNoOrigin = bytes("crosscheck", "NO_ORIGIN", mainScale);
    double ownAllowed = bytes("crosscheck", "ALLOWED", mainScale);
    if (ownNoOrigin <= 96.5 && ownAllowed <= bytes("resteasy", "ALLOWED", mainScale) + 0.5) {
      md.append(n++).append(". **Allocation is not a problem.** Outside the answers it builds (preflights and refusals), ")
          .append("Crosscheck allocates nothing of its own per request: the ").append(size(ownNoOrigin))
          .append(" of a request without Origin are the one `Vary` entry in the header map, the ").append(size(ownAllowed))
          .append(" of an allowed one its four response headers, as for RESTEasy (")
          .append(size(bytes("resteasy", "ALLOWED", mainScale))).append(").\n");
    } else {
      md.append(n++).append(". **It allocates per request.** ").append(size(ownNoOrigin)).append(" for a request without ")
          .append("Origin (of which 96 B are the `Vary` entry in the header map) and ").append(size(ownAllowed))
          .append(" for an allowed one (RESTEasy: ").append(size(bytes("resteasy", "ALLOWED", mainScale))).append(").\n");
    }
    md.append(n++).append(". **A preflight costs about a microsecond more than an actual request, in the runtime's ")
        .append("response builder.** An allowed preflight costs ").append(time(ns("crosscheck", "PREFLIGHT", mainScale)))
        .append(" and ").append(size(bytes("crosscheck", "PREFLIGHT", mainScale))).append(" (RESTEasy ")
        .append(time(ns("resteasy", "PREFLIGHT", mainScale))).append(", ")
        .append(size(bytes("resteasy", "PREFLIGHT", mainScale))).append("), against ")
        .append(time(ns("crosscheck", "ALLOWED", mainScale))).append(" for an allowed actual request: ")
        .append("`Response.noContent().header(...)...build()` through Jersey's `RuntimeDelegate`, then `abortWith`, ")
        .append("the only portable way to answer from a filter. A prebuilt answer per route cannot be shared (the ")
        .append("`Response` is mutable and carries the request's origin).\n");
    if (results.get("buildCost") != null) {
      md.append(n++).append(". ").append(buildCostSection().finding()).append('\n');
    }
    md.append('\n');
  }

  private void endToEnd(StringBuilder md) {
    Object raw = results.get("endToEnd");
    if (raw == null) {
      md.append("## End to end\n\nNot run (no `wrk`).\n\n");
      return;
    }
    Map<String, Object> e2e = Json.object(raw);
    Map<String, Object> summary = Json.object(e2e.get("summary"));
    md.append("## End to end\n\n");
    md.append("Requests per second of ").append(e2e.get("runtime"))
        .append(", on loopback, under ").append(e2e.get("tool")).append(" (").append(number(Json.number(e2e.get("threads"))))
        .append(" thread, ").append(number(Json.number(e2e.get("connections")))).append(" connections, ")
        .append(number(Json.number(e2e.get("warmupSeconds")))).append(" s warm-up then ")
        .append(number(Json.number(e2e.get("seconds")))).append(" s measured, ")
        .append(number(Json.number(e2e.get("rounds"))))
        .append(" rounds of the four in turn; the median is shown). The servers are the same application with ")
        .append("service loading off, differing only in the one filter pair registered: none, a `@PreMatching` ")
        .append("filter that does nothing (what Jersey charges for running any filter pair), the generated filter, ")
        .append("RESTEasy's. The mix, sent round-robin ")
        .append("on every connection (half plain, half CORS): ");
    List<String> mix = new ArrayList<>();
    for (Object m : Json.array(e2e.get("mix"))) {
      mix.add("`" + m + "`");
    }
    md.append(String.join(", ", mix)).append(".\n\n");
    md.append("| server | requests/s (median) | runs | vs no CORS | server CPU per request | p99 latency | non-2xx or errors |\n")
        .append("|---|---:|---|---:|---:|---:|---:|\n");
    double slowest = Double.MAX_VALUE;
    double fastest = 0;
    double widest = 0;
    double lowestMedian = Double.MAX_VALUE;
    double highestMedian = 0;
    double highestMin = 0;
    double lowestMax = Double.MAX_VALUE;
    double none = summary.get("none") == null ? Double.NaN
        : Json.number(Json.object(summary.get("none")).get("requestsPerSecondMedian"));
    for (var entry : summary.entrySet()) {
      Map<String, Object> s = Json.object(entry.getValue());
      double rps = Json.number(s.get("requestsPerSecondMedian"));
      List<String> runs = new ArrayList<>();
      double min = Double.MAX_VALUE;
      double max = 0;
      for (Object r : Json.array(s.get("requestsPerSecondRuns"))) {
        double v = Json.number(r);
        runs.add(number(v));
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      slowest = Math.min(slowest, min);
      fastest = Math.max(fastest, max);
      widest = Math.max(widest, max / min - 1);
      lowestMedian = Math.min(lowestMedian, rps);
      highestMedian = Math.max(highestMedian, rps);
      highestMin = Math.max(highestMin, min);
      lowestMax = Math.min(lowestMax, max);
      md.append("| ").append(switch (entry.getKey()) {
            case "crosscheck" -> "Crosscheck (generated filter)";
            case "resteasy" -> "RESTEasy `CorsFilter`";
            case "noop-filter" -> "a filter that does nothing";
            default -> "no CORS";
          }).append(" | ")
          .append(number(rps)).append(" | ").append(String.join(", ", runs)).append(" | ")
          .append(String.format(Locale.ROOT, "%+.1f%%", (rps / none - 1) * 100)).append(" | ")
          .append(Double.isNaN(Json.number(s.get("serverCpuMicrosPerRequestMedian"))) ? "n/a"
              : String.format(Locale.ROOT, "%.1f µs", Json.number(s.get("serverCpuMicrosPerRequestMedian")))).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f ms", Json.number(s.get("latencyP99MsMedian")))).append(" | ")
          .append(number(Json.number(s.get("non2xxOrErrors")))).append(" |\n");
    }
    md.append("\n");
    if (highestMin <= lowestMax) {
      md.append(String.format(Locale.ROOT, "**No difference between the servers is measurable in this run.** Runs of one "
          + "and the same server differ by up to %.0f%% (%s to %s requests/s over all runs; the slower runs spend more "
          + "server CPU per request), and every server's runs overlap every other's, so the differences between the "
          + "medians (up to %.0f%%) are the machine's noise, not the filters. ", widest * 100, number(slowest),
          number(fastest), (highestMedian / lowestMedian - 1) * 100));
    } else {
      md.append(String.format(Locale.ROOT, "The slowest server's best run (%s requests/s) is below another server's worst "
          + "run (%s requests/s): that difference is larger than the noise between runs of one server (up to %.0f%%). ",
          number(lowestMax), number(highestMin), widest * 100));
    }
    double filterNs = ns("crosscheck", "ALLOWED", scales.isEmpty() ? 10 : scales.get(0));
    double cpuMicros = Double.MAX_VALUE;
    for (Object v : summary.values()) {
      double c = Json.number(Json.object(v).get("serverCpuMicrosPerRequestMedian"));
      if (!Double.isNaN(c)) {
        cpuMicros = Math.min(cpuMicros, c);
      }
    }
    if (cpuMicros < Double.MAX_VALUE) {
      md.append(String.format(Locale.ROOT, "For scale: the server spends at least %.1f µs of CPU per request (the CPU "
          + "column: all of the server JVM's threads, divided by the requests served), while the JMH tables put the "
          + "generated filter's exchange for an allowed origin at %s with a table of %d paths (the notes API has four): "
          + "%.1f%% of it.", cpuMicros, time(filterNs), scales.isEmpty() ? 10 : scales.get(0),
          filterNs / (cpuMicros * 1000) * 100));
    }
    md.append("\n\n");
    md.append("Client and server share the machine's ").append(number(Json.number(Json.object(results.get("machine")).get("cores"))))
        .append(" cores, so these are the server's throughput beside a competing load generator, not its capacity; ")
        .append("compare the differences with the spread between runs of the same server. \"No CORS\" is not quite a ")
        .append("floor for this mix: without a CORS filter the preflight (one request in eight) is answered by ")
        .append("Jersey's own `OPTIONS` handling after resource matching, which costs more than a filter's early ")
        .append("answer. Each server first answered the mix once, recorded in `results.json` (`answers`): the ")
        .append("CORS filters sent their CORS headers, the others none.\n\n");
  }

  private void buildCost(StringBuilder md) {
    if (results.get("buildCost") != null) {
      buildCostSection().render(md);
    }
  }

  private BuildCostSection buildCostSection() {
    return new BuildCostSection(Json.object(results.get("buildCost")),
        buildCostBefore == null ? null : Json.object(buildCostBefore));
  }

  private void semantics(StringBuilder md) {
    md.append("## What each one answers\n\n");
    md.append("The three are configured with the same policies as far as each can express them: Crosscheck from the ")
        .append("annotations (policy A on each class: two exact origins, credentials, `Content-Type` and ")
        .append("`X-Request-Id`, `X-Total-Count` exposed, max-age 600; B: `*` without credentials on `items<i>/public`; ")
        .append("C: `https://*.example.com` on `items<i>/{id}/parts`; `@NoCrossOrigin` on `items<i>/{id: \\d+}/admin`); ")
        .append("Spring from the generated table itself, one `CorsConfiguration` per path pattern with the same ")
        .append("origins, pattern, headers, credentials, max-age and the methods declared on that path; RESTEasy with ")
        .append("its one global policy: both exact origins, plus the one subdomain of the pattern case (it has no ")
        .append("patterns and no per-path policies; policy B cannot be expressed beside A), credentials, the same ")
        .append("headers and max-age, and `GET, HEAD, PUT`. The quick test checks these answers on every build.\n\n");
    md.append("| case | Crosscheck | RESTEasy | Spring |\n|---|---|---|---|\n");
    md.append("| no Origin | passes, adds `Vary: Origin` | passes, no `Vary` | passes, adds `Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers` |\n");
    md.append("| allowed origin | `Access-Control-Allow-Origin` + credentials | same | same |\n");
    md.append("| disallowed origin | request runs, no CORS headers (browser withholds the answer) | 403 (`ForbiddenException`) before the resource | 403 before the resource |\n");
    md.append("| allowed preflight | 204, `Allow-Methods: PUT`, the allowed headers | 200, its configured methods and headers, whatever was asked | 200, the path's methods, the requested headers |\n");
    md.append("| rejected preflight (origin) | 403 | 403 | 403 |\n");
    md.append("| 1 MiB request headers | 403 (longer than any allowed list can be) | 200 (never reads the header) | 200, echoes about 1 MiB back in `Access-Control-Allow-Headers` |\n");
    md.append("| subdomain pattern | allowed by `https://*.example.com` | allowed only because the subdomain is listed exactly | allowed by the pattern |\n\n");
  }

  private void method(StringBuilder md) {
    md.append("## Method\n\n");
    if (results.get("jmh") != null) {
      Map<String, Object> settings = Json.object(Json.object(results.get("jmh")).get("settings"));
      md.append("- **JMH ").append(settings.get("jmhVersion")).append("**, average-time mode (the tables show the median ")
          .append("of the measured iterations; JMH's mean and 99.9% error are in `results.json` too), ")
          .append(number(Json.number(settings.get("forks")))).append(" fork(s) per benchmark, ")
          .append(number(Json.number(settings.get("warmupIterations")))).append(" warm-up iterations of ")
          .append(settings.get("warmupTime")).append(", ").append(number(Json.number(settings.get("measurementIterations"))))
          .append(" measured iterations of ").append(settings.get("measurementTime")).append(", `-prof gc`, JVM ")
          .append(settings.get("jdkVersion")).append(" with ").append(settings.get("jvmArgs")).append(". Benchmarks: ")
          .append("`benchmarks/harness/src/main/java/dev/crosscheck/bench/jmh`.\n");
    }
    md.append("- **Scales**: `benchmarks/scales/{10,100,1000,10000}`, each a separate compilation with the processor of ")
        .append("resource classes written by `benchmarks/generator` (`ResourceGenerator`): 10 and 100 paths in one ")
        .append("class, 1,000 as 10 classes × 100, 10,000 as 100 × 100. Each block of ten paths mixes four literal ")
        .append("paths, four `{var}` templates and two regular-expression templates, three policies and one ")
        .append("`@NoCrossOrigin`.\n");
    md.append("- **Isolation**: a generated filter's constructor merges the routes of every `CorsRouteSource` on the ")
        .append("class path (all four scales are on the benchmark's), so the benchmark builds each engine from that ")
        .append("scale's table only: `CorsEngineFactory.start(new GeneratedCorsFilter.Routes().routes(), ")
        .append("ConfigurationLookup.SYSTEM)`, behind the same two one-line delegations as the generated class.\n");
    md.append("- **Requests**: one small in-memory `ContainerRequestContext`/`ContainerResponseContext` pair (header ")
        .append("maps case-insensitive, as in both runtimes) for both JAX-RS filters, and Spring's ")
        .append("`MockHttpServletRequest`/`MockHttpServletResponse` for Spring, built once per benchmark and reset per ")
        .append("exchange. An exchange runs the request filter, then (as runtimes do, even after an abort) the response ")
        .append("filter; a `WebApplicationException` becomes the aborted response. `Response` objects come from ")
        .append("Jersey's `RuntimeDelegate` for both JAX-RS filters. Spring's request has its path parsed and cached ")
        .append("once, as Spring MVC's `DispatcherServlet` does, so `UrlBasedCorsConfigurationSource` matches parsed ")
        .append("`PathPattern`s (its fast path).\n");
    md.append("- **End to end**: `dev.crosscheck.bench.e2e.EndToEnd` starts each server as a child JVM on a free ")
        .append("loopback port, checks its answers, runs `wrk` (warm-up, then the measured run) and stops it.\n");
    md.append("- **Build cost**: `dev.crosscheck.bench.build.BuildCost`, cold `javac` processes, interleaved.\n");
    md.append("- **Quick mode**: `mvn verify` runs every benchmark for one 50 ms iteration in-process, checks every ")
        .append("implementation's answer for every case, starts each end-to-end server once (and runs `wrk` for a ")
        .append("second if it is installed), times a small `javac` run and renders a throwaway report from all that ")
        .append("(`benchmarks/harness/target/quick/`). Nothing asserts a time.\n");
  }

  // ---------------------------------------------------------------- chart

  /** 10^e nanoseconds as an axis label: 1 ns, 10 ns, 100 ns, 1 µs, ... */
  static String tick(int e) {
    String[] units = {"ns", "µs", "ms", "s"};
    int unit = Math.min(units.length - 1, Math.max(0, e / 3));
    long value = (long) Math.pow(10, e - unit * 3);
    return value + " " + units[unit];
  }

  String chart() {
    Svg svg = new Svg(1000, 880);
    svg.text(20, 30, "Crosscheck beside RESTEasy CorsFilter and Spring DefaultCorsProcessor"
        + ("quick".equals(results.get("mode")) ? " (QUICK MODE: not real numbers)" : ""), 18, "start", "bold");
    if (!rows.isEmpty()) {
      casePanel(svg, 20, 55, 960, 430);
      scalePanel(svg, 20, 520, 470, 340);
    }
    endToEndPanel(svg, 530, 520, 450, 160);
    buildPanel(svg, 530, 710, 450, 150);
    return svg.toString();
  }

  private void casePanel(Svg svg, double x, double y, double w, double h) {
    svg.text(x, y + 5, "Time per request at " + number(mainScale) + " annotated paths (log scale; lower is better)", 14, "start", "bold");
    double labelWidth = 230;
    double plotX = x + labelWidth;
    double plotW = w - labelWidth - 90;
    double top = y + 60;
    double min = 1;
    double max = 10;
    for (String c : CASES) {
      for (String p : PEERS) {
        double v = ns(p, c, mainScale);
        if (!Double.isNaN(v)) {
          max = Math.max(max, v);
        }
      }
    }
    double lo = Math.log10(min);
    double hi = Math.ceil(Math.log10(max));
    double rowH = (h - 50) / CASES.size();
    double barH = Math.min(12, (rowH - 8) / 3);
    for (int e = (int) lo; e <= hi; e++) {
      double gx = plotX + (e - lo) / (hi - lo) * plotW;
      svg.line(gx, top - 6, gx, top + rowH * CASES.size(), "#dddddd", 1);
      svg.text(gx, top - 10, tick(e), 10, "middle", "normal");
    }
    for (int i = 0; i < CASES.size(); i++) {
      String c = CASES.get(i);
      double ry = top + i * rowH;
      svg.text(plotX - 8, ry + rowH / 2 + 4, CASE_SHORT.get(c), 12, "end", "normal");
      String best = fastest(c, mainScale);
      for (int j = 0; j < PEERS.size(); j++) {
        String p = PEERS.get(j);
        double v = ns(p, c, mainScale);
        if (Double.isNaN(v)) {
          continue;
        }
        double bw = Math.max(1, (Math.log10(Math.max(v, min)) - lo) / (hi - lo) * plotW);
        double by = ry + 4 + j * barH;
        svg.rect(plotX, by, bw, barH - 1, COLOR.get(p));
        svg.text(plotX + bw + 4, by + barH - 2, time(v) + (p.equals(best) ? " (fastest)" : " ("
            + ratio(v / ns(best, c, mainScale)) + ")"), 9, "start", "normal");
      }
    }
    double ly = y + 22;
    double lx = plotX;
    for (String p : PEERS) {
      svg.rect(lx, ly, 10, 10, COLOR.get(p));
      svg.text(lx + 14, ly + 9, LABEL.get(p) + (p.equals("resteasy") ? " (measured once: ignores the path)" : ""), 11, "start", "normal");
      lx += p.equals("resteasy") ? 260 : 110;
    }
  }

  private void scalePanel(Svg svg, double x, double y, double w, double h) {
    svg.text(x, y, "Growth with annotated paths (log-log)", 14, "start", "bold");
    double plotX = x + 55;
    double plotY = y + 20;
    double plotW = w - 70;
    double plotH = h - 110;
    List<String[]> series = List.of(
        new String[] {"crosscheck", "NO_ORIGIN", "Crosscheck, no Origin ({id} path)", ""},
        new String[] {"crosscheck", "ALLOWED_LITERAL_PATH", "Crosscheck, allowed, literal path", "4 3"},
        new String[] {"crosscheck", "PREFLIGHT", "Crosscheck, preflight", "1 3"},
        new String[] {"spring", "NO_ORIGIN", "Spring, no Origin", ""},
        new String[] {"spring", "PREFLIGHT", "Spring, preflight", "1 3"},
        new String[] {"resteasy", "ALLOWED", "RESTEasy, allowed (any path)", "4 3"});
    double min = Double.MAX_VALUE;
    double max = 0;
    for (String[] s : series) {
      for (int sc : scales) {
        double v = ns(s[0], s[1], sc);
        if (!Double.isNaN(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    if (max == 0 || scales.size() < 2) {
      return;
    }
    double lo = Math.floor(Math.log10(min));
    if (min < 2 * Math.pow(10, lo)) {
      lo -= 1; // keep the lowest lines off the axis
    }
    double hi = Math.ceil(Math.log10(max));
    double xlo = Math.log10(scales.get(0));
    double xhi = Math.log10(scales.get(scales.size() - 1));
    for (int e = (int) lo; e <= hi; e++) {
      double gy = plotY + plotH - (e - lo) / (hi - lo) * plotH;
      svg.line(plotX, gy, plotX + plotW, gy, "#dddddd", 1);
      svg.text(plotX - 5, gy + 4, tick(e), 10, "end", "normal");
    }
    for (int sc : scales) {
      double gx = plotX + (Math.log10(sc) - xlo) / (xhi - xlo) * plotW;
      svg.line(gx, plotY, gx, plotY + plotH, "#eeeeee", 1);
      svg.text(gx, plotY + plotH + 15, number(sc), 10, "middle", "normal");
    }
    svg.text(plotX + plotW / 2, plotY + plotH + 30, "annotated resource paths", 11, "middle", "normal");
    double legendY = plotY + plotH + 48;
    for (int i = 0; i < series.size(); i++) {
      String[] s = series.get(i);
      StringBuilder points = new StringBuilder();
      for (int sc : scales) {
        double v = ns(s[0], s[1], sc);
        if (Double.isNaN(v)) {
          continue;
        }
        double px = plotX + (Math.log10(sc) - xlo) / (xhi - xlo) * plotW;
        double py = plotY + plotH - (Math.log10(v) - lo) / (hi - lo) * plotH;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
        svg.circle(px, py, 2.5, COLOR.get(s[0]));
      }
      svg.polyline(points.toString().strip(), COLOR.get(s[0]), s[3]);
      double lx = x + (i % 2) * (w / 2);
      double ly = legendY + (i / 2) * 15;
      svg.line(lx, ly - 4, lx + 22, ly - 4, COLOR.get(s[0]), 2, s[3]);
      svg.text(lx + 27, ly, s[2], 10, "start", "normal");
    }
  }

  private void endToEndPanel(Svg svg, double x, double y, double w, double h) {
    svg.text(x, y, "End to end: notes API on Jersey + Grizzly under wrk", 14, "start", "bold");
    Object raw = results.get("endToEnd");
    if (raw == null) {
      svg.text(x, y + 30, "not run (wrk not installed)", 11, "start", "normal");
      return;
    }
    Map<String, Object> summary = Json.object(Json.object(raw).get("summary"));
    double max = 1;
    double highestMin = 0;
    double lowestMax = Double.MAX_VALUE;
    for (Object s : summary.values()) {
      double runMin = Double.MAX_VALUE;
      double runMax = 0;
      for (Object r : Json.array(Json.object(s).get("requestsPerSecondRuns"))) {
        runMin = Math.min(runMin, Json.number(r));
        runMax = Math.max(runMax, Json.number(r));
      }
      max = Math.max(max, runMax);
      highestMin = Math.max(highestMin, runMin);
      lowestMax = Math.min(lowestMax, runMax);
    }
    double labelW = 110;
    double barW = w - labelW - 120;
    int i = 0;
    for (var entry : summary.entrySet()) {
      Map<String, Object> s = Json.object(entry.getValue());
      double rps = Json.number(s.get("requestsPerSecondMedian"));
      double by = y + 20 + i * 32;
      String key = entry.getKey();
      svg.text(x + labelW - 8, by + 15, LABEL.getOrDefault(key, key), 12, "end", "normal");
      svg.rect(x + labelW, by, rps / max * barW, 22, COLOR.getOrDefault(key, "#999999"));
      double runMin = Double.MAX_VALUE;
      double runMax = 0;
      for (Object r : Json.array(s.get("requestsPerSecondRuns"))) {
        runMin = Math.min(runMin, Json.number(r));
        runMax = Math.max(runMax, Json.number(r));
      }
      double x1 = x + labelW + runMin / max * barW;
      double x2 = x + labelW + runMax / max * barW;
      svg.line(x1, by + 11, x2, by + 11, "#222222", 1.5);
      svg.line(x1, by + 6, x1, by + 16, "#222222", 1.5);
      svg.line(x2, by + 6, x2, by + 16, "#222222", 1.5);
      svg.text(Math.max(x2, x + labelW + rps / max * barW) + 5, by + 15, number(rps) + " req/s", 11, "start", "normal");
      i++;
    }
    svg.text(x, y + 20 + i * 32 + 10, "median of rounds, whiskers: slowest to fastest run"
        + (highestMin <= lowestMax ? "; the runs overlap: no measurable difference" : ""), 10, "start", "normal");
  }

  private void buildPanel(Svg svg, double x, double y, double w, double h) {
    Object raw = results.get("buildCost");
    if (raw == null) {
      return;
    }
    Map<String, Object> build = Json.object(raw);
    svg.text(x, y, "javac, " + number(Json.number(build.get("classes"))) + " resource classes ("
        + number(Json.number(build.get("resourceMethods"))) + " methods)", 14, "start", "bold");
    Map<String, Object> medians = Json.object(build.get("medianMillis"));
    double max = 1;
    for (Object v : medians.values()) {
      max = Math.max(max, Json.number(v));
    }
    double labelW = 180;
    double barW = w - labelW - 80;
    int i = 0;
    for (var entry : medians.entrySet()) {
      double ms = Json.number(entry.getValue());
      double by = y + 18 + i * 30;
      String label = entry.getKey().replace(" (-proc:none)", "").replace(" (-proc:only)", "");
      svg.text(x + labelW - 8, by + 14, label, 12, "end", "normal");
      svg.rect(x + labelW, by, ms / max * barW, 20, i == 0 ? "#999999" : COLOR.get("crosscheck"));
      svg.text(x + labelW + ms / max * barW + 5, by + 14, String.format(Locale.ROOT, "%,.0f ms", ms), 11, "start", "normal");
      i++;
    }
  }

  /** A very small SVG writer. */
  static final class Svg {
    private final StringBuilder out = new StringBuilder();

    Svg(int width, int height) {
      out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
          + "viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\">\n", width, height, width, height));
      out.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"white\"/>\n", width, height));
    }

    void text(double x, double y, String text, int size, String anchor, String weight) {
      out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\" font-weight=\"%s\" fill=\"#222\">%s</text>\n",
          x, y, size, anchor, weight, escape(text)));
    }

    void rect(double x, double y, double w, double h, String fill) {
      out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n", x, y, w, h, fill));
    }

    void line(double x1, double y1, double x2, double y2, String stroke, double width) {
      line(x1, y1, x2, y2, stroke, width, "");
    }

    void line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
      out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>\n",
          x1, y1, x2, y2, stroke, width, dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\""));
    }

    void polyline(String points, String stroke, String dash) {
      out.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>\n",
          points, stroke, dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\""));
    }

    void circle(double x, double y, double r, String fill) {
      out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>\n", x, y, r, fill));
    }

    private static String escape(String s) {
      return Objects.toString(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String toString() {
      return out + "</svg>\n";
    }
  }

  /** For tests: the case-to-row view. */
  Map<String, Double> times(String implementation, int paths) {
    Map<String, Double> times = new LinkedHashMap<>();
    for (String c : CASES) {
      times.put(c, ns(implementation, c, paths));
    }
    return times;
  }
}
