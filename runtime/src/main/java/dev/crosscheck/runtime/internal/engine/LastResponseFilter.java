package dev.crosscheck.runtime.internal.engine;

import dev.crosscheck.runtime.internal.answer.OneCorsLayer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.io.IOException;

/**
 * The response filter that runs after every other one ({@link OneCorsLayer#LAST}), registered
 * beside the filter by the generated features. Two jobs, each costing other responses one lookup:
 *
 * <ul>
 *   <li>a preflight the filter answered gets back exactly the CORS headers Crosscheck gave it,
 *       whatever another layer's response filter added ({@link OneCorsLayer});
 *   <li>an error the runtime answers before any resource method runs (a 400 for an unparseable
 *       {@code Content-Type}, a 406, a 415; status 400 and above) goes to the filter's response
 *       side, which gives it the grant of its route.
 * </ul>
 *
 * Where the filter is registered by hand with every contract (Apache CXF), its own response side
 * does both.
 */
@Priority(OneCorsLayer.LAST) // Jersey takes a filter's priority from its class, not from its registration
public final class LastResponseFilter implements ContainerResponseFilter {

  private final ContainerResponseFilter filter;

  public LastResponseFilter(ContainerResponseFilter filter) {
    this.filter = filter;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
    if (!OneCorsLayer.restorePreflight(request, response) && response.getStatus() >= 400) {
      filter.filter(request, response);
    }
  }
}
