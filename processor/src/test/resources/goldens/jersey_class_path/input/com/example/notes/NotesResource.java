package com.example.notes;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The notes of the signed-in user, for the app's front end. */
@Path("notes")
@CrossOrigin(origins = "https://app.example.com", allowCredentials = true, allowedHeaders = "Content-Type")
public class NotesResource {
  @GET
  public String list() {
    return "[]";
  }

  @PUT
  @Path("{id}")
  public void update(@PathParam("id") long id, String note) {}
}
