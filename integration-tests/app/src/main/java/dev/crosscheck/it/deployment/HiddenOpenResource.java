package dev.crosscheck.it.deployment;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Compiled with the application, deployed by none: its literal path would outrank the catch-all. */
@Path("hidden")
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
public class HiddenOpenResource {
  @GET
  public String open() {
    return "open";
  }
}
