package dev.crosscheck.bench.report;

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
    Map<String, Object> results = collect(raw, mode);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, Json.write(results));
    System.out.println("[results] wrote " + out);
  }

  public static Map<String, Object> collect(Path raw, String mode) throws IOException {
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("schema", 1);
    results.put("generated", Instant.now().toString());
    results.put("mode", mode);
    String commit = commit();
    if (commit != null) {
      results.put("commit", commit);
    }
    results.put("machine", machine());
    results.put("versions", versions());
    Path jmh = raw.resolve("jmh.json");
    if (Files.exists(jmh)) {
      results.put("jmh", jmh(Json.array(Json.parse(Files.readString(jmh)))));
    }
    Path e2e = raw.resolve("e2e.json");
    if (Files.exists(e2e)) {
      results.put("endToEnd", endToEnd(Json.object(Json.parse(Files.readString(e2e)))));
    }
    Path build = raw.resolve("build.json");
    if (Files.exists(build)) {
      results.put("buildCost", Json.parse(Files.readString(build)));
    }
    return results;
  }

  /** The checked-out commit, with "+ local changes" when the measured modules differ from it; null outside git. */
  static String commit() {
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

  static Map<String, Object> machine() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cpu", cpuModel());
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    long memory = totalMemoryBytes();
    if (memory > 0) {
      machine.put("memoryGiB", Math.round(memory / (1024.0 * 1024 * 1024) * 10) / 10.0);
    }
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vendor") + ")");
    return machine;
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

  public static Map<String, Object> versions() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Results.class.getResourceAsStream("/dev/crosscheck/bench/versions.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    Map<String, Object> versions = new LinkedHashMap<>();
    for (String key : List.of("crosscheck", "resteasy", "spring", "jersey", "jmh")) {
      versions.put(key, properties.getProperty(key, "?"));
    }
    return versions;
  }

  /** JMH's result list reduced to one row per benchmark: implementation, case, table size, time, allocation. */
  static Map<String, Object> jmh(List<Object> entries) {
    Map<String, Object> jmh = new LinkedHashMap<>();
    List<Object> rows = new ArrayList<>();
    for (Object e : entries) {
      Map<String, Object> entry = Json.object(e);
      if (jmh.isEmpty()) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String key : List.of("jmhVersion", "mode", "threads", "forks", "warmupIterations", "warmupTime",
            "measurementIterations", "measurementTime", "jvmArgs", "jdkVersion", "vmName", "vmVersion")) {
          settings.put(key, entry.get(key));
        }
        jmh.put("settings", settings);
      }
      String benchmark = (String) entry.get("benchmark");
      Map<String, Object> params = Json.object(entry.get("params"));
      Map<String, Object> primary = Json.object(entry.get("primaryMetric"));
      Map<String, Object> secondary = entry.get("secondaryMetrics") == null ? Map.of() : Json.object(entry.get("secondaryMetrics"));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("implementation", implementation(benchmark));
      row.put("case", params.get("request"));
      row.put("paths", Double.parseDouble((String) params.get("paths")));
      // The headline is the median of the measured iterations: on a small machine a late JIT
      // compilation or a neighbour's burst lands in one iteration and would move the mean.
      List<Double> iterations = new ArrayList<>();
      for (Object fork : Json.array(primary.get("rawData"))) {
        for (Object v : Json.array(fork)) {
          iterations.add(Json.number(v));
        }
      }
      double median = iterations.isEmpty() ? Json.number(primary.get("score")) : median(iterations);
      row.put("nsPerOp", round(median));
      row.put("nsPerOpMin", round(iterations.stream().mapToDouble(Double::doubleValue).min().orElse(median)));
      row.put("nsPerOpMax", round(iterations.stream().mapToDouble(Double::doubleValue).max().orElse(median)));
      row.put("nsPerOpMean", round(Json.number(primary.get("score"))));
      row.put("nsPerOpError", round(Json.number(primary.get("scoreError"))));
      List<Object> rounded = new ArrayList<>();
      iterations.forEach(v -> rounded.add(round(v)));
      row.put("iterations", rounded);
      Object alloc = secondary.containsKey("gc.alloc.rate.norm") ? secondary.get("gc.alloc.rate.norm")
          : secondary.get("\u00b7gc.alloc.rate.norm");
      row.put("bytesPerOp", alloc == null ? null : round(Json.number(Json.object(alloc).get("score"))));
      row.put("benchmark", benchmark);
      rows.add(row);
    }
    jmh.put("results", rows);
    return jmh;
  }

  static String implementation(String benchmark) {
    String cls = benchmark.substring(0, benchmark.lastIndexOf('.'));
    cls = cls.substring(cls.lastIndexOf('.') + 1);
    return switch (cls) {
      case "CrosscheckBenchmark" -> "crosscheck";
      case "ResteasyBenchmark" -> "resteasy";
      case "SpringBenchmark" -> "spring";
      case "NoCorsBenchmark" -> "none";
      case "NoCorsServletBenchmark" -> "none-servlet";
      default -> cls;
    };
  }

  /** Adds, per variant, the median requests per second over the rounds. */
  static Map<String, Object> endToEnd(Map<String, Object> raw) {
    Map<String, Object> e2e = new LinkedHashMap<>(raw);
    Map<String, List<Double>> byVariant = new LinkedHashMap<>();
    Map<String, List<Double>> p99 = new LinkedHashMap<>();
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    Map<String, Double> non2xx = new LinkedHashMap<>();
    for (Object r : Json.array(raw.get("runs"))) {
      Map<String, Object> run = Json.object(r);
      String variant = (String) run.get("variant");
      byVariant.computeIfAbsent(variant, k -> new ArrayList<>()).add(Json.number(run.get("requestsPerSecond")));
      p99.computeIfAbsent(variant, k -> new ArrayList<>()).add(Json.number(run.get("latencyP99Ms")));
      cpu.computeIfAbsent(variant, k -> new ArrayList<>()).add(Json.number(run.get("serverCpuMicrosPerRequest")));
      non2xx.merge(variant, Json.number(run.get("non2xx")) + Json.number(run.get("socketErrors")), Double::sum);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    byVariant.forEach((variant, values) -> {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("requestsPerSecondMedian", round(median(values)));
      s.put("requestsPerSecondRuns", values);
      s.put("latencyP99MsMedian", round(median(p99.get(variant))));
      s.put("serverCpuMicrosPerRequestMedian", round(median(cpu.get(variant))));
      s.put("non2xxOrErrors", non2xx.get(variant));
      summary.put(variant, s);
    });
    e2e.put("summary", summary);
    return e2e;
  }

  static double median(List<Double> values) {
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
