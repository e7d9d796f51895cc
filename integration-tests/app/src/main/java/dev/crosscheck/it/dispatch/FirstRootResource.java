package dev.crosscheck.it.dispatch;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Ranked before {@link SecondRootResource} for {@code /bt/...} (two literal characters against
 * none), but serves only {@code /bt/one}: Jersey then goes back and tries the next root.
 */
@Path("bt")
public class FirstRootResource {
  @GET
  @Path("one")
  public String closed() {
    return "closed";
  }
}
