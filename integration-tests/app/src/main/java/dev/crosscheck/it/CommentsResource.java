package dev.crosscheck.it;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;

/** A sub-resource: reading inherits the notes policy through the locator, writing has its own origin. */
public class CommentsResource {
  @GET
  public String list() {
    return "comments";
  }

  @POST
  @CrossOrigin(origins = "https://comments.example.com", allowCredentials = false)
  public String add(String comment) {
    return "comment added";
  }
}
