package dev.crosscheck.it.tomee;

import dev.crosscheck.it.ServerProcess;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * TomEE started as its operators start it ({@code bin/catalina.sh run}) from the distribution
 * this module's build unpacked, with one WAR at {@code /shop}. Each start has a base directory of
 * its own ({@code CATALINA_BASE}: the distribution's configuration, its HTTP connector on a free
 * loopback port, no shutdown port, no other web application), deleted when it stops; the
 * Crosscheck settings a test made go to the server as system properties, through {@code
 * conf/catalina.properties}, which Tomcat turns into system properties as it starts.
 */
final class TomEeServer implements AutoCloseable {

  private final ServerProcess process;
  private final Path base;
  final int port;

  private TomEeServer(ServerProcess process, Path base, int port) {
    this.process = process;
    this.base = base;
    this.port = port;
  }

  static TomEeServer start(Path war) throws Exception {
    Path home = ServerProcess.required("crosscheck.it.tomeeHome");
    Path base = Files.createTempDirectory("crosscheck-tomee-");
    try {
      for (String directory : List.of("logs", "temp", "work", "webapps")) {
        Files.createDirectories(base.resolve(directory));
      }
      Files.copy(war, base.resolve("webapps/shop.war"));
      try (Stream<Path> files = Files.list(home.resolve("conf"))) {
        Files.createDirectories(base.resolve("conf"));
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.copy(file, base.resolve("conf").resolve(file.getFileName()));
        }
      }
      int port = ServerProcess.freePort();
      Path serverXml = base.resolve("conf/server.xml");
      String server = Files.readString(serverXml, StandardCharsets.UTF_8);
      String connector = "<Connector port=\"8080\" protocol=\"HTTP/1.1\"";
      if (!server.contains(connector) || !server.contains("<Server port=\"8005\"")) {
        throw new IllegalStateException("TomEE's conf/server.xml is not the one this test knows:\n" + server);
      }
      server = server.replace("<Server port=\"8005\"", "<Server port=\"-1\"")
          .replace(connector, "<Connector port=\"" + port + "\" address=\"127.0.0.1\" protocol=\"HTTP/1.1\"");
      Files.writeString(serverXml, server, StandardCharsets.UTF_8);
      Files.writeString(base.resolve("conf/catalina.properties"), "\n" + settings(), StandardCharsets.ISO_8859_1,
          java.nio.file.StandardOpenOption.APPEND);
      ServerProcess process = ServerProcess.start("tomee", List.of("bash", home.resolve("bin/catalina.sh").toString(), "run"),
          Map.of("JAVA_HOME", System.getProperty("java.home"), "CATALINA_HOME", home.toString(),
              "CATALINA_BASE", base.toString(), "CATALINA_PID", ""),
          base, port, "Server startup in", "startup failed due to previous errors", Duration.ofSeconds(180));
      return new TomEeServer(process, base, port);
    } catch (Exception | Error failed) {
      ServerProcess.deleteTree(base);
      throw failed;
    }
  }

  /** What the server has logged so far. */
  String log() throws IOException {
    return process.log();
  }

  @Override
  public void close() throws Exception {
    try {
      process.close();
    } finally {
      ServerProcess.deleteTree(base);
    }
  }

  /** The test's Crosscheck settings as lines of a properties file. */
  private static String settings() throws IOException {
    Properties properties = new Properties();
    for (String option : ServerProcess.crosscheckSettings()) {
      int equals = option.indexOf('=');
      properties.setProperty(option.substring(2, equals), option.substring(equals + 1));
    }
    StringWriter text = new StringWriter();
    properties.store(text, "Crosscheck settings of the test");
    return text.toString();
  }
}
