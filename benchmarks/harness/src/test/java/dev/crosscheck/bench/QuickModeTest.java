package dev.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.bench.build.BuildCost;
import dev.crosscheck.bench.startup.StartupCost;
import dev.crosscheck.bench.e2e.E2eServer;
import dev.crosscheck.bench.e2e.EndToEnd;
import dev.crosscheck.bench.e2e.Mix;
import dev.crosscheck.bench.report.Render;
import dev.crosscheck.bench.report.Results;
import dev.crosscheck.bench.report.ResultsFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The quick mode: everything benchmarks/run.sh measures, for a moment each, so that the harness
 * cannot rot. Asserts that every benchmark produced a result and every server answered as
 * documented; asserts nothing about time. Leaves a throwaway report in target/quick.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuickModeTest {

  static Path out;
  static Path raw;
  static Path classpathDir;

  @BeforeAll
  static void directories() throws Exception {
    out = Path.of(System.getProperty("bench.outputDir", "target/quick"));
    raw = out.resolve("raw");
    classpathDir = Path.of(System.getProperty("bench.classpathDir", "target/classpath"));
    Files.createDirectories(raw);
  }

  @Test
  @Order(1)
  void everyBenchmarkRuns() throws Exception {
    Options options = new OptionsBuilder()
        .include("dev\\.crosscheck\\.bench\\.jmh\\..*")
        .forks(0)
        .warmupIterations(1)
        .warmupTime(TimeValue.milliseconds(50))
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(50))
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(raw.resolve("jmh.json").toString())
        .output(out.resolve("jmh.log").toString())
        .build();
    var results = new Runner(options).run();
    Set<String> seen = new HashSet<>();
    for (RunResult result : results) {
      assertThat(result.getPrimaryResult().getScore()).isPositive();
      seen.add(result.getParams().getBenchmark() + " " + result.getParams().getParam("paths") + " "
          + result.getParams().getParam("request"));
    }
    int cases = dev.crosscheck.bench.subject.Case.values().length;
    // crosscheck and spring at 4 sizes, resteasy and none at one, Spring's harness floor once
    assertThat(seen).hasSize(2 * 4 * cases + 2 * cases + 1);
  }

  @Test
  @Order(2)
  void buildCostRuns() throws Exception {
    ResultsFile.BuildCost result = BuildCost.run(classpathDir, 10, 10, 1);
    ResultsFile.write(raw.resolve("build.json"), result);
    assertThat(result.medianMillis()).containsOnlyKeys(ResultsFile.BuildCost.WITHOUT, ResultsFile.BuildCost.TRIVIAL,
        ResultsFile.BuildCost.EMPTY, ResultsFile.BuildCost.WITH, ResultsFile.BuildCost.ALONE,
        ResultsFile.BuildCost.INCREMENTAL_WITHOUT, ResultsFile.BuildCost.INCREMENTAL_WITH);
    // The processor's own work was timed from inside, on the run with it, and is part of that run.
    assertThat(result.ownWallMillis()).hasSize(1);
    assertThat(result.ownWallMillis().get(0)).isPositive().isLessThan(result.millis().get(ResultsFile.BuildCost.WITH).get(0));
    assertThat(result.generatedFilterLines()).isPositive();
  }

  @Test
  @Order(2)
  void startupCostRuns() throws Exception {
    ResultsFile.Startup result = StartupCost.run(classpathDir, 1, 100);
    ResultsFile.write(raw.resolve("startup.json"), result);
    assertThat(result.rows()).hasSize(1);
    ResultsFile.StartupRow row = result.rows().get(0);
    assertThat(row.resourceMethods()).as("resource methods of the generated classes").isBetween(90L, 110L);
    assertThat(row.engineColdRuns()).hasSize(1);
    assertThat(row.startWithRuns()).hasSize(1);
    assertThat(row.startWithoutRuns()).hasSize(1);
    // Read from Crosscheck's debug log inside Jersey's start: the log line's format is what this checks.
    assertThat(row.inStartRuns()).hasSize(1);
    assertThat(row.inStartMillis()).as("Crosscheck's part of Jersey's start").isBetween(0.0, row.startWithMillis());
  }

  @Test
  @Order(3)
  void everyEndToEndServerAnswersTheMixAsDocumented() throws Exception {
    String classpath = EndToEnd.serverClasspath(classpathDir);
    for (String variant : E2eServer.VARIANTS) {
      int port = EndToEnd.freePort();
      Process server = EndToEnd.startServer(classpath, variant, port, out.resolve("server-" + variant + ".log"));
      try {
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        List<Mix.Answer> answers = Mix.check(base);
        assertThat(answers).as("%s answers to the mix", variant).isNotEmpty();
        for (Mix.Answer a : answers) {
          assertThat(a.status()).as("%s %s", variant, a.request()).isBetween(200, 299);
          boolean cors = a.request().kind() != Mix.Kind.PLAIN;
          if (variant.equals("crosscheck") && !cors && a.request().path().startsWith("/public/")) {
            // A public "*" policy answers * whether or not the request has an Origin (Fetch, "CORS
            // protocol and HTTP caches"): a cached copy then serves cross-origin readers too.
            assertThat(a.allowOrigin()).as("%s %s", variant, a.request()).isEqualTo("*");
          } else if (variant.equals("none") || variant.equals("noop-filter") || !cors) {
            assertThat(a.allowOrigin()).as("%s %s", variant, a.request()).isNull();
          } else {
            assertThat(a.allowOrigin()).as("%s %s", variant, a.request()).isIn(Mix.APP_ORIGIN, "*");
          }
          if (a.request().kind() == Mix.Kind.PREFLIGHT && (variant.equals("crosscheck") || variant.equals("resteasy"))) {
            assertThat(a.status()).isEqualTo(variant.equals("crosscheck") ? 204 : 200);
          }
        }
        if (variant.equals("crosscheck")) {
          // The generated scales are not on the servers' class path: the notes filter serves its own routes only.
          HttpResponse<String> foreign = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
              HttpRequest.newBuilder(base.resolve("/api/r0/items1/42")).header("Origin", "https://app.example.com").build(),
              HttpResponse.BodyHandlers.ofString());
          assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
      } finally {
        EndToEnd.stop(server);
      }
    }
    if (EndToEnd.wrkAvailable()) {
      Map<String, Object> e2e = EndToEnd.run(classpath, raw, 1, 1, 1, 4);
      ResultsFile.write(raw.resolve("e2e.json"), e2e);
      assertThat((List<?>) e2e.get("runs")).hasSize(E2eServer.VARIANTS.length);
    }
  }

  @Test
  @Order(4)
  void reportRendersFromTheQuickResults() throws Exception {
    Results.main(new String[] {raw.toString(), out.resolve("results.json").toString(), "quick"});
    Render.main(new String[] {out.resolve("results.json").toString(), out.resolve("BENCHMARKS.md").toString(),
        out.resolve("chart.svg").toString()});
    String markdown = Files.readString(out.resolve("BENCHMARKS.md"));
    assertThat(markdown).contains("Quick mode", "## Per request", "## Growth with the table", "## Allocation per request",
        "## Build cost", "## Start-up", "## What each one answers");
    assertThat(Files.readString(out.resolve("chart.svg"))).startsWith("<?xml").contains("<svg ", "QUICK MODE");
    List<ResultsFile.Row> rows = ResultsFile.read(out.resolve("results.json")).jmh().results();
    assertThat(rows).as("rows of the quick results.json").isNotEmpty();
    for (ResultsFile.Row row : rows) {
      assertThat(row.bytesPerOp()).as("allocation of %s", row).isNotNull();
    }
  }
}
