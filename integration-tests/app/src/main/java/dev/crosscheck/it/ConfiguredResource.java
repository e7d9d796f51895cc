package dev.crosscheck.it;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Origins from configuration, checked at start-up by the same rules as at compile time. */
@Path("configured")
@CrossOrigin(origins = "${CROSSCHECK_IT_ORIGINS:https://fallback.example.com}", allowCredentials = true)
public class ConfiguredResource {
  @GET
  public String get() {
    return "configured";
  }
}
