package dev.crosscheck.contract.current;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** Compiled by this build's processor: the current generated code. */
@Path("current/notes")
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
public class CurrentNotesResource {
  @GET
  public String list() {
    return "[]";
  }

  @PUT
  public String replace(String body) {
    return body;
  }
}
