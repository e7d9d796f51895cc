package dev.crosscheck.bench.report;

import static dev.crosscheck.bench.report.Units.ratio;
import static dev.crosscheck.bench.report.Units.size;
import static dev.crosscheck.bench.report.Units.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an origin source costs: an allowed request whose origin a source of 10,000 supplies, beside
 * the same request to a policy that lists the 10,000 itself, and a refresh of the 10,000.
 */
final class SourcesSection {

  /** The benchmarks of OriginSourceBenchmark, in the table's order, with what each row says. */
  private static final Map<String, String> ROWS = new LinkedHashMap<>();

  static {
    ROWS.put("allowedOriginListedInThePolicy", "allowed actual request, origin one of 10,000 listed in the policy");
    ROWS.put("allowedOriginFromTheSource", "allowed actual request, origin one of 10,000 from the policy's origin source");
    ROWS.put("refreshOfTenThousandUnchanged", "refresh, the source's 10,000 values unchanged");
    ROWS.put("refreshOfTenThousandAllChanged", "refresh, all 10,000 values new (each checked by the rules)");
  }

  private SourcesSection() {}

  static Map<String, Object> scope(ResultsFile.Sources sources) {
    Map<String, ResultsFile.SourcesRow> byName = new HashMap<>();
    sources.rows().forEach(row -> byName.put(row.benchmark(), row));
    List<Object> rows = new ArrayList<>();
    ROWS.forEach((benchmark, what) -> {
      ResultsFile.SourcesRow row = byName.get(benchmark);
      if (row != null) {
        rows.add(Map.of("what", what, "time", time(nanos(row.score(), row.unit())), "error", time(nanos(row.error(), row.unit())),
            "bytes", size(ResultsFile.orNaN(row.bytesPerOp()))));
      }
    });
    Map<String, Object> scope = new HashMap<>();
    scope.put("measured", sources.measured().substring(0, 10));
    scope.put("commit", sources.commit());
    scope.put("java", sources.java());
    scope.put("rows", rows);
    ResultsFile.SourcesRow listed = byName.get("allowedOriginListedInThePolicy");
    ResultsFile.SourcesRow sourced = byName.get("allowedOriginFromTheSource");
    if (listed != null && sourced != null) {
      double r = sourced.score() / listed.score();
      scope.put("ratio", ratio(r));
      scope.put("withinTenPercent", r <= 1.10);
    }
    return scope;
  }

  /** A score in nanoseconds, from JMH's unit ({@code ns/op}, {@code us/op}, {@code ms/op}). */
  private static double nanos(double score, String unit) {
    return unit.startsWith("ms") ? score * 1_000_000 : unit.startsWith("us") ? score * 1_000 : score;
  }
}
