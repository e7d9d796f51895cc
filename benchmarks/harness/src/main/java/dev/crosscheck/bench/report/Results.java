package dev.crosscheck.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.bench.jmh.ExchangeBenchmark;
import dev.crosscheck.bench.subject.Case;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Gathers the raw outputs of one run (JMH's JSON, the end-to-end and build-cost files) and the
 * machine into one machine-readable file, {@code results.json}, from which {@link Render} writes
 * BENCHMARKS.md and the chart.
 *
 * <p>{@code Results <raw dir> <results.json> <full|quick>}
 */
public final class Results {

  private Results() {}

  public static void main(String[] args) throws IOException {
    Path raw = Path.of(args[0]);
    Path out = Path.of(args[1]);
    String mode = args.length > 2 ? args[2] : "full";
    ResultsFile.write(out, switch (mode) {
      case "startup-only" -> withStartup(ResultsFile.read(out), raw);
      case "sources-only" -> withSources(ResultsFile.read(out), raw);
      case "build-only" -> withBuild(ResultsFile.read(out), raw);
      default -> collect(raw, mode);
    });
    System.out.println("[results] wrote " + out);
  }

  public static ResultsFile collect(Path raw, String mode) throws IOException {
    Path jmh = raw.resolve("jmh.json");
    Path e2e = raw.resolve("e2e.json");
    Path build = raw.resolve("build.json");
    return new ResultsFile(1, Instant.now().toString(), mode, commit(), machine(), versions(),
        Files.exists(jmh) ? jmh(ResultsFile.JSON.readTree(jmh.toFile())) : null,
        Files.exists(e2e) ? endToEnd(ResultsFile.JSON.readTree(e2e.toFile())) : null,
        Files.exists(build) ? ResultsFile.JSON.readValue(build.toFile(), ResultsFile.BuildCost.class) : null,
        startup(raw), sources(raw));
  }

  /**
   * An earlier run's results with the start-up measurement of {@code raw} in place of its own
   * (run.sh --startup-only): the start-up section says when and at which commit it was measured.
   */
  static ResultsFile withStartup(ResultsFile earlier, Path raw) throws IOException {
    ResultsFile.Startup startup = startup(raw);
    if (startup == null) {
      throw new IOException("no startup.json in " + raw);
    }
    return new ResultsFile(earlier.schema(), earlier.generated(), earlier.mode(), earlier.commit(), earlier.machine(),
        earlier.versions(), earlier.jmh(), earlier.endToEnd(), earlier.buildCost(), startup, earlier.sources());
  }

  /** An earlier run's results with the build cost of {@code raw} in place of its own (run.sh --build-only). */
  static ResultsFile withBuild(ResultsFile earlier, Path raw) throws IOException {
    Path build = raw.resolve("build.json");
    if (!Files.exists(build)) {
      throw new IOException("no build.json in " + raw);
    }
    ResultsFile.BuildCost cost = ResultsFile.JSON.readValue(build.toFile(), ResultsFile.BuildCost.class)
        .measuredAt(Instant.now().toString().substring(0, 10), commit());
    return new ResultsFile(earlier.schema(), earlier.generated(), earlier.mode(), earlier.commit(), earlier.machine(),
        earlier.versions(), earlier.jmh(), earlier.endToEnd(), cost, earlier.startup(), earlier.sources());
  }

  /** An earlier run's results with the origin-source benchmarks of {@code raw} in place of its own (run.sh --sources-only). */
  static ResultsFile withSources(ResultsFile earlier, Path raw) throws IOException {
    ResultsFile.Sources sources = sources(raw);
    if (sources == null) {
      throw new IOException("no sources.json in " + raw);
    }
    return new ResultsFile(earlier.schema(), earlier.generated(), earlier.mode(), earlier.commit(), earlier.machine(),
        earlier.versions(), earlier.jmh(), earlier.endToEnd(), earlier.buildCost(), earlier.startup(), sources);
  }

  /** JMH's results of the origin-source benchmarks: the median of the measured iterations, and the allocation. */
  static ResultsFile.Sources sources(Path raw) throws IOException {
    Path file = raw.resolve("sources.json");
    if (!Files.exists(file)) {
      return null;
    }
    List<ResultsFile.SourcesRow> rows = new ArrayList<>();
    String java = null;
    for (JsonNode entry : ResultsFile.JSON.readTree(file.toFile())) {
      java = entry.path("vmVersion").asText();
      JsonNode primary = entry.path("primaryMetric");
      List<Double> iterations = iterations(primary);
      JsonNode alloc = allocation(entry);
      String benchmark = entry.path("benchmark").asText();
      rows.add(new ResultsFile.SourcesRow(benchmark.substring(benchmark.lastIndexOf('.') + 1),
          round(iterations.isEmpty() ? ResultsFile.number(primary.get("score")) : median(iterations)),
          round(ResultsFile.number(primary.get("scoreError"))), primary.path("scoreUnit").asText(),
          alloc == null ? null : round(ResultsFile.number(alloc.get("score")))));
    }
    return new ResultsFile.Sources(Instant.now().toString(), commit(), java, rows);
  }

  private static ResultsFile.Startup startup(Path raw) throws IOException {
    Path startup = raw.resolve("startup.json");
    return Files.exists(startup) ? ResultsFile.JSON.readValue(startup.toFile(), ResultsFile.Startup.class) : null;
  }

  /** The checked-out commit, with "+ local changes" when the measured modules differ from it; null outside git. */
  public static String commit() {
    try {
      String head = git("rev-parse", "--short", "HEAD");
      if (head == null || head.isBlank()) {
        return null;
      }
      String changes = git("status", "--porcelain", "--", "annotations", "runtime", "processor");
      return head.strip() + (changes == null || changes.isBlank() ? "" : " + local changes");
    } catch (IOException | InterruptedException e) {
      return null;
    }
  }

  private static String git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    Process git = new ProcessBuilder(command).redirectErrorStream(false).start();
    String out = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    return git.waitFor() == 0 ? out : null;
  }

  static ResultsFile.Machine machine() {
    long memory = totalMemoryBytes();
    return new ResultsFile.Machine(cpuModel(), Runtime.getRuntime().availableProcessors(),
        memory > 0 ? Math.round(memory / (1024.0 * 1024 * 1024) * 10) / 10.0 : null,
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
            + " (" + System.getProperty("java.vendor") + ")");
  }

  private static String cpuModel() {
    try {
      Path cpuinfo = Path.of("/proc/cpuinfo");
      if (Files.exists(cpuinfo)) {
        for (String line : Files.readAllLines(cpuinfo)) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).strip();
          }
        }
      }
    } catch (IOException ignored) {
      // not Linux
    }
    return System.getProperty("os.arch");
  }

  private static long totalMemoryBytes() {
    try {
      var os = ManagementFactory.getOperatingSystemMXBean();
      if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
        return sun.getTotalMemorySize();
      }
    } catch (RuntimeException | LinkageError ignored) {
      // not HotSpot
    }
    return -1;
  }

  public static Map<String, String> versions() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Results.class.getResourceAsStream("/dev/crosscheck/bench/versions.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    Map<String, String> versions = new LinkedHashMap<>();
    for (String key : List.of("crosscheck", "resteasy", "spring", "jersey", "jmh")) {
      versions.put(key, properties.getProperty(key, "?"));
    }
    return versions;
  }

  /** JMH's result list reduced to one row per benchmark: implementation, case, table size, time, allocation. */
  static ResultsFile.Jmh jmh(JsonNode entries) {
    ResultsFile.Settings settings = null;
    List<ResultsFile.Row> rows = new ArrayList<>();
    for (JsonNode entry : entries) {
      if (settings == null) {
        settings = ResultsFile.JSON.convertValue(entry, ResultsFile.Settings.class);
      }
      String benchmark = entry.path("benchmark").asText();
      JsonNode primary = entry.path("primaryMetric");
      // The headline is the median of the measured iterations: on a small machine a late JIT
      // compilation or a neighbour's burst lands in one iteration and would move the mean.
      List<Double> iterations = iterations(primary);
      double score = ResultsFile.number(primary.get("score"));
      double median = iterations.isEmpty() ? score : median(iterations);
      JsonNode alloc = allocation(entry);
      rows.add(new ResultsFile.Row(implementation(benchmark), Case.valueOf(entry.path("params").path("request").asText()),
          entry.path("params").path("paths").asInt(), round(median),
          round(iterations.stream().mapToDouble(Double::doubleValue).min().orElse(median)),
          round(iterations.stream().mapToDouble(Double::doubleValue).max().orElse(median)),
          round(score), round(ResultsFile.number(primary.get("scoreError"))),
          iterations.stream().map(Results::round).toList(),
          alloc == null ? null : round(ResultsFile.number(alloc.get("score"))), benchmark));
    }
    return new ResultsFile.Jmh(settings, rows);
  }

  /** The measured iterations of a JMH result, every fork's. */
  private static List<Double> iterations(JsonNode primaryMetric) {
    List<Double> iterations = new ArrayList<>();
    for (JsonNode fork : primaryMetric.path("rawData")) {
      for (JsonNode v : fork) {
        iterations.add(ResultsFile.number(v));
      }
    }
    return iterations;
  }

  /** The bytes allocated per operation ({@code -prof gc}), or null where JMH did not measure them. */
  private static JsonNode allocation(JsonNode entry) {
    JsonNode secondary = entry.path("secondaryMetrics");
    // JMH before 1.35 prefixed its profilers' metrics with a middle dot.
    return secondary.has("gc.alloc.rate.norm") ? secondary.get("gc.alloc.rate.norm")
        : secondary.get("\u00b7gc.alloc.rate.norm");
  }

  /** The subject a benchmark method measures, as its class names it. */
  static String implementation(String benchmark) {
    String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
    try {
      return ((ExchangeBenchmark) Class.forName(className).getConstructor().newInstance()).subjectName;
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalArgumentException("not a benchmark of this harness: " + benchmark, e);
    }
  }

  /** Adds, per variant, the median requests per second, p99 latency and server CPU over the rounds. */
  static ResultsFile.EndToEnd endToEnd(JsonNode raw) {
    Map<String, List<JsonNode>> byVariant = new LinkedHashMap<>();
    List<JsonNode> runs = new ArrayList<>();
    raw.path("runs").forEach(run -> {
      runs.add(run);
      byVariant.computeIfAbsent(run.path("variant").asText(), k -> new ArrayList<>()).add(run);
    });
    LinkedHashMap<String, ResultsFile.Summary> summary = new LinkedHashMap<>();
    byVariant.forEach((variant, variantRuns) -> {
      List<Double> rps = values(variantRuns, "requestsPerSecond");
      double failures = 0;
      for (JsonNode run : variantRuns) {
        failures += ResultsFile.number(run.get("non2xx")) + ResultsFile.number(run.get("socketErrors"));
      }
      summary.put(variant, new ResultsFile.Summary(round(median(rps)), rps,
          round(median(values(variantRuns, "latencyP99Ms"))),
          round(median(values(variantRuns, "serverCpuMicrosPerRequest"))), failures));
    });
    List<String> mix = new ArrayList<>();
    raw.path("mix").forEach(m -> mix.add(m.asText()));
    return new ResultsFile.EndToEnd(raw.path("tool").asText(), raw.path("runtime").asText(), raw.path("threads").asInt(),
        raw.path("connections").asInt(), raw.path("warmupSeconds").asInt(), raw.path("seconds").asInt(),
        raw.path("rounds").asInt(), mix, runs, summary);
  }

  private static List<Double> values(List<JsonNode> runs, String field) {
    List<Double> values = new ArrayList<>();
    runs.forEach(run -> values.add(ResultsFile.number(run.get(field))));
    return values;
  }

  /** The median of the values that are numbers; NaN if none is. The one median of every section. */
  public static double median(List<Double> values) {
    List<Double> sorted = values.stream().filter(v -> !v.isNaN()).sorted().toList();
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static double round(double v) {
    if (Double.isNaN(v)) {
      return v;
    }
    return Math.abs(v) >= 100 ? Math.round(v * 10) / 10.0 : Math.round(v * 1000) / 1000.0;
  }
}
