package dev.crosscheck.it;

import jakarta.ws.rs.core.Application;

/**
 * How a runtime module deploys the application under test: a module that runs the suite on
 * something other than {@link jakarta.ws.rs.SeBootstrap} (a servlet container, a Quarkus build)
 * lists its implementation in {@code META-INF/services/dev.crosscheck.it.ItDeployment} of its
 * test classes, and every test of the suite runs unchanged against it.
 */
public interface ItDeployment {

  /** Starts the application on a free loopback port. */
  Running start(Application application) throws Exception;

  /** A started deployment. */
  interface Running extends AutoCloseable {
    int port();

    /**
     * The path under which the application's resources are, without a trailing slash: empty at
     * the server's root, {@code /shop/api} under a context path and an {@code @ApplicationPath}.
     */
    String basePath();

    /** A deployment on {@code port} under {@code basePath}, which {@code stop} stops. */
    static Running of(int port, String basePath, AutoCloseable stop) {
      return new Running() {
        @Override
        public int port() {
          return port;
        }

        @Override
        public String basePath() {
          return basePath;
        }

        @Override
        public void close() throws Exception {
          stop.close();
        }
      };
    }
  }
}
