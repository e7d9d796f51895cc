package dev.crosscheck.it.quarkus;

import dev.crosscheck.it.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * This module's Quarkus build, started as an operator starts it: {@code java -jar quarkus-run.jar}
 * on a free loopback port, with the Crosscheck settings a test has made (system properties named
 * {@code crosscheck.*} or {@code CROSSCHECK_*}) and any other options passed on. A start that fails
 * ends the process; its output is then the exception's message.
 */
final class QuarkusProcess implements AutoCloseable {

  private final ServerProcess process;
  private final int port;

  private QuarkusProcess(ServerProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  static QuarkusProcess start(List<String> options) throws Exception {
    Path app = Path.of(System.getProperty("crosscheck.it.quarkusApp"));
    if (!Files.isRegularFile(app)) {
      throw new IllegalStateException(app + " is missing: the suite runs after mvn package built the Quarkus application");
    }
    int port = ServerProcess.freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1"));
    command.addAll(ServerProcess.crosscheckSettings());
    command.addAll(options);
    command.addAll(List.of("-jar", app.toString()));
    // Quarkus accepts connections a moment before it has logged its start.
    ServerProcess process = ServerProcess.start("quarkus", command, Map.of(), app.getParent(), port, "Listening on",
        null, Duration.ofSeconds(60));
    return new QuarkusProcess(process, port);
  }

  int port() {
    return port;
  }

  /** What the application has printed so far. */
  String log() throws Exception {
    return process.log();
  }

  @Override
  public void close() throws Exception {
    process.close();
  }
}
