package dev.crosscheck.it.tomee;

import dev.crosscheck.it.ItDeployment;
import dev.crosscheck.it.ServerProcess;
import jakarta.ws.rs.core.Application;

/**
 * The suite's resources on TomEE (Apache CXF), as a TomEE user deploys them: a WAR whose
 * application declares nothing, with nothing of Crosscheck's registered (this module's build
 * sets {@value ServerProcess#SCANNED}); TomEE deploys the resources it finds and the runtime
 * jar's {@code ScannedFeature}.
 */
public final class TomEeDeployment implements ItDeployment {

  @Override
  public Running start(Application application) throws Exception {
    TomEeServer server = TomEeServer.start(ServerProcess.suiteWar(application));
    return Running.of(server.port, "/shop/api", server);
  }
}
