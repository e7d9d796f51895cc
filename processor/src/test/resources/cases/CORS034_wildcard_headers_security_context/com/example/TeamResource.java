package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** The resource reads the authenticated user, so it expects an Authorization header. */
@Path("team")
@CrossOrigin(
    origins = "https://team.example.com",
    allowedHeaders = {
      "*" // expect: CORS034
    })
public class TeamResource {
  @GET
  public String members(@Context SecurityContext security) {
    return security.getUserPrincipal() == null ? "[]" : "[\"me\"]";
  }
}
