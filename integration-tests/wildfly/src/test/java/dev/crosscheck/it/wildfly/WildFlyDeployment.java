package dev.crosscheck.it.wildfly;

import dev.crosscheck.it.ItDeployment;
import dev.crosscheck.it.ServerProcess;
import jakarta.ws.rs.core.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The suite's WAR ({@code crosscheck-it-war}: {@code shop.war}, {@code @ApplicationPath("api")})
 * deployed unchanged to WildFly (RESTEasy), as its users deploy one: dropped into {@code
 * standalone/deployments} of the distribution this module's build unpacked, then {@code
 * bin/standalone.sh}, on loopback, every port a free one, with the Crosscheck
 * settings a test has made as system properties of the server.
 */
public final class WildFlyDeployment implements ItDeployment {

  @Override
  public Running start(Application application) throws Exception {
    Path war = ServerProcess.suiteWar(application);
    Path home = ServerProcess.required("crosscheck.it.wildflyHome");
    Path deployments = home.resolve("standalone/deployments");
    try (var old = Files.list(deployments)) {
      for (Path file : old.filter(f -> f.getFileName().toString().startsWith("shop.war")).toList()) {
        Files.delete(file); // markers of the previous start (shop.war.deployed, .failed)
      }
    }
    Files.copy(war, deployments.resolve("shop.war"), StandardCopyOption.REPLACE_EXISTING);
    // Every port WildFly opens on loopback, each a free one (an offset from its defaults could land
    // one of them on a port in use); its transaction manager's two ports have no property.
    int[] ports = distinctFreePorts(5);
    int port = ports[0];
    List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/standalone.sh").toString(),
        "-b", "127.0.0.1", "-bmanagement", "127.0.0.1", "-Djboss.http.port=" + port, "-Djboss.https.port=" + ports[1],
        "-Djboss.management.http.port=" + ports[2], "-Djboss.management.https.port=" + ports[3],
        "-Djboss.ajp.port=" + ports[4]));
    command.addAll(ServerProcess.crosscheckSettings());
    ServerProcess server = ServerProcess.start("wildfly", command,
        Map.of("JAVA_HOME", System.getProperty("java.home")), home, port,
        "WFLYSRV0025", "WFLYSRV0026", Duration.ofSeconds(180));
    return Running.of(port, "/shop/api", server);
  }

  private static int[] distinctFreePorts(int count) throws java.io.IOException {
    java.util.Set<Integer> ports = new java.util.LinkedHashSet<>();
    while (ports.size() < count) {
      ports.add(ServerProcess.freePort());
    }
    return ports.stream().mapToInt(Integer::intValue).toArray();
  }
}
