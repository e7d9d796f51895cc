package dev.crosscheck.it;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;

/**
 * Starts the application on whichever Jakarta REST runtime is on the class path, through the
 * portable {@link SeBootstrap}, on a free loopback port.
 */
final class ItServer implements AutoCloseable {

  private final SeBootstrap.Instance instance;
  private final int port;

  private ItServer(SeBootstrap.Instance instance, int port) {
    this.instance = instance;
    this.port = port;
  }

  static ItServer start(Application application) throws Exception {
    int port = freePort();
    SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
        .protocol("HTTP").host("127.0.0.1").port(port).rootPath("/").build();
    SeBootstrap.Instance instance = SeBootstrap.start(application, configuration).toCompletableFuture().get(60, TimeUnit.SECONDS);
    return new ItServer(instance, port);
  }

  static String runtime() {
    return System.getProperty("crosscheck.it.runtime", "unknown");
  }

  RawHttp http() {
    return new RawHttp(port);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws Exception {
    instance.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }
}
