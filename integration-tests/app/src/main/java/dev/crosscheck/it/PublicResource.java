package dev.crosscheck.it;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Public read-only data: any origin may read, with any header but Authorization; nobody may write cross-origin. */
@Path("public")
@CrossOrigin(origins = "*", methods = "GET", allowedHeaders = "*")
public class PublicResource {
  @GET
  public String get() {
    return "public";
  }

  @POST
  public String post(String body) {
    return "posted";
  }
}
