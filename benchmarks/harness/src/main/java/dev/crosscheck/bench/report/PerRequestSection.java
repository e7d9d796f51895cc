package dev.crosscheck.bench.report;

import static dev.crosscheck.bench.report.Units.format;
import static dev.crosscheck.bench.report.Units.number;
import static dev.crosscheck.bench.report.Units.ratio;
import static dev.crosscheck.bench.report.Units.size;
import static dev.crosscheck.bench.report.Units.time;

import dev.crosscheck.bench.subject.Case;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JMH part of the template: time per request at the main table size and which implementation
 * is fastest, the cases Crosscheck loses, growth with the table, and allocation.
 */
final class PerRequestSection {

  private PerRequestSection() {}

  static Map<String, Object> scope(Report report) {
    int main = report.mainScale;
    Map<String, Object> scope = new HashMap<>();
    scope.put("mainScale", number(main));
    scope.put("servletFloor", time(report.servletFloor()));
    List<Object> summary = new ArrayList<>();
    List<Object> losses = new ArrayList<>();
    int fasterThanSpring = 0;
    for (Case c : Report.CASES) {
      if (report.ns("crosscheck", c, main) < report.ns("spring", c, main)) {
        fasterThanSpring++;
      }
      String best = report.fastest(c, main);
      if (best == null) {
        continue;
      }
      summary.add(Markdown.row(Names.label(c), summaryCells(report, c, best), "floor", time(report.ns("none", c, main))));
      if (!best.equals("crosscheck")) {
        losses.add(loss(report, c, best));
      }
    }
    scope.put("summary", summary);
    scope.put("losses", losses);
    scope.put("anyLoss", !losses.isEmpty());
    scope.put("lossCount", losses.size());
    scope.put("caseCount", Report.CASES.size());
    scope.put("fasterThanSpringEverywhere", fasterThanSpring == Report.CASES.size());
    scope.put("fasterThanSpringCount", fasterThanSpring);
    scope.put("literalPathSurplus", time(report.ns("crosscheck", Case.ALLOWED_LITERAL_PATH, main)
        - report.ns("resteasy", Case.ALLOWED_LITERAL_PATH, main)));
    List<Object> springWins = springWins(report);
    scope.put("springWins", springWins);
    scope.put("anySpringWin", !springWins.isEmpty());
    scope.put("growth", report.scales.size() < 2 ? null : GrowthSection.scope(report));
    scope.put("allocation", allocation(report));
    scope.put("allScales", report.scales.stream().map(Units::number).toList());
    scope.put("allocationByScale", allocationByScale(report));
    return scope;
  }

  /** Time ±spread (ratio to the fastest), the fastest in bold. */
  private static List<String> summaryCells(Report report, Case c, String best) {
    int main = report.mainScale;
    double bestNs = report.ns(best, c, main);
    List<String> cells = new ArrayList<>();
    for (String peer : Report.PEERS) {
      double ns = report.ns(peer, c, main);
      double spread = report.spread(peer, c, main);
      String cell = time(ns) + (Double.isNaN(spread) || spread < 0.005 ? "" : format(" ±%.0f%%", spread * 100))
          + " (" + ratio(ns / bestNs) + ")";
      cells.add(peer.equals(best) ? "**" + cell + "**" : cell);
    }
    return cells;
  }

  private static Map<String, Object> loss(Report report, Case c, String winner) {
    int main = report.mainScale;
    double crosscheck = report.ns("crosscheck", c, main);
    double best = report.ns(winner, c, main);
    Map<String, Object> loss = new HashMap<>();
    loss.put("label", Names.label(c));
    loss.put("winner", Names.implementation(winner));
    loss.put("winnerTime", time(best));
    loss.put("crosscheckTime", time(crosscheck));
    loss.put("ratio", ratio(crosscheck / best));
    // The template explains RESTEasy's wins case by case; a win by anyone else is flagged as unexplained.
    loss.put("byResteasy", winner.equals("resteasy") ? Map.of(c.name(), true) : null);
    return loss;
  }

  private static List<Object> springWins(Report report) {
    List<Object> wins = new ArrayList<>();
    for (int scale : report.scales) {
      for (Case c : Report.CASES) {
        double spring = report.ns("spring", c, scale);
        double crosscheck = report.ns("crosscheck", c, scale);
        if (spring < crosscheck) {
          wins.add(Map.of("first", wins.isEmpty(), "label", Names.label(c), "paths", number(scale),
              "spring", time(spring), "crosscheck", time(crosscheck)));
        }
      }
    }
    return wins;
  }

  private static List<Object> allocation(Report report) {
    List<Object> rows = new ArrayList<>();
    for (Case c : Report.CASES) {
      List<String> cells = new ArrayList<>();
      for (String implementation : List.of("crosscheck", "resteasy", "spring", "none")) {
        cells.add(size(report.bytes(implementation, c, report.mainScale)));
      }
      rows.add(Markdown.row(Names.label(c), cells));
    }
    return rows;
  }

  private static List<Object> allocationByScale(Report report) {
    List<Object> rows = new ArrayList<>();
    for (Case c : Report.CASES) {
      rows.add(Markdown.row(Names.label(c), report.scales.stream().map(s -> size(report.bytes("crosscheck", c, s))).toList()));
    }
    return rows;
  }
}
