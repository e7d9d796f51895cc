package dev.crosscheck.it.extra;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * Lives in its own jar, compiled on its own: its route reaches the application only through the
 * route source this jar lists, whichever jar's filter starts.
 */
@Path("extra")
@CrossOrigin(origins = "https://extra.example.com", methods = "GET", maxAge = 120)
public class ExtraResource {
  @GET
  public String get() {
    return "extra";
  }

  @POST
  public String post(String body) {
    return "extra posted";
  }
}
