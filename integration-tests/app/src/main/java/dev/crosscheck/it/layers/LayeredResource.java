package dev.crosscheck.it.layers;

import dev.crosscheck.CrossOrigin;
import dev.crosscheck.NoCrossOrigin;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** A route a policy governs, deployed beside other CORS layers ({@link LayeredApplication}). */
@Path("layered")
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true, exposedHeaders = "X-Layer")
public class LayeredResource {
  @GET
  public String get() {
    return "layered";
  }

  @PUT
  public String put(String body) {
    return body;
  }

  /** Closed to other origins by the user: no other layer may grant it either. */
  @DELETE
  @NoCrossOrigin
  public String delete() {
    return "deleted";
  }
}
