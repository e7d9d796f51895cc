package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** The seeds' recommended shape: two https origins, credentials, two headers, max-age 3600. */
@Path("account")
@CrossOrigin(
    origins = {"https://app.example.com", "https://admin.example.com"},
    allowCredentials = true,
    allowedHeaders = {"Authorization", "Content-Type"},
    maxAge = 3600)
public class AccountResource {
  @GET
  public String get(@HeaderParam("Authorization") String authorization) {
    return "{}";
  }

  @PUT
  public void update(String body) {}
}
