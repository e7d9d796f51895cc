package dev.crosscheck.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** No policy: CORS must leave it exactly as the application answers. */
@Path("plain")
public class PlainResource {
  @GET
  public String get() {
    return "plain";
  }

  @OPTIONS
  public Response options() {
    return Response.ok("plain options").header("X-Plain", "yes").build();
  }
}
