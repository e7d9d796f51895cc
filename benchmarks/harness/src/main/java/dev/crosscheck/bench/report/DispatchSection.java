package dev.crosscheck.bench.report;

import static dev.crosscheck.bench.report.Units.number;
import static dev.crosscheck.bench.report.Units.size;
import static dev.crosscheck.bench.report.Units.time;

import dev.crosscheck.bench.subject.Case;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * This run beside the one made before actual requests were decided by the method the runtime ran
 * (results/before-runtime-dispatch.json), at the smallest and largest table, and what a hostile
 * path costs now.
 */
final class DispatchSection {

  private DispatchSection() {}

  static Map<String, Object> scope(Report after) {
    int small = after.smallest();
    int large = after.largest();
    Report before = after.before;
    Map<String, Object> scope = new HashMap<>();
    scope.put("smallest", number(small));
    scope.put("largest", number(large));
    scope.put("hasBefore", before != null);
    List<Object> rows = new ArrayList<>();
    for (Case c : List.of(Case.NO_ORIGIN, Case.ALLOWED, Case.PREFLIGHT)) {
      rows.add(Markdown.row(Names.label(c), List.of(cell(before, "crosscheck", c, small),
          cell(after, "crosscheck", c, small), cell(before, "crosscheck", c, large), cell(after, "crosscheck", c, large))));
    }
    scope.put("rows", rows);
    List<Object> hostile = new ArrayList<>();
    for (String implementation : Report.PEERS) {
      hostile.add(Markdown.row(Names.implementation(implementation), List.of(
          cell(after, implementation, Case.HOSTILE_PATH_PREFLIGHT, large),
          cell(after, implementation, Case.HOSTILE_PATH_NO_ORIGIN, large))));
    }
    scope.put("hostile", hostile);
    return scope;
  }

  /** Time (allocation), or empty when the run is missing or did not measure it. */
  private static String cell(Report run, String implementation, Case c, int paths) {
    double ns = run == null ? Double.NaN : run.ns(implementation, c, paths);
    if (Double.isNaN(ns)) {
      return "";
    }
    double bytes = run.bytes(implementation, c, paths);
    return time(ns) + (Double.isNaN(bytes) ? "" : " (" + size(bytes) + ")");
  }
}
