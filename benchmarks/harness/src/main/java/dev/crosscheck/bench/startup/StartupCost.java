package dev.crosscheck.bench.startup;

import static dev.crosscheck.bench.report.Results.median;

import dev.crosscheck.bench.gen.ResourceGenerator;
import dev.crosscheck.bench.report.Results;
import dev.crosscheck.bench.report.ResultsFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What Crosscheck adds to an application's start, at 100 to 20,000 resource methods: generated
 * resource classes ({@link ResourceGenerator}, 13 methods per 10 paths) are compiled with the
 * processor and without it; then, in fresh JVMs, interleaved, {@link StartupProbe} builds the
 * engine from the generated table (its first build in the JVM, a warm build, the heap it keeps),
 * and starts Jersey with the same resources, without Crosscheck and then with it; what Crosscheck
 * adds is the median of each repetition's difference, which varies less than the starts do.
 *
 * <p>{@code StartupCost <out.json> <class path dir> [repetitions (5)] [methods...]}; the class path
 * dir holds {@code javac.txt}, {@code processor.txt} and {@code startup.txt} (Jersey with Grizzly
 * and the runtime, nothing else that carries a table), written by the build.
 */
public final class StartupCost {

  static final String PACKAGE = "dev.crosscheck.bench.startup.app";
  static final int PATHS_PER_CLASS = 10;
  static final int[] DEFAULT_METHODS = {100, 1_000, 10_000, 20_000};

  private StartupCost() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path classpathDir = Path.of(args[1]);
    int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int[] methods = DEFAULT_METHODS;
    if (args.length > 3) {
      methods = new int[args.length - 3];
      for (int i = 3; i < args.length; i++) {
        methods[i - 3] = Integer.parseInt(args[i]);
      }
    }
    ResultsFile.write(out, run(classpathDir, repetitions, methods));
    System.out.println("[startup] wrote " + out);
  }

  public static ResultsFile.Startup run(Path classpathDir, int repetitions, int... sizes) throws Exception {
    String javacPath = Files.readString(classpathDir.resolve("javac.txt")).strip();
    String processorPath = Files.readString(classpathDir.resolve("processor.txt")).strip();
    String serverPath = Files.readString(classpathDir.resolve("startup.txt")).strip();
    String own = Path.of(StartupProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    Path work = Files.createTempDirectory("crosscheck-startup");
    try {
      List<ResultsFile.StartupRow> rows = new ArrayList<>();
      for (int size : sizes) {
        int classes = Math.max(1, Math.round(size / 13f));
        Path dir = Files.createDirectories(work.resolve("m" + size));
        List<Path> sources = ResourceGenerator.write(dir.resolve("src"), PACKAGE, classes, PATHS_PER_CLASS);
        long methods = 0;
        List<String> classNames = new ArrayList<>();
        for (Path source : sources) {
          methods += Files.readAllLines(source).stream().filter(l -> l.startsWith("  public String ")).count();
          classNames.add(PACKAGE + "." + source.getFileName().toString().replace(".java", ""));
        }
        Path classList = Files.write(dir.resolve("classes.txt"), classNames, StandardCharsets.UTF_8);
        Path with = compile(dir, sources, "with", javacPath, List.of("-processorpath", processorPath));
        Path without = compile(dir, sources, "without", javacPath, List.of("-proc:none"));
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        List<Double> retained = new ArrayList<>();
        List<Double> startWith = new ArrayList<>();
        List<Double> startWithout = new ArrayList<>();
        List<Double> inStart = new ArrayList<>();
        for (int rep = 0; rep < repetitions; rep++) {
          String[] engine = probe(own + ":" + serverPath + ":" + with, "engine", PACKAGE);
          cold.add(Double.parseDouble(engine[1]));
          warm.add(Double.parseDouble(engine[2]));
          retained.add(Double.parseDouble(engine[3]) / (1024 * 1024));
          startWithout.add(Double.parseDouble(probe(own + ":" + serverPath + ":" + without, "server", classList.toString())[1]));
          String[] served = probe(own + ":" + serverPath + ":" + with, "server", classList.toString());
          startWith.add(Double.parseDouble(served[1]));
          inStart.add(Double.parseDouble(served[2]));
          if (inStart.get(rep) < 0) {
            throw new IllegalStateException("Crosscheck's debug log said nothing of its start in Jersey's: " + String.join(" ", served));
          }
          System.out.printf("[startup] %,6d methods run %d: engine %s ms cold, %s ms warm, %.1f MiB; Jersey start %s ms"
              + " without, %s ms with, of which Crosscheck %s ms%n", methods, rep + 1, engine[1], engine[2], retained.get(rep),
              startWithout.get(rep), startWith.get(rep), inStart.get(rep));
        }
        List<Double> added = new ArrayList<>();
        for (int rep = 0; rep < repetitions; rep++) {
          added.add(startWith.get(rep) - startWithout.get(rep));
        }
        rows.add(new ResultsFile.StartupRow(methods, classes, median(cold), median(warm), median(retained),
            median(startWithout), median(startWith), median(added), cold, startWithout, startWith, added,
            median(inStart), inStart));
      }
      return new ResultsFile.Startup(Instant.now().toString(), Results.commit(), Runtime.version().toString(),
          "Jersey 3.1 + Grizzly (SeBootstrap)", repetitions, rows);
    } finally {
      delete(work);
    }
  }

  private static Path compile(Path dir, List<Path> sources, String name, String classpath, List<String> options)
      throws IOException, InterruptedException {
    Path classes = Files.createDirectories(dir.resolve(name));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString()));
    command.addAll(options);
    command.addAll(List.of("-cp", classpath, "-d", classes.toString(), "-encoding", "UTF-8", "-nowarn", "-Xlint:none"));
    sources.forEach(s -> command.add(s.toString()));
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!javac.waitFor(10, TimeUnit.MINUTES) || javac.exitValue() != 0) {
      throw new IllegalStateException("javac (" + name + ") failed:\n" + output);
    }
    return classes;
  }

  /** Runs {@link StartupProbe} in a fresh JVM; the words of the line it printed for the measurement. */
  private static String[] probe(String classpath, String... args) throws IOException, InterruptedException {
    // A fixed heap, so that the size the JVM picks and its resizing add no noise of their own.
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xms1g", "-Xmx1g", "-cp", classpath, StartupProbe.class.getName()));
    command.addAll(List.of(args));
    Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!java.waitFor(10, TimeUnit.MINUTES) || java.exitValue() != 0) {
      throw new IllegalStateException("the start-up probe " + String.join(" ", args) + " failed:\n" + output);
    }
    return output.lines().filter(l -> l.startsWith(args[0] + " ")).findFirst()
        .orElseThrow(() -> new IllegalStateException("the probe printed no measurement:\n" + output)).split(" ");
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
