package dev.crosscheck.it.deployment;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * A class with a root template that the main application does not deploy as a root: there
 * {@link ClaimedResource} serves {@code claimed} with another policy, and this class is reached
 * only as the sub-resource of {@link LocatorResource}. Serving as a sub-resource, it serves no
 * root template, so it conflicts with nothing.
 */
@Path("claimed")
@CrossOrigin(origins = "https://other.example.com")
public class ClaimedElsewhereResource {
  @GET
  public String get() {
    return "elsewhere";
  }
}
