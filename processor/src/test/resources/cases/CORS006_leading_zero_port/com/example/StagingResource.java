package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A port with a leading zero. */
@Path("staging")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "https://staging.example.com:08443" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class StagingResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
