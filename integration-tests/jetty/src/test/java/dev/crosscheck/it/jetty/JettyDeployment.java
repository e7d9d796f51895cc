package dev.crosscheck.it.jetty;

import dev.crosscheck.it.ItDeployment;
import jakarta.ws.rs.core.Application;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The application as a web application deploys it: Jersey's servlet in Jetty 12 (ee10), under the
 * context path {@code /shop}, mapped to {@code /api/*} as an {@code @ApplicationPath("api")}
 * would be. The servlet starts with the server, so a bad configuration fails the start.
 */
public final class JettyDeployment implements ItDeployment {

  static final String CONTEXT_PATH = "/shop";
  static final String SERVLET_PATH = "/api";

  @Override
  public Running start(Application application) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler(CONTEXT_PATH);
    ServletHolder jersey = new ServletHolder(new ServletContainer(ResourceConfig.forApplication(application)));
    jersey.setInitOrder(1);
    context.addServlet(jersey, SERVLET_PATH + "/*");
    server.setHandler(context);
    try {
      server.start();
      if (!jersey.isAvailable()) {
        throw new IllegalStateException("Jersey's servlet did not start", jersey.getUnavailableException());
      }
    } catch (Exception e) {
      server.stop();
      throw e;
    }
    int port = connector.getLocalPort();
    return Running.of(port, CONTEXT_PATH + SERVLET_PATH, server::stop);
  }
}
