package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/** The vCard of a user, on the same route as the JSON profile: only the variable name differs. */
@Path("/users/{userId}/")
@CrossOrigin(origins = "https://contacts.example.com") // expect: CORS071
public class UserCardResource {
  @GET
  @Produces("text/vcard")
  public String card(@PathParam("userId") String userId) {
    return "BEGIN:VCARD";
  }
}
