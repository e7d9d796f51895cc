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
    return scope;
  }
}
