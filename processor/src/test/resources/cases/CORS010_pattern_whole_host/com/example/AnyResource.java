package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A wildcard for the whole host. */
@Path("any")
@CrossOrigin(
    origins = "https://www.example.com",
    originPatterns = {
      "https://*" // expect: CORS010
    })
public class AnyResource {
  @GET
  public String list() {
    return "[]";
  }
}
