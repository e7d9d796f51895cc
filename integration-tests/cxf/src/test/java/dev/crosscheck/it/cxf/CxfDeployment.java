package dev.crosscheck.it.cxf;

import dev.crosscheck.it.GeneratedCorsFilter;
import dev.crosscheck.it.ItDeployment;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.net.ServerSocket;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;

/**
 * The application on Apache CXF, which loads no {@code Feature} services: the application
 * registers the generated filter itself, with the one line the README shows, and nothing else.
 * Served by CXF's Jetty transport under {@code /shop/api}.
 */
public final class CxfDeployment implements ItDeployment {

  static final String BASE_PATH = "/shop/api";

  @Override
  public Running start(Application application) throws Exception {
    int port = freePort();
    JAXRSServerFactoryBean factory = RuntimeDelegate.getInstance().createEndpoint(application, JAXRSServerFactoryBean.class);
    factory.setAddress("http://127.0.0.1:" + port + BASE_PATH);
    factory.setProvider(new GeneratedCorsFilter());
    Server server = factory.create();
    return Running.of(port, BASE_PATH, () -> {
      server.stop();
      server.destroy();
    });
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
