package dev.crosscheck.bench.report;

import java.util.List;

/**
 * The section that compares this run with the run made before actual requests were decided by
 * the method the runtime ran (results/before-runtime-dispatch.json): what a request without
 * Origin, an allowed request and a preflight cost at the smallest and largest table, and what a
 * hostile path costs now.
 */
final class DispatchComparison {

  private static final List<String> CASES = List.of("NO_ORIGIN", "ALLOWED", "PREFLIGHT");

  private final Render after;
  private final Render before;

  /** @param before null when there is no earlier run to compare with */
  DispatchComparison(Render after, Render before) {
    this.after = after;
    this.before = before;
  }

  void render(StringBuilder md, List<Integer> scales) {
    if (scales.isEmpty()) {
      return;
    }
    int small = scales.get(0);
    int large = scales.get(scales.size() - 1);
    md.append("## Deciding actual requests by the method that ran\n\n")
        .append("Actual requests used to be matched against the route table on the response side, so every ")
        .append("response paid a path lookup. Now the runtime binds each resource method's response filter ")
        .append("itself (the generated filter is a `DynamicFeature`), and only preflights, answered before ")
        .append("dispatch, use the table. Crosscheck per exchange, median ns (bytes):\n\n")
        .append("| case | ").append(Render.number(small)).append(" paths, before | after | ")
        .append(Render.number(large)).append(" paths, before | after |\n|---|---:|---:|---:|---:|\n");
    for (String c : CASES) {
      md.append("| ").append(Render.CASE_LABEL.get(c)).append(" | ")
          .append(cell(before, c, small)).append(" | ").append(cell(after, c, small)).append(" | ")
          .append(cell(before, c, large)).append(" | ").append(cell(after, c, large)).append(" |\n");
    }
    md.append('\n');
    if (before == null) {
      md.append("(No earlier run in `results/before-runtime-dispatch.json`: the before columns are empty.)\n\n");
    }
    md.append("**Hostile paths.** `items<i>/` followed by 600 dashes and `.jso`, against the template ")
        .append("`items<i>/{year}-{month}-{day}.json`, which it does not match. A matcher that backtracks tries every ")
        .append("split of the dashes between three variables; Crosscheck's matches a segment in one pass, and ")
        .append("only a preflight matches at all. At ").append(Render.number(large)).append(" paths:\n\n")
        .append("| implementation | preflight | no Origin |\n|---|---:|---:|\n");
    for (String impl : List.of("crosscheck", "resteasy", "spring")) {
      md.append("| ").append(Render.LABEL.get(impl)).append(" | ")
          .append(cell(after, impl, "HOSTILE_PATH_PREFLIGHT", large)).append(" | ")
          .append(cell(after, impl, "HOSTILE_PATH_NO_ORIGIN", large)).append(" |\n");
    }
    md.append("\nBefore this change the same preflight took about 150 ms of the filter's own work over HTTP on ")
        .append("Jersey, and over 15 s at 3,000 dashes (as reported in the issue that led to it), and so did the ")
        .append("response side of every request on such a path, with or without Origin.\n\n");
  }

  private static String cell(Render run, String c, int paths) {
    return cell(run, "crosscheck", c, paths);
  }

  private static String cell(Render run, String implementation, String c, int paths) {
    if (run == null) {
      return "";
    }
    double ns = run.ns(implementation, c, paths);
    if (Double.isNaN(ns)) {
      return "";
    }
    double bytes = run.bytes(implementation, c, paths);
    return Render.time(ns) + (Double.isNaN(bytes) ? "" : " (" + Render.size(bytes) + ")");
  }
}
