package dev.crosscheck.bench.report;

import dev.crosscheck.bench.subject.Case;
import dev.crosscheck.bench.subject.Tables.PathKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * One run's results, as the report asks for them: time and allocation of an implementation in a
 * case at a table size, the table sizes measured, and the runs it is compared with.
 */
final class Report {

  /** The CORS implementations compared; the floors ("none", "none-servlet") are not among them. */
  static final List<String> PEERS = List.of("crosscheck", "resteasy", "spring");
  /** The cases of the main tables; the hostile paths have a section of their own. */
  static final List<Case> CASES = Arrays.stream(Case.values()).filter(c -> c.pathKind != PathKind.HOSTILE).toList();

  final ResultsFile results;
  /** Table sizes at which Crosscheck or Spring were measured, smallest first. */
  final List<Integer> scales;
  /** The size of the main tables: 1,000 paths when measured. */
  final int mainScale;
  /** The run before runtime dispatch (results/before-runtime-dispatch.json), or null. */
  final Report before;
  /** The build cost of the processor that wrote one statement per route (results/before-compact-table.json), or null. */
  final ResultsFile.BuildCost buildCostBefore;

  private final List<ResultsFile.Row> rows;

  Report(ResultsFile results, Report before, ResultsFile.BuildCost buildCostBefore) {
    this.results = results;
    this.before = before;
    this.buildCostBefore = buildCostBefore;
    this.rows = results.jmh() == null ? List.of() : results.jmh().results();
    TreeSet<Integer> sizes = new TreeSet<>();
    for (ResultsFile.Row row : rows) {
      if (dependsOnTable(row.implementation())) {
        sizes.add(row.paths());
      }
    }
    this.scales = new ArrayList<>(sizes);
    this.mainScale = sizes.contains(1000) ? 1000 : sizes.isEmpty() ? 100 : sizes.last();
  }

  /** A results file with, beside it, the earlier runs the report compares it with when they are there. */
  static Report load(Path resultsJson) throws IOException {
    Path dir = resultsJson.toAbsolutePath().getParent();
    Path dispatch = dir.resolve("before-runtime-dispatch.json");
    Path compactTable = dir.resolve("before-compact-table.json");
    Report before = Files.exists(dispatch) ? new Report(ResultsFile.read(dispatch), null, null) : null;
    ResultsFile.BuildCost buildBefore = Files.exists(compactTable)
        ? ResultsFile.JSON.readValue(compactTable.toFile(), ResultsFile.BuildCost.class) : null;
    return new Report(ResultsFile.read(resultsJson), before, buildBefore);
  }

  /** RESTEasy and the floors never read the path: they are measured at one size, which stands for all. */
  private static boolean dependsOnTable(String implementation) {
    return implementation.equals("crosscheck") || implementation.equals("spring");
  }

  boolean hasJmh() {
    return !rows.isEmpty();
  }

  boolean quick() {
    return "quick".equals(results.mode());
  }

  int smallest() {
    return scales.get(0);
  }

  int largest() {
    return scales.get(scales.size() - 1);
  }

  ResultsFile.Row row(String implementation, Case c, int paths) {
    ResultsFile.Row any = null;
    for (ResultsFile.Row row : rows) {
      if (row.implementation().equals(implementation) && row.request() == c) {
        if (row.paths() == paths) {
          return row;
        }
        any = row;
      }
    }
    return dependsOnTable(implementation) ? null : any;
  }

  double ns(String implementation, Case c, int paths) {
    ResultsFile.Row row = row(implementation, c, paths);
    return row == null ? Double.NaN : row.nsPerOp();
  }

  double bytes(String implementation, Case c, int paths) {
    ResultsFile.Row row = row(implementation, c, paths);
    return row == null ? Double.NaN : row.bytes();
  }

  /** Half the range of the measured iterations, relative to the median. */
  double spread(String implementation, Case c, int paths) {
    ResultsFile.Row row = row(implementation, c, paths);
    if (row == null || row.nsPerOpMin() == null || row.nsPerOpMax() == null) {
      return Double.NaN;
    }
    return (row.nsPerOpMax() - row.nsPerOpMin()) / 2 / row.nsPerOp();
  }

  /** The fastest of {@link #PEERS} in a case, or null when none was measured. */
  String fastest(Case c, int paths) {
    String best = null;
    for (String peer : PEERS) {
      double v = ns(peer, c, paths);
      if (!Double.isNaN(v) && (best == null || v < ns(best, c, paths))) {
        best = peer;
      }
    }
    return best;
  }

  /** What resetting Spring's mock response costs alone. */
  double servletFloor() {
    return rows.stream().filter(r -> r.implementation().equals("none-servlet")).mapToDouble(ResultsFile.Row::nsPerOp)
        .findFirst().orElse(Double.NaN);
  }

  /** An implementation's time at the largest table over its time at the smallest. */
  double growth(String implementation, Case c) {
    return ns(implementation, c, largest()) / ns(implementation, c, smallest());
  }
}
