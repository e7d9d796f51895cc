package dev.crosscheck.it.quarkus;

import dev.crosscheck.it.ItApplication;
import dev.crosscheck.it.ItDeployment;
import jakarta.ws.rs.core.Application;
import java.util.List;

/**
 * Runs the suite against this module's Quarkus build, which deploys the resources of {@link
 * ItApplication} (and of its subclasses, which differ only in settings Quarkus does not read).
 */
public final class QuarkusDeployment implements ItDeployment {

  @Override
  public Running start(Application application) throws Exception {
    if (!(application instanceof ItApplication)) {
      throw new UnsupportedOperationException("the Quarkus build deploys the resources of ItApplication only, not "
          + application.getClass().getName());
    }
    QuarkusProcess process = QuarkusProcess.start(List.of());
    return Running.of(process.port(), "", process);
  }
}
