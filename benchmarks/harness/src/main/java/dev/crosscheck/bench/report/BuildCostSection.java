package dev.crosscheck.bench.report;

import static dev.crosscheck.bench.report.Units.format;
import static dev.crosscheck.bench.report.Units.millis;
import static dev.crosscheck.bench.report.Units.number;

import dev.crosscheck.bench.report.ResultsFile.BuildCost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * javac with and without the processor, with a processor that does nothing (the floor any
 * processor pays), and, when results/before-compact-table.json holds a run of the processor that
 * wrote one statement per route, that run beside this one.
 */
final class BuildCostSection {

  private BuildCostSection() {}

  /** @param before the same benchmark with the earlier processor, or null */
  static Map<String, Object> scope(BuildCost build, BuildCost before) {
    Map<String, Object> scope = run(build);
    scope.put("before", before == null ? null : run(before));
    return scope;
  }

  private static Map<String, Object> run(BuildCost build) {
    double without = build.median(BuildCost.WITHOUT);
    double with = build.median(BuildCost.WITH);
    double empty = build.median(BuildCost.EMPTY);
    Map<String, Object> scope = new HashMap<>();
    scope.put("classes", number(build.classes()));
    scope.put("paths", number(build.paths()));
    scope.put("resourceMethods", number(build.resourceMethods()));
    scope.put("repetitions", number(build.repetitions()));
    scope.put("javac", build.javac());
    scope.put("measured", build.measured() == null ? null
        : Map.of("date", build.measured(), "commit", build.commit() == null ? "" : build.commit()));
    scope.put("generatedFilterLines", number(build.generatedFilterLines()));
    scope.put("without", millis(without));
    scope.put("with", millis(with));
    scope.put("withRatio", format("%.2f×", with / without));
    scope.put("empty", Double.isNaN(empty) ? null
        : Map.of("millis", millis(empty), "ratio", format("%.2f×", empty / without)));
    List<Object> rows = new ArrayList<>();
    build.medianMillis().forEach((variant, median) -> rows.add(Map.of(
        "variant", variant,
        "median", millis(median),
        "ratio", format("%.2f", median / without),
        "runs", String.join(", ", build.millis().get(variant).stream().map(Units::number).toList()))));
    scope.put("table", Map.of("rows", rows));
    if (!Double.isNaN(build.median(BuildCost.TRIVIAL))) {
      scope.put("breakdown", breakdown(build));
      List<BuildCost> measured = new ArrayList<>(List.of(build));
      if (build.otherScales() != null) {
        measured.addAll(build.otherScales());
      }
      measured.sort(java.util.Comparator.comparingInt(BuildCost::classes));
      List<Object> scales = measured.stream().map(BuildCostSection::scaleRow).map(Object.class::cast).toList();
      scope.put("scales", scales.size() > 1 ? Map.of("rows", scales) : null);
    }
    return scope;
  }

  /** Where the time with the processor goes, beyond what any generating processor costs. */
  private static Map<String, Object> breakdown(BuildCost build) {
    double without = build.median(BuildCost.WITHOUT);
    double trivial = build.median(BuildCost.TRIVIAL);
    double ours = build.median(BuildCost.WITH) - trivial;
    double ownWall = Results.median(build.ownWallMillis());
    Map<String, Object> scope = new HashMap<>(scaleRow(build));
    scope.put("floor", millis(trivial - without));
    scope.put("floorRatio", format("%.2f×", (trivial - without) / without));
    scope.put("ownCpu", millis(Results.median(build.ownCpuMillis())));
    scope.put("ownRatio", format("%.2f×", ownWall / without));
    scope.put("rest", millis(ours - ownWall));
    double incrementalWithout = build.median(BuildCost.INCREMENTAL_WITHOUT);
    double incrementalWith = build.median(BuildCost.INCREMENTAL_WITH);
    scope.put("incremental", Double.isNaN(incrementalWith) ? null : Map.of(
        "without", millis(incrementalWithout), "with", millis(incrementalWith),
        "added", millis(incrementalWith - incrementalWithout),
        "ratio", format("%.2f×", incrementalWith / incrementalWithout)));
    return scope;
  }

  private static Map<String, Object> scaleRow(BuildCost build) {
    double without = build.median(BuildCost.WITHOUT);
    double trivial = build.median(BuildCost.TRIVIAL);
    double with = build.median(BuildCost.WITH);
    Map<String, Object> row = new HashMap<>();
    row.put("classes", number(build.classes()));
    row.put("resourceMethods", number(build.resourceMethods()));
    row.put("without", millis(without));
    row.put("trivial", millis(trivial));
    row.put("with", millis(with));
    row.put("withRatio", format("%.2f×", with / without));
    row.put("ours", millis(with - trivial));
    row.put("oursRatio", format("%.2f×", (with - trivial) / without));
    row.put("ownWall", millis(Results.median(build.ownWallMillis())));
    row.put("incrementalAdded", millis(build.median(BuildCost.INCREMENTAL_WITH) - build.median(BuildCost.INCREMENTAL_WITHOUT)));
    return row;
  }

}
