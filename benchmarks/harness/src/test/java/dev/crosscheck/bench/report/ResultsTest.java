package dev.crosscheck.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.bench.subject.Case;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reduction of the raw outputs to results.json, and results.json through Jackson and back. */
class ResultsTest {

  private static final Path COMMITTED = Path.of("../results");

  @Test
  void everyCommittedResultsFileSurvivesAWriteAndARead(@TempDir Path dir) throws Exception {
    for (String name : List.of("results.json", "before-runtime-dispatch.json")) {
      ResultsFile original = ResultsFile.read(COMMITTED.resolve(name));
      assertThat(original.jmh().results()).as(name).isNotEmpty();
      ResultsFile.write(dir.resolve(name), original);
      assertThat(ResultsFile.read(dir.resolve(name))).as(name).isEqualTo(original);
    }
    ResultsFile.BuildCost build = ResultsFile.JSON.readValue(
        COMMITTED.resolve("before-compact-table.json").toFile(), ResultsFile.BuildCost.class);
    assertThat(build.median(ResultsFile.BuildCost.WITH)).isEqualTo(10329.5);
  }

  @Test
  void aMissingAllocationIsNullInTheFileAndNaNToTheReport(@TempDir Path dir) throws Exception {
    // The hand-written writer of earlier runs wrote NaN as null; Jackson writes it as "NaN".
    Files.writeString(dir.resolve("old.json"), """
        {"schema": 1, "generated": "2026-01-01T00:00:00Z", "mode": "full",
         "machine": {"cpu": "x", "cores": 2, "os": "y", "java": "z"}, "versions": {},
         "jmh": {"results": [{"implementation": "crosscheck", "case": "ALLOWED", "paths": 10, "nsPerOp": 5,
                              "bytesPerOp": null, "nsPerOpError": "NaN"}]}}
        """);
    ResultsFile.Row row = ResultsFile.read(dir.resolve("old.json")).jmh().results().get(0);
    assertThat(row.request()).isEqualTo(Case.ALLOWED);
    assertThat(row.bytes()).isNaN();
    assertThat(row.nsPerOpError()).isNaN();
  }

  @Test
  void aJmhRowIsTheMedianOfAllMeasuredIterationsWithTheirRange() throws Exception {
    // JMH 1.37's shape, cut down: two forks, an allocation under the pre-1.35 name, a score error JMH could not compute.
    JsonNode jmh = ResultsFile.JSON.readTree("""
        [{"benchmark": "dev.crosscheck.bench.jmh.ResteasyBenchmark.exchange", "jmhVersion": "1.37", "forks": 2,
          "jvmArgs": ["-Xmx1g"], "params": {"paths": "100", "request": "PREFLIGHT"},
          "primaryMetric": {"score": 3.5, "scoreError": NaN, "rawData": [[4.0, 1.0], [9.0, 2.0]]},
          "secondaryMetrics": {"\\u00b7gc.alloc.rate.norm": {"score": 96.0004}}}]
        """);
    ResultsFile.Jmh reduced = Results.jmh(jmh);
    assertThat(reduced.settings().forks()).isEqualTo(2);
    assertThat(reduced.settings().jvmArgs()).containsExactly("-Xmx1g");
    ResultsFile.Row row = reduced.results().get(0);
    assertThat(row.implementation()).isEqualTo("resteasy");
    assertThat(row.request()).isEqualTo(Case.PREFLIGHT);
    assertThat(row.paths()).isEqualTo(100);
    assertThat(row.nsPerOp()).isEqualTo(3.0); // (2 + 4) / 2, not JMH's mean
    assertThat(row.nsPerOpMin()).isEqualTo(1.0);
    assertThat(row.nsPerOpMax()).isEqualTo(9.0);
    assertThat(row.nsPerOpMean()).isEqualTo(3.5);
    assertThat(row.nsPerOpError()).isNaN();
    assertThat(row.iterations()).containsExactly(4.0, 1.0, 9.0, 2.0);
    assertThat(row.bytesPerOp()).isCloseTo(96.0, within(0.001));
  }

  @Test
  void theEndToEndSummaryIsPerServerOverItsRounds() throws Exception {
    JsonNode e2e = ResultsFile.JSON.readTree("""
        {"tool": "wrk", "threads": 1, "connections": 16, "rounds": 3, "mix": ["PLAIN GET /notes"], "runs": [
          {"variant": "none", "requestsPerSecond": 100, "latencyP99Ms": 1, "non2xx": 0, "socketErrors": 0},
          {"variant": "crosscheck", "requestsPerSecond": 90, "latencyP99Ms": 3, "non2xx": 1, "socketErrors": 2},
          {"variant": "none", "requestsPerSecond": 300, "latencyP99Ms": 2, "non2xx": 0, "socketErrors": 0},
          {"variant": "none", "requestsPerSecond": 200, "latencyP99Ms": 9, "non2xx": 0, "socketErrors": 0}]}
        """);
    ResultsFile.EndToEnd summary = Results.endToEnd(e2e);
    assertThat(summary.summary()).containsOnlyKeys("none", "crosscheck");
    ResultsFile.Summary none = summary.summary().get("none");
    assertThat(none.requestsPerSecondMedian()).isEqualTo(200);
    assertThat(none.requestsPerSecondRuns()).containsExactly(100.0, 300.0, 200.0);
    assertThat(none.latencyP99MsMedian()).isEqualTo(2);
    // A run that does not report its CPU time leaves the median unknown, not zero.
    assertThat(none.serverCpuMicrosPerRequestMedian()).isNaN();
    assertThat(summary.summary().get("crosscheck").non2xxOrErrors()).isEqualTo(3);
    assertThat(summary.runs()).hasSize(4);
  }
}
