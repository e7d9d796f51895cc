package dev.crosscheck.it.dispatch;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Three variables in one segment: a matcher that backtracks tries every split of a long run of
 * dashes between them.
 */
@Path("dated")
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
public class DatedResource {
  @GET
  @Path("{year}-{month}-{day}.json")
  public String open() {
    return "open dated";
  }
}
