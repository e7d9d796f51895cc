package dev.crosscheck.it.dispatch;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Reached for {@code /bt/two} only by a runtime that backtracks from {@link FirstRootResource}. */
@Path("{root: b[a-z]}")
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
public class SecondRootResource {
  @GET
  @Path("two")
  public String open() {
    return "open";
  }
}
