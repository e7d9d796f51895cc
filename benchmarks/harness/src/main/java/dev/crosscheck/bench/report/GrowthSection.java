package dev.crosscheck.bench.report;

import static dev.crosscheck.bench.report.Units.number;
import static dev.crosscheck.bench.report.Units.ratio;
import static dev.crosscheck.bench.report.Units.time;

import dev.crosscheck.bench.subject.Case;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How Crosscheck's and Spring's time per exchange grow from the smallest table to the largest. */
final class GrowthSection {

  /** Growth up to this factor over three orders of magnitude of paths counts as flat. */
  private static final double FLAT = 1.5;

  private GrowthSection() {}

  static Map<String, Object> scope(Report report) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("scales", report.scales.stream().map(Units::number).toList());
    scope.put("smallest", number(report.smallest()));
    scope.put("largest", number(report.largest()));
    List<Object> rows = new ArrayList<>();
    double worst = 0;
    Case worstCase = null;
    for (Case c : Report.CASES) {
      for (String implementation : List.of("crosscheck", "spring")) {
        List<String> times = report.scales.stream().map(s -> time(report.ns(implementation, c, s))).toList();
        rows.add(Markdown.row(implementation.equals("crosscheck") ? Names.label(c) : "", List.of(),
            "implementation", Names.implementation(implementation), "times", times,
            "growth", ratio(report.growth(implementation, c))));
      }
      double growth = report.growth("crosscheck", c);
      if (growth > worst) {
        worst = growth;
        worstCase = c;
      }
    }
    scope.put("rows", rows);
    scope.put("flat", worst <= FLAT);
    scope.put("worst", ratio(worst));
    scope.put("worstCase", worstCase == null ? "n/a" : Names.label(worstCase));
    scope.put("noOrigin", ratio(report.growth("crosscheck", Case.NO_ORIGIN)));
    scope.put("literal", ratio(report.growth("crosscheck", Case.ALLOWED_LITERAL_PATH)));
    scope.put("springNoOrigin", ratio(report.growth("spring", Case.NO_ORIGIN)));
    return scope;
  }
}
