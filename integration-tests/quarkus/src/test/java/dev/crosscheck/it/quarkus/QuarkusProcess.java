package dev.crosscheck.it.quarkus;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * This module's Quarkus build, started as an operator starts it: {@code java -jar quarkus-run.jar}
 * on a free loopback port, with the Crosscheck settings a test has made (system properties named
 * {@code crosscheck.*} or {@code CROSSCHECK_*}) and any other options passed on. A start that fails
 * ends the process; its output is then the exception's message.
 */
final class QuarkusProcess implements AutoCloseable {

  private static final long START_TIMEOUT_SECONDS = 60;

  private final Process process;
  private final int port;
  private final Path log;

  private QuarkusProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static QuarkusProcess start(List<String> options) throws Exception {
    Path app = Path.of(System.getProperty("crosscheck.it.quarkusApp"));
    if (!Files.isRegularFile(app)) {
      throw new IllegalStateException(app + " is missing: the suite runs after mvn package built the Quarkus application");
    }
    int port = freePort();
    Path log = Files.createTempFile("crosscheck-quarkus-", ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1"));
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> (name.startsWith("crosscheck.") && !name.startsWith("crosscheck.it.")) || name.startsWith("CROSSCHECK_"))
        .sorted()
        .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
    command.addAll(options);
    command.addAll(List.of("-jar", app.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    QuarkusProcess started = new QuarkusProcess(process, port, log);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    // Quarkus accepts connections a moment before it has logged its start.
    while (!accepts(port) || !started.log().contains("Listening on")) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        String output = started.log();
        started.close();
        throw new IllegalStateException("Quarkus did not start:\n" + output);
      }
      Thread.sleep(50);
    }
    return started;
  }

  int port() {
    return port;
  }

  /** What the application has printed so far. */
  String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    Files.deleteIfExists(log);
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
