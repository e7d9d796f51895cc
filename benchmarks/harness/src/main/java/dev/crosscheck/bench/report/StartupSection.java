package dev.crosscheck.bench.report;

import static dev.crosscheck.bench.report.Units.format;
import static dev.crosscheck.bench.report.Units.millis;
import static dev.crosscheck.bench.report.Units.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What Crosscheck adds to an application's start, by table size: the engine's build (the first in a
 * fresh JVM, and warm) and the heap it keeps, beside the runtime's own start with and without it.
 */
final class StartupSection {

  private StartupSection() {}

  static Map<String, Object> scope(ResultsFile.Startup startup) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("measured", startup.measured().substring(0, 10));
    scope.put("commit", startup.commit());
    scope.put("java", startup.java());
    scope.put("runtime", startup.runtime());
    scope.put("repetitions", number(startup.repetitions()));
    List<Object> rows = new ArrayList<>();
    for (ResultsFile.StartupRow row : startup.rows()) {
      double added = row.addedMillis();
      double least = row.addedRuns().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
      double most = row.addedRuns().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
      rows.add(Map.of(
          "methods", number(row.resourceMethods()),
          "classes", number(row.classes()),
          "cold", millis(row.engineColdMillis()),
          "warm", millis(row.engineWarmMillis()),
          "retained", format("%.1f MiB", row.retainedMiB()),
          // Results measured before the start's debug log said its steps have none.
          "inStart", row.inStartRuns() == null || row.inStartRuns().isEmpty() ? "not measured" : millis(row.inStartMillis()),
          "without", millis(row.startWithoutMillis()),
          "with", millis(row.startWithMillis()),
          "added", signed(added),
          "addedRange", signed(least) + " to " + signed(most)));
    }
    scope.put("rows", rows);
    return scope;
  }

  private static String signed(double millis) {
    return (millis < 0 ? "−" : "+") + millis(Math.abs(millis));
  }
}
