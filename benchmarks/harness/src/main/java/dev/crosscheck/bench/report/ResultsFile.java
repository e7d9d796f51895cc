package dev.crosscheck.bench.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.crosscheck.bench.subject.Case;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code results.json}: what {@link Results} writes and {@link Render} reads, one record per
 * object. Numbers a run may lack (an allocation JMH did not report, the CPU time of a platform
 * that does not say) are boxed: null in the file, NaN through the accessors the report uses.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultsFile(
    int schema, String generated, String mode, String commit, Machine machine, Map<String, String> versions,
    Jmh jmh, EndToEnd endToEnd, BuildCost buildCost, Startup startup, Sources sources) {

  /**
   * Reads and writes the result files and the raw outputs. Non-numeric numbers are allowed both
   * ways because JMH writes a missing score as a bare {@code NaN}; unknown properties are ignored
   * so that a file with fields added later still loads.
   */
  public static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  public static ResultsFile read(Path file) throws IOException {
    return JSON.readValue(file.toFile(), ResultsFile.class);
  }

  /** Writes any value the mapper can (a record here, a raw output elsewhere), creating the directory. */
  public static void write(Path file, Object value) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Files.writeString(file, JSON.writeValueAsString(value) + "\n");
  }

  /** A number of a tree JMH or the runner wrote; NaN when it is absent, null or not a number. */
  public static double number(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Double.NaN;
    }
    return node.isNumber() ? node.doubleValue() : node.asDouble(Double.NaN);
  }

  static double orNaN(Double value) {
    return value == null ? Double.NaN : value;
  }

  public record Machine(String cpu, int cores, Double memoryGiB, String os, String java) {}

  public record Jmh(Settings settings, List<Row> results) {}

  public record Settings(
      String jmhVersion, String mode, int threads, int forks, int warmupIterations, String warmupTime,
      int measurementIterations, String measurementTime, List<String> jvmArgs, String jdkVersion, String vmName,
      String vmVersion) {}

  /** One benchmark: an implementation, a case, a table size; time in ns and allocation in bytes per exchange. */
  public record Row(
      String implementation, @JsonProperty("case") Case request, int paths, double nsPerOp, Double nsPerOpMin,
      Double nsPerOpMax, Double nsPerOpMean, Double nsPerOpError, List<Double> iterations, Double bytesPerOp,
      String benchmark) {

    double bytes() {
      return orNaN(bytesPerOp);
    }
  }

  /** The wrk runs kept as the runner wrote them, and per server variant a summary over the rounds. */
  public record EndToEnd(
      String tool, String runtime, int threads, int connections, int warmupSeconds, int seconds, int rounds,
      List<String> mix, List<JsonNode> runs, LinkedHashMap<String, Summary> summary) {}

  public record Summary(
      double requestsPerSecondMedian, List<Double> requestsPerSecondRuns, Double latencyP99MsMedian,
      Double serverCpuMicrosPerRequestMedian, double non2xxOrErrors) {

    double slowestRun() {
      return requestsPerSecondRuns.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double fastestRun() {
      return requestsPerSecondRuns.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
  }

  /** javac over generated resource classes, per variant (with or without the processor, ...): times in ms. */
  public record BuildCost(
      String javac, int classes, int paths, long resourceMethods, int repetitions, long generatedFilterLines,
      LinkedHashMap<String, Double> medianMillis, LinkedHashMap<String, List<Double>> millis,
      List<Double> ownWallMillis, List<Double> ownCpuMillis, List<BuildCost> otherScales, String measured, String commit) {

    public static final String WITHOUT = "without processor (-proc:none)";
    public static final String TRIVIAL = "a processor writing one empty class";
    public static final String EMPTY = "empty processor";
    public static final String WITH = "with processor";
    public static final String ALONE = "processor alone (-proc:only)";
    public static final String INCREMENTAL_WITHOUT = "one resource changed, without processor";
    public static final String INCREMENTAL_WITH = "one resource changed, with processor";

    /** The same measurement at one size, without runs at other sizes beside it. */
    public BuildCost(String javac, int classes, int paths, long resourceMethods, int repetitions, long generatedFilterLines,
        LinkedHashMap<String, Double> medianMillis, LinkedHashMap<String, List<Double>> millis) {
      this(javac, classes, paths, resourceMethods, repetitions, generatedFilterLines, medianMillis, millis, null, null,
          null, null, null);
    }

    public BuildCost withOtherScales(List<BuildCost> others) {
      return new BuildCost(javac, classes, paths, resourceMethods, repetitions, generatedFilterLines, medianMillis, millis,
          ownWallMillis, ownCpuMillis, others, measured, commit);
    }

    /** Measured on its own (run.sh --build-only): when, and at which commit. */
    public BuildCost measuredAt(String when, String atCommit) {
      return new BuildCost(javac, classes, paths, resourceMethods, repetitions, generatedFilterLines, medianMillis, millis,
          ownWallMillis, ownCpuMillis, otherScales, when, atCommit);
    }

    /** The median of a variant, NaN if the run did not measure it. */
    double median(String variant) {
      return orNaN(medianMillis.get(variant));
    }
  }

  /**
   * What Crosscheck adds to an application's start, per table size: the engine's build (the first
   * in a fresh JVM, and warm) and the heap it keeps, beside the runtime's own start with and without
   * Crosscheck. Times in ms (medians over the repetitions), heap in MiB.
   */
  public record Startup(String measured, String commit, String java, String runtime, int repetitions,
      List<StartupRow> rows) {}

  /** The origin-source benchmarks (run.sh --sources-only), measured on their own. */
  public record Sources(String measured, String commit, String java, List<SourcesRow> rows) {}

  /**
   * @param benchmark the benchmark method's name
   * @param score the median of the measured iterations, in {@code unit}
   * @param bytesPerOp JMH's gc.alloc.rate.norm, null where it was not measured
   */
  public record SourcesRow(String benchmark, double score, double error, String unit, Double bytesPerOp) {}

  /** @param addedMillis the median of each repetition's start with Crosscheck less its start without */
  public record StartupRow(
      long resourceMethods, int classes, double engineColdMillis, double engineWarmMillis, double retainedMiB,
      double startWithoutMillis, double startWithMillis, double addedMillis, List<Double> engineColdRuns,
      List<Double> startWithoutRuns, List<Double> startWithRuns, List<Double> addedRuns, double inStartMillis,
      List<Double> inStartRuns) {}
}
