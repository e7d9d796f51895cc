package dev.crosscheck.bench.e2e;

import dev.crosscheck.bench.report.ResultsFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests per second of the notes API under wrk, on loopback, for each variant of
 * {@link E2eServer}, in rounds (each round starting with the next variant), each run bounded
 * in time: a warm-up (the JIT needs about 15 s of load on two cores to settle), then the measured run.
 * Every server is a child JVM on this class path, stopped (and if need be killed) when its run
 * ends.
 *
 * <p>{@code EndToEnd <out.json> <class path dir> [warmupSeconds] [seconds] [rounds] [connections]}; the
 * class path dir holds {@code e2e.txt}, written by the build: the harness's dependencies without
 * the generated scales (the notes API's filter would merge their routes into its table).
 */
public final class EndToEnd {

  private EndToEnd() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path classpathDir = Path.of(args[1]);
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    int connections = args.length > 5 ? Integer.parseInt(args[5]) : 16;
    Files.createDirectories(out.toAbsolutePath().getParent());
    Map<String, Object> result = run(serverClasspath(classpathDir), out.toAbsolutePath().getParent(), warmup, seconds,
        rounds, connections);
    ResultsFile.write(out, result);
    System.out.println("[e2e] wrote " + out);
  }

  /** This module's classes and its dependencies without the generated scales. */
  public static String serverClasspath(Path classpathDir) throws IOException, java.net.URISyntaxException {
    String classes = Path.of(EndToEnd.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    return classes + java.io.File.pathSeparator + Files.readString(classpathDir.resolve("e2e.txt")).strip();
  }

  public static Map<String, Object> run(String classpath, Path workDir, int warmup, int seconds, int rounds, int connections)
      throws Exception {
    Path script = workDir.resolve("mix.lua");
    Files.writeString(script, Mix.wrkScript());
    List<Object> runs = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      // Each round starts with the next variant, so that none always runs first or last.
      for (int i = 0; i < E2eServer.VARIANTS.length; i++) {
        String variant = E2eServer.VARIANTS[(i + round - 1) % E2eServer.VARIANTS.length];
        System.out.printf("[e2e] round %d/%d: %s%n", round, rounds, variant);
        runs.add(runOne(classpath, workDir, script, variant, round, warmup, seconds, connections));
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("tool", wrkVersion());
    result.put("runtime", "the notes API (`examples/notes-api`) on Jersey "
        + dev.crosscheck.bench.report.Results.versions().get("jersey") + " + Grizzly, started through `SeBootstrap`");
    result.put("threads", 1);
    result.put("connections", connections);
    result.put("warmupSeconds", warmup);
    result.put("seconds", seconds);
    result.put("rounds", rounds);
    List<Object> mix = new ArrayList<>();
    for (Mix.Request r : Mix.REQUESTS) {
      mix.add(r.kind() + " " + r.method() + " " + r.path() + (r.headers().isEmpty() ? "" : " " + r.headers().keySet()));
    }
    result.put("mix", mix);
    result.put("runs", runs);
    return result;
  }

  private static Map<String, Object> runOne(String classpath, Path workDir, Path script, String variant, int round,
      int warmup, int seconds, int connections) throws Exception {
    int port = freePort();
    Path log = workDir.resolve("server-" + variant + "-" + round + ".log");
    Process server = startServer(classpath, variant, port, log);
    try {
      URI base = URI.create("http://127.0.0.1:" + port + "/");
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("variant", variant);
      run.put("round", round);
      run.put("started", Instant.now().toString());
      List<Object> answers = new ArrayList<>();
      for (Mix.Answer a : Mix.check(base)) {
        answers.add(a.request().method() + " " + a.request().path() + " " + a.request().kind() + " -> " + a.status()
            + (a.allowOrigin() == null ? "" : " ACAO=" + a.allowOrigin()));
      }
      run.put("answers", answers);
      wrk(script, base, warmup, connections); // warm-up, discarded
      double cpuBefore = cpuSeconds(server);
      Map<String, Object> measured = wrk(script, base, seconds, connections);
      double cpuAfter = cpuSeconds(server);
      run.putAll(measured);
      if (!Double.isNaN(cpuBefore) && !Double.isNaN(cpuAfter) && measured.get("requests") != null) {
        // The server JVM's CPU time (all its threads: Grizzly, Jersey, JIT, GC) per request served.
        run.put("serverCpuMicrosPerRequest",
            Math.round((cpuAfter - cpuBefore) * 1e6 / (Double) measured.get("requests") * 100) / 100.0);
      }
      System.out.printf("[e2e]   %s: %s requests/s%n", variant, measured.get("requestsPerSecond"));
      return run;
    } finally {
      stop(server);
    }
  }

  /** CPU seconds the process has used so far, or NaN where the platform does not say. */
  static double cpuSeconds(Process process) {
    return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  /** Starts {@link E2eServer} as a child JVM and waits until it serves. */
  public static Process startServer(String classpath, String variant, int port, Path log) throws Exception {
    if (!variant.equals("crosscheck")) {
      // crosscheck-runtime deploys the generated feature on Jersey even with service loading off
      // (its own ForcedAutoDiscoverable): the variants without Crosscheck run without its jar.
      classpath = java.util.Arrays.stream(classpath.split(java.io.File.pathSeparator))
          .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("crosscheck-runtime"))
          .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xms512m", "-Xmx512m", "-cp", classpath,
        E2eServer.class.getName(), variant, Integer.toString(port));
    builder.redirectError(log.toFile());
    Process process = builder.start();
    // A server never outlives its runner: it stops when its standard input closes, which happens
    // when this JVM exits however it exits; the hook covers the ordinary ways faster.
    Thread hook = new Thread(process::destroy);
    Runtime.getRuntime().addShutdownHook(hook);
    process.onExit().thenRun(() -> {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // already running hooks
      }
    });
    BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    String line;
    while ((line = stdout.readLine()) != null) {
      if (line.startsWith("READY")) {
        return process;
      }
      if (System.nanoTime() > deadline) {
        break;
      }
    }
    stop(process);
    throw new IllegalStateException("the " + variant + " server did not start; see " + log);
  }

  public static void stop(Process server) throws InterruptedException {
    try {
      server.getOutputStream().close(); // E2eServer stops when its standard input closes
    } catch (IOException ignored) {
      // already gone
    }
    if (!server.waitFor(20, TimeUnit.SECONDS)) {
      server.destroy();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor();
      }
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
  private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|75|90|99)%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
  private static final Pattern AVERAGE = Pattern.compile("Latency\\s+([\\d.]+)(us|ms|s)");

  /** One wrk run; its numbers, and its output as it printed it. */
  static Map<String, Object> wrk(Path script, URI base, int seconds, int connections) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--timeout", "5s",
        "--latency", "-s", script.toString(), base.toString()).redirectErrorStream(true);
    Process wrk = builder.start();
    String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
      wrk.destroyForcibly();
      throw new IllegalStateException("wrk did not finish");
    }
    if (wrk.exitValue() != 0) {
      throw new IllegalStateException("wrk failed (" + wrk.exitValue() + "):\n" + output);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("requestsPerSecond", group(RPS, output, 1));
    Matcher total = TOTAL.matcher(output);
    if (total.find()) {
      result.put("requests", Double.parseDouble(total.group(1)));
    }
    Matcher average = AVERAGE.matcher(output);
    if (average.find()) {
      result.put("latencyAverageMs", millis(average.group(1), average.group(2)));
    }
    Matcher percentile = PERCENTILE.matcher(output);
    while (percentile.find()) {
      result.put("latencyP" + percentile.group(1) + "Ms", millis(percentile.group(2), percentile.group(3)));
    }
    Matcher non2xx = NON_2XX.matcher(output);
    result.put("non2xx", non2xx.find() ? Double.parseDouble(non2xx.group(1)) : 0.0);
    Matcher errors = ERRORS.matcher(output);
    result.put("socketErrors", errors.find()
        ? Double.parseDouble(errors.group(1)) + Double.parseDouble(errors.group(2)) + Double.parseDouble(errors.group(3))
            + Double.parseDouble(errors.group(4))
        : 0.0);
    result.put("wrkOutput", output.strip());
    return result;
  }

  private static Double group(Pattern pattern, String text, int group) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Double.parseDouble(m.group(group)) : null;
  }

  private static double millis(String value, String unit) {
    double v = Double.parseDouble(value);
    return switch (unit) {
      case "us" -> v / 1000;
      case "s" -> v * 1000;
      default -> v;
    };
  }

  /** {@code wrk 4.1.0 [epoll] ...}, first line of {@code wrk -v}. */
  static String wrkVersion() {
    try {
      Process p = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(10, TimeUnit.SECONDS);
      String first = text.lines().findFirst().orElse("wrk");
      int copyright = first.indexOf("Copyright");
      return (copyright > 0 ? first.substring(0, copyright) : first).strip();
    } catch (Exception e) {
      return "wrk (version unknown)";
    }
  }

  /** Whether wrk can be run here. */
  public static boolean wrkAvailable() {
    try {
      Process p = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor(10, TimeUnit.SECONDS);
      return true;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
