package dev.crosscheck.it.deployment;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** {@code twin} as {@link OtherApplication} deploys it, for another origin. */
@Path("twin")
@CrossOrigin(origins = "https://other.example.com")
public class OtherTwinResource {
  @GET
  @Produces("text/csv")
  public String get() {
    return "other twin";
  }
}
