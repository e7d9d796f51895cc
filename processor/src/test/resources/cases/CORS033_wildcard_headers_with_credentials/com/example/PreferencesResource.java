package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** "*" is the header named "*" on credentialed preflights. */
@Path("preferences")
@CrossOrigin(
    origins = "https://app.example.com",
    allowCredentials = true,
    allowedHeaders = {
      "*" // expect: CORS033
    })
public class PreferencesResource {
  @GET
  public String get() {
    return "{}";
  }

  @PUT
  public void save(String preferences) {}
}
