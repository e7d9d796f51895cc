package dev.crosscheck.it;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

/**
 * Starts the application on a free loopback port: through the {@link ItDeployment} the runtime
 * module's test classes list, or through the portable {@link SeBootstrap} on whichever Jakarta
 * REST runtime is on the class path.
 */
final class ItServer implements AutoCloseable {

  private final ItDeployment.Running running;

  private ItServer(ItDeployment.Running running) {
    this.running = running;
  }

  static ItServer start(Application application) throws Exception {
    ItDeployment deployment = ServiceLoader.load(ItDeployment.class).findFirst().orElseGet(SeBootstrapDeployment::new);
    return new ItServer(deployment.start(application));
  }

  static String runtime() {
    return System.getProperty("crosscheck.it.runtime", "unknown");
  }

  /** A client whose request paths are relative to the application's base path. */
  RawHttp http() {
    return new RawHttp(running.port(), running.basePath());
  }

  @Override
  public void close() throws Exception {
    running.close();
  }

  /** The default: {@link SeBootstrap} at the server's root. */
  private static final class SeBootstrapDeployment implements ItDeployment {
    @Override
    public Running start(Application application) throws Exception {
      int port = ServerProcess.freePort();
      SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
          .protocol("HTTP").host("127.0.0.1").port(port).rootPath("/").build();
      SeBootstrap.Instance instance = SeBootstrap.start(application, configuration).toCompletableFuture().get(60, TimeUnit.SECONDS);
      return Running.of(port, "", () -> instance.stop().toCompletableFuture().get(30, TimeUnit.SECONDS));
    }
  }
}
