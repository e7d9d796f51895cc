package dev.crosscheck.it.dispatch;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Reached for {@code /bt-x/two} only by going on from {@link FirstRootResource}. */
@Path("bt-{second}")
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
public class SecondRootResource {
  @GET
  @Path("two")
  public String open() {
    return "open";
  }
}
