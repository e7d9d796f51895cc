package dev.crosscheck.it.undertow;

import dev.crosscheck.it.ItDeployment;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import jakarta.ws.rs.core.Application;
import java.net.InetSocketAddress;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.servlet.HttpServlet30Dispatcher;
import org.jboss.resteasy.plugins.server.servlet.ResteasyContextParameters;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * The application as WildFly deploys it: RESTEasy's servlet in Undertow's servlet container, under
 * the context path {@code /shop}, mapped to {@code /api/*} as an {@code @ApplicationPath("api")}
 * would be. The servlet is loaded at start, so a bad configuration fails the start.
 */
public final class UndertowServletDeployment implements ItDeployment {

  static final String CONTEXT_PATH = "/shop";
  static final String SERVLET_PATH = "/api";

  @Override
  public Running start(Application application) throws Exception {
    ResteasyDeployment resteasy = new ResteasyDeploymentImpl();
    resteasy.setApplication(application);
    DeploymentInfo deployment = Servlets.deployment()
        .setClassLoader(UndertowServletDeployment.class.getClassLoader())
        .setContextPath(CONTEXT_PATH)
        .setDeploymentName("crosscheck-it")
        .addServletContextAttribute(ResteasyDeployment.class.getName(), resteasy)
        .addServlet(Servlets.servlet("resteasy", HttpServlet30Dispatcher.class)
            .setAsyncSupported(true)
            .setLoadOnStartup(1)
            .addInitParam(ResteasyContextParameters.RESTEASY_SERVLET_MAPPING_PREFIX, SERVLET_PATH)
            .addMapping(SERVLET_PATH + "/*"));
    DeploymentManager manager = Servlets.newContainer().addDeployment(deployment);
    manager.deploy();
    Undertow server;
    try {
      server = Undertow.builder()
          .addHttpListener(0, "127.0.0.1")
          .setHandler(Handlers.path().addPrefixPath(CONTEXT_PATH, manager.start()))
          .build();
    } catch (Exception e) {
      manager.undeploy();
      throw e;
    }
    server.start();
    int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    return Running.of(port, CONTEXT_PATH + SERVLET_PATH, () -> {
      server.stop();
      manager.stop();
      manager.undeploy();
    });
  }
}
