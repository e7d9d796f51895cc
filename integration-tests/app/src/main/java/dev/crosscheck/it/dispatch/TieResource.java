package dev.crosscheck.it.dispatch;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Two templates with the same literal characters, variables and regular expressions, which both
 * match {@code /tie/x-x}: a tie that each runtime breaks its own way.
 */
@Path("tie")
public class TieResource {
  @GET
  @Path("{a}-x")
  @CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
  public String open() {
    return "open";
  }

  @GET
  @Path("x-{b}")
  public String closed() {
    return "closed";
  }
}
