package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

@Path("users")
@CrossOrigin(origins = "https://app.example.com")
public class UserApiResource {
  @GET
  @Path("{id}")
  @Produces("application/json")
  public String get(@PathParam("id") String id) {
    return "{}";
  }
}
