package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** The scheme left out. */
@Path("portal")
@CrossOrigin(
    origins = {
      "https://www.example.com",
      "portal.example.com" // expect: CORS006
    },
    allowedHeaders = "Content-Type")
public class PortalResource {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void create(String body) {}
}
