package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("notes")
@CrossOrigin(origins = "https://app.example.com")
public class NotesResource {
  @GET
  public String list() {
    return "[]";
  }
}
