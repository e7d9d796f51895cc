package dev.crosscheck.it.layers;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * The reflected-origin layer: echoes any Origin, with credentials, on every response, preflights
 * included, at the default priority (before Crosscheck's response filters). Not a {@code
 * @Provider}: only {@link LayeredApplication} registers it.
 */
@SuppressWarnings("CORS086") // the second layer these tests are about
public class EchoLayer implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString("Origin");
    if (origin != null) {
      response.getHeaders().add("Access-Control-Allow-Origin", origin);
      response.getHeaders().add("Access-Control-Allow-Credentials", "true");
      response.getHeaders().add("Access-Control-Allow-Methods", "GET, PUT, DELETE");
    }
  }
}
