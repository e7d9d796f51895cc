package dev.crosscheck.runtime.filter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.io.IOException;

/**
 * Hands the filter's response side the error responses only (status 400 and above), so that an
 * error the runtime answers before any resource method runs (a 400 for an unparseable {@code
 * Content-Type}, a 406, a 415) gets the grant of its route, and every other response costs one
 * status check. Registered beside the filter by the generated features; where the filter is
 * registered by hand with every contract (Apache CXF), its response side sees every response
 * anyway.
 */
final class RuntimeErrorResponses implements ContainerResponseFilter {

  private final ContainerResponseFilter filter;

  RuntimeErrorResponses(ContainerResponseFilter filter) {
    this.filter = filter;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
    if (response.getStatus() >= 400) {
      filter.filter(request, response);
    }
  }
}
