package dev.crosscheck.bench.subject;

import dev.crosscheck.bench.jaxrs.InMemoryRequest;
import dev.crosscheck.bench.jaxrs.InMemoryResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.util.List;

/**
 * A Jakarta REST filter pair driven the way a runtime drives a pre-matching filter: the request
 * filter; if it aborted (or threw a WebApplicationException, which the runtime turns into its
 * response) the resource is skipped; the response filter runs either way.
 */
abstract class JaxRsSubject implements Subject {

  static {
    // Response.ok() & co. go through the RuntimeDelegate. Both peers get Jersey's, the runtime of
    // the end-to-end run; set explicitly because RESTEasy's is on the class path too.
    RuntimeDelegate.setInstance(new org.glassfish.jersey.server.internal.RuntimeDelegateImpl());
  }

  private InMemoryRequest request;
  private final InMemoryResponse response = new InMemoryResponse();
  private ContainerRequestFilter requestFilter;
  private ContainerResponseFilter responseFilter;
  private Object last;

  /**
   * The filters for this table, as the runtime would run them for this case's request: the
   * request and response side may be one object.
   */
  abstract Object filter(int scale, Case c) throws Exception;

  @Override
  public final void prepare(int scale, Case c) throws Exception {
    Object filter = filter(scale, c);
    requestFilter = (ContainerRequestFilter) filter;
    responseFilter = (ContainerResponseFilter) filter;
    request = new InMemoryRequest(c.method, Tables.path(scale, c.pathKind));
    if (c.origin != null) {
      request.header("Origin", c.origin);
    }
    if (c.requestMethod != null) {
      request.header("Access-Control-Request-Method", c.requestMethod);
    }
    if (c.requestHeaders != null) {
      request.header("Access-Control-Request-Headers", c.requestHeaders);
    }
  }

  @Override
  public final Object handle() throws Exception {
    request.reset();
    response.reset();
    try {
      requestFilter.filter(request);
    } catch (WebApplicationException e) {
      request.abortWith(e.getResponse());
    }
    responseFilter.filter(request, response);
    Response aborted = request.aborted();
    return last = aborted != null ? aborted : response;
  }

  @Override
  public final Outcome outcome() {
    if (last instanceof Response r) {
      return new Outcome(r.getStatus(), r.getHeaderString("Access-Control-Allow-Origin"),
          r.getHeaderString("Access-Control-Allow-Methods"), r.getHeaderString("Access-Control-Allow-Headers"),
          r.getHeaderString("Access-Control-Allow-Credentials"), r.getHeaderString("Vary"));
    }
    return new Outcome(response.getStatus(), joined(response, "Access-Control-Allow-Origin"),
        joined(response, "Access-Control-Allow-Methods"), joined(response, "Access-Control-Allow-Headers"),
        joined(response, "Access-Control-Allow-Credentials"), joined(response, "Vary"));
  }

  private static String joined(InMemoryResponse response, String name) {
    List<Object> values = response.getHeaders().get(name);
    return values == null ? null : response.getHeaderString(name);
  }
}
