package dev.crosscheck.bench.build;

import dev.crosscheck.bench.gen.ResourceGenerator;
import dev.crosscheck.bench.report.ResultsFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The compile-time cost of the processor: wall-clock time of a cold {@code javac} (a fresh
 * process, as a build's first compilation is) over the same generated resource classes, without
 * the processor ({@code -proc:none}), with it, with it alone ({@code -proc:only}: the processor's
 * analysis and writing, without compiling anything), and with a processor that does nothing
 * ({@link EmptyProcessor}: what any processor costs javac). Runs are interleaved.
 *
 * <p>{@code BuildCost <out.json> <class path dir> [classes] [paths per class] [repetitions]};
 * the class path dir holds {@code javac.txt} (annotations, runtime, Jakarta REST API) and
 * {@code processor.txt} (the processor path), written by the build.
 */
public final class BuildCost {

  private BuildCost() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path classpathDir = Path.of(args[1]);
    int classes = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    int pathsPerClass = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    int repetitions = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    ResultsFile.write(out, run(classpathDir, classes, pathsPerClass, repetitions));
    System.out.println("[build] wrote " + out);
  }

  public static ResultsFile.BuildCost run(Path classpathDir, int classes, int pathsPerClass, int repetitions) throws Exception {
    String classpath = Files.readString(classpathDir.resolve("javac.txt")).strip();
    String processorPath = Files.readString(classpathDir.resolve("processor.txt")).strip();
    Path work = Files.createTempDirectory("crosscheck-buildcost");
    try {
      Path sources = work.resolve("src");
      List<Path> files = ResourceGenerator.write(sources, "dev.crosscheck.bench.build", classes, pathsPerClass);
      Path argfile = work.resolve("sources.txt");
      List<String> lines = new ArrayList<>();
      for (Path f : files) {
        lines.add("\"" + f.toString().replace("\\", "/") + "\"");
      }
      Files.write(argfile, lines, StandardCharsets.UTF_8);
      long methods = 0;
      for (Path f : files) {
        methods += Files.readAllLines(f).stream().filter(l -> l.startsWith("  public String ")).count();
      }

      Map<String, List<String>> variants = new LinkedHashMap<>();
      variants.put(ResultsFile.BuildCost.WITHOUT, List.of("-proc:none", "-cp", classpath));
      variants.put(ResultsFile.BuildCost.WITH, List.of("-cp", classpath, "-processorpath", processorPath));
      variants.put(ResultsFile.BuildCost.ALONE, List.of("-proc:only", "-cp", classpath, "-processorpath", processorPath));
      variants.put(ResultsFile.BuildCost.EMPTY, List.of("-cp", classpath, "-processorpath", ownClasses(),
          "-processor", EmptyProcessor.class.getName()));

      LinkedHashMap<String, List<Double>> times = new LinkedHashMap<>();
      variants.keySet().forEach(v -> times.put(v, new ArrayList<>()));
      long generatedFilterLines = 0;
      for (int rep = 0; rep < repetitions; rep++) {
        for (var variant : variants.entrySet()) {
          Path classesDir = clean(work.resolve("classes"));
          Path generated = clean(work.resolve("generated"));
          List<String> command = new ArrayList<>();
          command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
          command.addAll(variant.getValue());
          command.addAll(List.of("-d", classesDir.toString(), "-s", generated.toString(), "-encoding", "UTF-8",
              "-nowarn", "-Xlint:none", "@" + argfile));
          long start = System.nanoTime();
          Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
          String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          if (!javac.waitFor(10, TimeUnit.MINUTES) || javac.exitValue() != 0) {
            throw new IllegalStateException("javac failed for " + variant.getKey() + ":\n" + output);
          }
          double millis = (System.nanoTime() - start) / 1e6;
          times.get(variant.getKey()).add(Math.round(millis * 10) / 10.0);
          System.out.printf("[build] %-32s run %d: %7.0f ms%n", variant.getKey(), rep + 1, millis);
          Path filter = generated.resolve("dev/crosscheck/bench/build/GeneratedCorsFilter.java");
          if (Files.exists(filter)) {
            generatedFilterLines = Files.readAllLines(filter).size();
          }
        }
      }
      LinkedHashMap<String, Double> medians = new LinkedHashMap<>();
      times.forEach((variant, list) -> medians.put(variant, median(list)));
      return new ResultsFile.BuildCost(Runtime.version().toString(), classes, classes * pathsPerClass, methods,
          repetitions, generatedFilterLines, medians, times);
    } finally {
      delete(work);
    }
  }

  /** Where {@link EmptyProcessor} was loaded from: the harness's classes. */
  private static String ownClasses() throws Exception {
    return Path.of(EmptyProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static Path clean(Path dir) throws IOException {
    delete(dir);
    return Files.createDirectories(dir);
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
