package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** The intranet front end still runs on plain http, and it sends the session cookie. */
@Path("profile")
@CrossOrigin(
    origins = {
      "https://app.example.com",
      "http://intranet.example.com" // expect: CORS007
    },
    allowCredentials = true,
    allowedHeaders = "Content-Type")
public class ProfileResource {
  @GET
  public String get() {
    return "{}";
  }

  @PUT
  public void update(String profile) {}
}
