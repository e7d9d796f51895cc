package dev.crosscheck.it.payara;

import dev.crosscheck.it.ItDeployment;
import dev.crosscheck.it.ServerProcess;
import jakarta.ws.rs.core.Application;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The suite's WAR ({@code crosscheck-it-war}: {@code shop.war}, {@code @ApplicationPath("api")})
 * deployed unchanged to Payara Micro (Jersey), as its users start it: {@code java -jar
 * payara-micro.jar --deploy shop.war}, with the Crosscheck settings a test has made as system
 * properties of the server's JVM.
 */
public final class PayaraMicroDeployment implements ItDeployment {

  @Override
  public Running start(Application application) throws Exception {
    Path war = ServerProcess.suiteWar(application);
    Path payara = ServerProcess.required("crosscheck.it.payaraMicro");
    int port = ServerProcess.freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(ServerProcess.crosscheckSettings());
    command.addAll(List.of("-jar", payara.toString(), "--deploy", war.toString(), "--contextroot", "shop",
        "--port", Integer.toString(port), "--nocluster"));
    ServerProcess server = ServerProcess.start("payara-micro", command, Map.of(), war.getParent(), port,
        ") ready in", "Exception while loading the app", Duration.ofSeconds(180));
    return Running.of(port, "/shop/api", server);
  }
}
