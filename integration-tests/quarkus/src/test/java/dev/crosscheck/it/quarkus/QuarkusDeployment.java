package dev.crosscheck.it.quarkus;

import dev.crosscheck.it.ItApplication;
import dev.crosscheck.it.ItDeployment;
import jakarta.ws.rs.core.Application;
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
 * Runs the suite against this module's Quarkus build: each start is {@code java -jar
 * quarkus-run.jar} on a free loopback port, with the Crosscheck settings a test has made
 * (system properties named {@code crosscheck.*} or {@code CROSSCHECK_*}) passed on, as an
 * operator would pass them. A start that fails ends the process: its output is the exception's
 * message, as a failed in-process start's exception would be.
 */
public final class QuarkusDeployment implements ItDeployment {

  private static final long START_TIMEOUT_SECONDS = 60;

  @Override
  public Running start(Application application) throws Exception {
    if (!(application instanceof ItApplication)) {
      throw new UnsupportedOperationException("the Quarkus build deploys the resources of ItApplication only, not "
          + application.getClass().getName());
    }
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
    command.addAll(List.of("-jar", app.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    while (!accepts(port)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException("Quarkus did not start (exit " + (process.isAlive() ? "none" : process.exitValue())
            + "):\n" + Files.readString(log, StandardCharsets.UTF_8));
      }
      Thread.sleep(50);
    }
    return new Running() {
      @Override
      public int port() {
        return port;
      }

      @Override
      public String basePath() {
        return "";
      }

      @Override
      public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(log);
      }
    };
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
