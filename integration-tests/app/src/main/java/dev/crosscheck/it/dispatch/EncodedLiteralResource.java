package dev.crosscheck.it.dispatch;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * "a b" has 3 literal characters as written and 5 encoded ({@code a%20b}); "cdef" has 4 either
 * way. Jersey ranks by the first count, RESTEasy by the second, so {@code /encoded/a%20bcdef}
 * runs a different method on each.
 */
@Path("encoded")
public class EncodedLiteralResource {
  @GET
  @Path("a b{x}")
  public String closed() {
    return "closed";
  }

  @GET
  @Path("{x}cdef")
  @CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
  public String open() {
    return "open";
  }
}
