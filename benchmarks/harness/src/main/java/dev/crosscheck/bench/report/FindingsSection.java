package dev.crosscheck.bench.report;

import static dev.crosscheck.bench.report.Units.number;
import static dev.crosscheck.bench.report.Units.time;

import dev.crosscheck.bench.subject.Case;
import java.util.HashMap;
import java.util.Map;

/** The findings on Crosscheck's own costs: which of the template's alternatives this run's numbers choose. */
final class FindingsSection {

  /** A preflight at the largest table this many times slower than at the smallest is a lookup that grows. */
  private static final double GROWING = 1.5;
  /** One response header entry in the harness's header map. */
  private static final double ONE_HEADER_BYTES = 96;

  private FindingsSection() {}

  static Map<String, Object> scope(Report report) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("smallest", number(report.smallest()));
    scope.put("largest", number(report.largest()));
    scope.put("lookupGrows", report.growth("crosscheck", Case.PREFLIGHT) > GROWING);
    scope.put("preflightSmall", time(report.ns("crosscheck", Case.PREFLIGHT, report.smallest())));
    scope.put("preflightLarge", time(report.ns("crosscheck", Case.PREFLIGHT, report.largest())));
    int main = report.mainScale;
    // Allocation-free: no more than the Vary entry without an Origin, no more than RESTEasy's headers when allowed.
    scope.put("allocationFree", report.bytes("crosscheck", Case.NO_ORIGIN, main) <= ONE_HEADER_BYTES + 0.5
        && report.bytes("crosscheck", Case.ALLOWED, main) <= report.bytes("resteasy", Case.ALLOWED, main) + 0.5);
    return scope;
  }
}
