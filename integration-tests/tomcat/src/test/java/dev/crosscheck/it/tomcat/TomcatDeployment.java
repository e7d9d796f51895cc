package dev.crosscheck.it.tomcat;

import dev.crosscheck.it.ItDeployment;
import dev.crosscheck.it.ServerProcess;
import jakarta.servlet.ServletException;
import jakarta.ws.rs.core.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The application as a web application deploys it: Jersey's servlet in an embedded Tomcat 10.1,
 * under the context path {@code /shop}, mapped to {@code /api/*} as an {@code
 * @ApplicationPath("api")} would be. The servlet is loaded at start, so a bad configuration fails
 * the start with its cause.
 */
public final class TomcatDeployment implements ItDeployment {

  static final String CONTEXT_PATH = "/shop";
  static final String SERVLET_PATH = "/api";

  @Override
  public Running start(Application application) throws Exception {
    Path base = Files.createTempDirectory("crosscheck-tomcat");
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    Connector connector = loopbackConnector(tomcat);
    Context context = tomcat.addContext(CONTEXT_PATH, base.toString());
    Wrapper jersey = Tomcat.addServlet(context, "jersey", new ServletContainer(ResourceConfig.forApplication(application)));
    context.addServletMappingDecoded(SERVLET_PATH + "/*", "jersey");
    try {
      tomcat.start();
      // Initializes the servlet now, and throws what its start threw; handed back at once, or
      // Tomcat's stop would wait for it to be returned.
      jersey.deallocate(jersey.allocate());
    } catch (ServletException | RuntimeException e) {
      stop(tomcat, base);
      throw e;
    }
    int port = connector.getLocalPort();
    return Running.of(port, CONTEXT_PATH + SERVLET_PATH, () -> stop(tomcat, base));
  }

  /** Tomcat's one connector, on a free loopback port. */
  public static Connector loopbackConnector(Tomcat tomcat) {
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.getService().addConnector(connector);
    tomcat.setConnector(connector);
    return connector;
  }

  private static void stop(Tomcat tomcat, Path base) throws Exception {
    tomcat.stop();
    tomcat.destroy();
    ServerProcess.deleteTree(base);
  }
}
