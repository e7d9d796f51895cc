package dev.crosscheck.examples.notes;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;

/**
 * The same page, the same calls and the same outcomes, with a second CORS layer in the API: a
 * filter that echoes any Origin with credentials and every method on every response, as old
 * applications carry. Chromium rejects a response with two {@code Access-Control-Allow-Origin}
 * headers, and the echo would open what the policies close; on every route a policy governs, the
 * browser sees Crosscheck's answer alone, so each call does what {@link BrowserTest} expects.
 */
class TwoLayersBrowserTest extends BrowserTest {

  /** The second layer. */
  @SuppressWarnings("CORS086") // the layer this test is about
  public static final class EchoEveryOrigin implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      String origin = request.getHeaderString("Origin");
      if (origin != null) {
        response.getHeaders().add("Access-Control-Allow-Origin", origin);
        response.getHeaders().add("Access-Control-Allow-Credentials", "true");
        response.getHeaders().add("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE");
        response.getHeaders().add("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-Id");
      }
    }
  }

  @Override
  Demo startDemo(int apiPort, int pagePort) throws Exception {
    Set<Class<?>> classes = new HashSet<>(new NotesApplication().getClasses());
    classes.add(EchoEveryOrigin.class);
    return Demo.start(apiPort, pagePort, new Application() {
      @Override
      public Set<Class<?>> getClasses() {
        return classes;
      }
    });
  }
}
