package dev.crosscheck.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A server started as its own process, as an operator starts it (an application server's start
 * script, {@code java -jar}), for the runtime modules whose server cannot run inside the test's
 * JVM. It is ready when its port accepts connections and its log shows {@code ready}; a process
 * that ends first, or a log that shows {@code failed}, fails the start with the log.
 */
public final class ServerProcess implements AutoCloseable {

  /** Whether {@link #suiteWar} is the WAR of an application that declares nothing. */
  public static final String SCANNED = "crosscheck.it.scannedWar";

  private final Process process;
  private final Path log;

  private ServerProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * @param environment added to this process's environment
   * @param ready a line of the log that says the server serves
   * @param failed a line of the log that says the start failed, or null
   */
  public static ServerProcess start(String name, List<String> command, Map<String, String> environment, Path directory,
      int port, String ready, String failed, Duration timeout) throws Exception {
    Path log = Files.createTempFile("crosscheck-" + name + "-", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    ServerProcess started = new ServerProcess(builder.start(), log);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!(accepts(port) && started.log().contains(ready))) {
      String output = started.log();
      if (!started.process.isAlive() || System.nanoTime() > deadline || (failed != null && output.contains(failed))) {
        started.close();
        throw new IllegalStateException(name + " did not start:\n" + output);
      }
      Thread.sleep(100);
    }
    return started;
  }

  /**
   * The Crosscheck settings a test has made in this JVM (system properties named {@code
   * crosscheck.*} but not {@code crosscheck.it.*}, or {@code CROSSCHECK_*}), as {@code -D} options
   * for the server's JVM.
   */
  public static List<String> crosscheckSettings() {
    List<String> options = new ArrayList<>();
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> (name.startsWith("crosscheck.") && !name.startsWith("crosscheck.it.")) || name.startsWith("CROSSCHECK_"))
        .sorted()
        .forEach(name -> options.add("-D" + name + "=" + System.getProperty(name)));
    return options;
  }

  /** What the server has logged so far. */
  public String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /**
   * Stops the server and what its start script started: the script's children first, while the
   * script is there to reap them (a process whose parent is gone stays a zombie where nothing
   * else reaps it, and its exit is never seen), then the script.
   */
  @Override
  public void close() throws Exception {
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroy);
    for (ProcessHandle child : children) {
      try {
        child.onExit().get(30, TimeUnit.SECONDS);
      } catch (TimeoutException stuck) {
        child.destroyForcibly();
      }
    }
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    Files.deleteIfExists(log);
  }

  /** Deletes a directory a server used (its base, its work files) and everything in it; nothing where it is gone. */
  public static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  /**
   * The suite's WAR ({@code crosscheck-it-war}), for a server that deploys it: it deploys the
   * resources of {@link ItApplication}, so a test that starts another application cannot run there.
   * Where the system property {@value #SCANNED} is {@code true}, the WAR rewritten as one whose
   * application declares nothing, so that the server deploys what it scans ({@link ScannedWar}).
   */
  public static Path suiteWar(jakarta.ws.rs.core.Application application) throws IOException {
    if (application.getClass() != ItApplication.class) {
      throw new UnsupportedOperationException("the WAR deploys the resources of ItApplication only, not "
          + application.getClass().getName());
    }
    Path war = required("crosscheck.it.war");
    if (!Boolean.getBoolean(SCANNED)) {
      return war;
    }
    Path scanned = Files.createTempFile("crosscheck-scanned-shop-", ".war");
    scanned.toFile().deleteOnExit();
    ScannedWar.write(war, application.getClasses(), ScannedShopApplication.class, jar -> true, scanned);
    return scanned;
  }

  /** The path of a file a module's build put there, named by a system property. */
  public static Path required(String property) {
    String value = System.getProperty(property);
    if (value == null || !Files.exists(Path.of(value))) {
      throw new IllegalStateException("the system property " + property + " names no file (" + value
          + "): the module's build puts it there before the tests run");
    }
    return Path.of(value);
  }
}
