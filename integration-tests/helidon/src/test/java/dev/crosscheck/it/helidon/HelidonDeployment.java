package dev.crosscheck.it.helidon;

import dev.crosscheck.it.ItDeployment;
import io.helidon.microprofile.server.Server;
import jakarta.ws.rs.core.Application;

/**
 * The application as Helidon MP serves it: Helidon's CDI container and web server, Jersey inside,
 * the application instance handed to Helidon's server builder, and nothing of Crosscheck's
 * registered: the generated feature comes in as a service, as everywhere.
 */
public final class HelidonDeployment implements ItDeployment {

  @Override
  public Running start(Application application) {
    Server server = Server.builder()
        .host("127.0.0.1")
        .port(0)
        .addApplication(application)
        .build()
        .start();
    return Running.of(server.port(), "", server::stop);
  }
}
