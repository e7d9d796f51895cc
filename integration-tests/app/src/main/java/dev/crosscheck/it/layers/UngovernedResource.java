package dev.crosscheck.it.layers;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A route no policy governs: the other layers answer it alone. */
@Path("ungoverned")
public class UngovernedResource {
  @GET
  public String get() {
    return "ungoverned";
  }
}
