package dev.crosscheck.it.deployment;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** {@code twin} as the main application deploys it. */
@Path("twin")
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
public class TwinResource {
  @GET
  @Produces("text/plain")
  public String get() {
    return "main twin";
  }
}
