package dev.crosscheck.bench.build;

import static dev.crosscheck.bench.report.Results.median;

import dev.crosscheck.bench.gen.ResourceGenerator;
import dev.crosscheck.bench.report.ResultsFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The compile-time cost of the processor: wall-clock time of a cold {@code javac} (a fresh
 * process, as a build's first compilation is) over the same generated resource classes, without
 * any processor ({@code -proc:none}); with a processor that does nothing ({@link EmptyProcessor})
 * and with one that writes one empty class ({@link TrivialGeneratingProcessor}), the floors any
 * processor and any generating processor pay; with Crosscheck's (timed from inside by {@link
 * TimedCrosscheckProcessor}, which says how much of it is the processor's own work); with it alone
 * ({@code -proc:only}); and a partial compile of one changed resource against the full build's
 * output, without and with it. Runs are interleaved.
 *
 * <p>{@code BuildCost <out.json> <class path dir> [classes[,classes...]] [paths per class]
 * [repetitions]}: the first size is the headline, the others are measured the same way after it.
 * The class path dir holds {@code javac.txt} (annotations, runtime, Jakarta REST API) and {@code
 * processor.txt} (the processor path), written by the build.
 */
public final class BuildCost {

  private BuildCost() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path classpathDir = Path.of(args[1]);
    List<Integer> sizes = args.length > 2 ? Arrays.stream(args[2].split(",")).map(Integer::parseInt).toList() : List.of(1000);
    int pathsPerClass = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    int repetitions = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    ResultsFile.BuildCost headline = run(classpathDir, sizes.get(0), pathsPerClass, repetitions);
    List<ResultsFile.BuildCost> others = new ArrayList<>();
    for (int classes : sizes.subList(1, sizes.size())) {
      others.add(run(classpathDir, classes, pathsPerClass, repetitions));
    }
    ResultsFile.write(out, others.isEmpty() ? headline : headline.withOtherScales(others));
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
        lines.add(quoted(f));
      }
      Files.write(argfile, lines, StandardCharsets.UTF_8);
      long methods = 0;
      for (Path f : files) {
        methods += Files.readAllLines(f).stream().filter(l -> l.startsWith("  public String ")).count();
      }
      String timedPath = ownClasses() + File.pathSeparator + processorPath;
      List<String> withProcessor = List.of("-processorpath", timedPath, "-processor", TimedCrosscheckProcessor.class.getName());

      Map<String, List<String>> variants = new LinkedHashMap<>();
      variants.put(ResultsFile.BuildCost.WITHOUT, List.of("-proc:none"));
      variants.put(ResultsFile.BuildCost.TRIVIAL,
          List.of("-processorpath", ownClasses(), "-processor", TrivialGeneratingProcessor.class.getName()));
      variants.put(ResultsFile.BuildCost.EMPTY,
          List.of("-processorpath", ownClasses(), "-processor", EmptyProcessor.class.getName()));
      variants.put(ResultsFile.BuildCost.WITH, withProcessor);
      variants.put(ResultsFile.BuildCost.ALONE, concat(List.of("-proc:only"), withProcessor));

      // The partial compile: the full build's output on the class path and as the output, as an
      // incremental build (Maven's, an IDE's) recompiles a changed file; the processor then reads
      // the other resources from their class files.
      Path fullWithout = compile(work, "full-without", classpath, List.of("-proc:none"), "@" + argfile);
      Path fullWith = compile(work, "full-with", classpath, withProcessor, "@" + argfile);
      Path changed = work.resolve("changed").resolve(sources.relativize(files.get(0)));
      Files.createDirectories(changed.getParent());
      Map<String, Path> incremental = new LinkedHashMap<>();
      incremental.put(ResultsFile.BuildCost.INCREMENTAL_WITHOUT, fullWithout);
      incremental.put(ResultsFile.BuildCost.INCREMENTAL_WITH, fullWith);

      LinkedHashMap<String, List<Double>> times = new LinkedHashMap<>();
      variants.keySet().forEach(v -> times.put(v, new ArrayList<>()));
      incremental.keySet().forEach(v -> times.put(v, new ArrayList<>()));
      List<Double> ownWall = new ArrayList<>();
      List<Double> ownCpu = new ArrayList<>();
      long generatedFilterLines = 0;
      for (int rep = 0; rep < repetitions; rep++) {
        for (var variant : variants.entrySet()) {
          Path classesDir = clean(work.resolve("classes"));
          Path generated = clean(work.resolve("generated"));
          Timed run = javac(classpath, classesDir, generated, variant.getValue(), "@" + argfile);
          record(times, variant.getKey(), rep, run);
          if (variant.getKey().equals(ResultsFile.BuildCost.WITH)) {
            double[] own = ownWork(run.output());
            ownWall.add(own[0]);
            ownCpu.add(own[1]);
          }
          Path filter = generated.resolve("dev/crosscheck/bench/build/GeneratedCorsFilter.java");
          if (Files.exists(filter)) {
            generatedFilterLines = Files.readAllLines(filter).size();
          }
        }
        // A change the compiler must see: a comment, different in each repetition.
        Files.writeString(changed, Files.readString(files.get(0)) + "\n// change " + rep + "\n");
        for (var variant : incremental.entrySet()) {
          Path classesDir = clean(work.resolve("classes"));
          copy(variant.getValue(), classesDir);
          Path generated = clean(work.resolve("generated"));
          List<String> options = variant.getKey().equals(ResultsFile.BuildCost.INCREMENTAL_WITH) ? withProcessor
              : List.of("-proc:none");
          Timed run = javac(classesDir + File.pathSeparator + classpath, classesDir, generated, options, changed.toString());
          record(times, variant.getKey(), rep, run);
        }
      }
      LinkedHashMap<String, Double> medians = new LinkedHashMap<>();
      times.forEach((variant, list) -> medians.put(variant, median(list)));
      return new ResultsFile.BuildCost(Runtime.version().toString(), classes, classes * pathsPerClass, methods,
          repetitions, generatedFilterLines, medians, times, ownWall, ownCpu, null, null, null);
    } finally {
      delete(work);
    }
  }

  /** One javac run: its wall-clock time and what it printed. */
  private record Timed(double millis, String output) {}

  private static Timed javac(String classpath, Path classesDir, Path generated, List<String> options, String sources)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(List.of("-cp", classpath));
    command.addAll(options);
    command.addAll(List.of("-d", classesDir.toString(), "-s", generated.toString(), "-encoding", "UTF-8",
        "-nowarn", "-Xlint:none", sources));
    long start = System.nanoTime();
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!javac.waitFor(10, TimeUnit.MINUTES) || javac.exitValue() != 0) {
      throw new IllegalStateException("javac failed (" + String.join(" ", options) + "):\n" + output);
    }
    return new Timed(Math.round((System.nanoTime() - start) / 1e5) / 10.0, output);
  }

  private static Path compile(Path work, String name, String classpath, List<String> options, String sources)
      throws Exception {
    Path classesDir = clean(work.resolve(name));
    javac(classpath, classesDir, clean(work.resolve(name + "-generated")), options, sources);
    return classesDir;
  }

  private static void record(Map<String, List<Double>> times, String variant, int rep, Timed run) {
    times.get(variant).add(run.millis());
    System.out.printf("[build] %-42s run %d: %7.0f ms%n", variant, rep + 1, run.millis());
  }

  /** The processor's own wall and CPU time, as {@link TimedCrosscheckProcessor} printed them. */
  private static double[] ownWork(String output) {
    for (String line : output.split("\\R")) {
      if (line.startsWith(TimedCrosscheckProcessor.PREFIX)) {
        String[] millis = line.substring(TimedCrosscheckProcessor.PREFIX.length()).strip().split(" ");
        return new double[] {Double.parseDouble(millis[0]), Double.parseDouble(millis[1])};
      }
    }
    throw new IllegalStateException("the timed processor printed no times:\n" + output);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String quoted(Path file) {
    return "\"" + file.toString().replace("\\", "/") + "\"";
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Where {@link EmptyProcessor} was loaded from: the harness's classes. */
  private static String ownClasses() throws Exception {
    return Path.of(EmptyProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
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
