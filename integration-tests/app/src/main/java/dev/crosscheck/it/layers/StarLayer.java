package dev.crosscheck.it.layers;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * The hand-written layer of every CORS tutorial, adding {@code Access-Control-Allow-Origin: *} to
 * every response. Its priority puts it after the response filters at the default priority, where
 * Crosscheck's used to run: it writes after them. Not a {@code @Provider}: only {@link
 * LayeredApplication} registers it.
 */
@Priority(100)
@SuppressWarnings("CORS086") // the second layer these tests are about
public class StarLayer implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().add("Access-Control-Allow-Origin", "*");
  }
}
