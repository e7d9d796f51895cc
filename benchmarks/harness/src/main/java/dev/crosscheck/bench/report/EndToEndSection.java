package dev.crosscheck.bench.report;

import static dev.crosscheck.bench.report.Units.format;
import static dev.crosscheck.bench.report.Units.number;
import static dev.crosscheck.bench.report.Units.time;

import dev.crosscheck.bench.report.ResultsFile.EndToEnd;
import dev.crosscheck.bench.report.ResultsFile.Summary;
import dev.crosscheck.bench.subject.Case;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wrk runs: requests per second per server, and whether the differences between servers
 * are larger than the differences between runs of one server.
 */
final class EndToEndSection {

  private EndToEndSection() {}

  static Map<String, Object> scope(EndToEnd e2e, Report report) {
    Map<String, Object> scope = new HashMap<>();
    scope.put("runtime", e2e.runtime());
    scope.put("tool", e2e.tool());
    scope.put("threads", number(e2e.threads()));
    scope.put("connections", number(e2e.connections()));
    scope.put("warmupSeconds", number(e2e.warmupSeconds()));
    scope.put("seconds", number(e2e.seconds()));
    scope.put("rounds", number(e2e.rounds()));
    List<Object> mix = new ArrayList<>();
    e2e.mix().forEach(request -> mix.add(Map.of("first", mix.isEmpty(), "request", request)));
    scope.put("mix", mix);

    Summary none = e2e.summary().get("none");
    double noneMedian = none == null ? Double.NaN : none.requestsPerSecondMedian();
    double slowest = Double.MAX_VALUE;
    double fastest = 0;
    double widest = 0;
    double lowestMedian = Double.MAX_VALUE;
    double highestMedian = 0;
    double highestMin = 0;
    double lowestMax = Double.MAX_VALUE;
    double leastCpu = Double.MAX_VALUE;
    List<Object> servers = new ArrayList<>();
    for (var entry : e2e.summary().entrySet()) {
      Summary s = entry.getValue();
      double min = s.slowestRun();
      double max = s.fastestRun();
      slowest = Math.min(slowest, min);
      fastest = Math.max(fastest, max);
      widest = Math.max(widest, max / min - 1);
      lowestMedian = Math.min(lowestMedian, s.requestsPerSecondMedian());
      highestMedian = Math.max(highestMedian, s.requestsPerSecondMedian());
      highestMin = Math.max(highestMin, min);
      lowestMax = Math.min(lowestMax, max);
      double cpu = ResultsFile.orNaN(s.serverCpuMicrosPerRequestMedian());
      if (!Double.isNaN(cpu)) {
        leastCpu = Math.min(leastCpu, cpu);
      }
      Map<String, Object> server = new HashMap<>();
      server.put(entry.getKey(), true); // the template names each variant
      server.put("median", number(s.requestsPerSecondMedian()));
      server.put("runs", String.join(", ", s.requestsPerSecondRuns().stream().map(Units::number).toList()));
      server.put("vsNone", format("%+.1f%%", (s.requestsPerSecondMedian() / noneMedian - 1) * 100));
      server.put("cpu", Double.isNaN(cpu) ? "n/a" : format("%.1f µs", cpu));
      server.put("p99", format("%.2f ms", ResultsFile.orNaN(s.latencyP99MsMedian())));
      server.put("failures", number(s.non2xxOrErrors()));
      servers.add(server);
    }
    scope.put("servers", servers);
    // No server's slowest run is above another's fastest: every server's runs overlap every other's.
    scope.put("overlap", highestMin <= lowestMax);
    scope.put("widest", format("%.0f%%", widest * 100));
    scope.put("slowest", number(slowest));
    scope.put("fastest", number(fastest));
    scope.put("medianSpread", format("%.0f%%", (highestMedian / lowestMedian - 1) * 100));
    scope.put("lowestMax", number(lowestMax));
    scope.put("highestMin", number(highestMin));
    // The filter's exchange at the smallest table is the closest JMH has to the notes API's four paths.
    int filterPaths = report.scales.isEmpty() ? 10 : report.smallest();
    double filterNs = report.ns("crosscheck", Case.ALLOWED, filterPaths);
    scope.put("cpuMeasured", leastCpu < Double.MAX_VALUE);
    scope.put("leastCpu", format("%.1f µs", leastCpu));
    scope.put("filterTime", time(filterNs));
    scope.put("filterPaths", filterPaths);
    scope.put("filterShare", format("%.1f%%", filterNs / (leastCpu * 1000) * 100));
    return scope;
  }
}
