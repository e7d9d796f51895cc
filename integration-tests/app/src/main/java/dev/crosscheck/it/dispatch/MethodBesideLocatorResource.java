package dev.crosscheck.it.dispatch;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * A method whose last variable matches the empty string beside a locator on the same prefix:
 * {@code /mixed/a/} can reach either.
 */
@Path("mixed")
public class MethodBesideLocatorResource {
  @GET
  @Path("a/{rest: .*}")
  public String closed() {
    return "closed";
  }

  @Path("a")
  public OpenSubResource sub() {
    return new OpenSubResource();
  }
}
