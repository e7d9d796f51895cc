package dev.crosscheck.it.deployment;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** {@code claimed} as the main application deploys it. */
@Path("claimed")
@CrossOrigin(origins = "https://app.example.com")
public class ClaimedResource {
  @GET
  public String get() {
    return "claimed";
  }
}
