package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Headers and credentials configured, but the origins were forgotten. */
@Path("notes")
@CrossOrigin(allowedHeaders = "Content-Type", allowCredentials = true) // expect: CORS001
public class NotesResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void add(String note) {}
}
