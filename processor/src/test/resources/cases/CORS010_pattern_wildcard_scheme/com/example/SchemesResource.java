package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A wildcard in the scheme, to cover http and https. */
@Path("schemes")
@CrossOrigin(
    origins = "https://www.example.com",
    originPatterns = {
      "*://app.example.com" // expect: CORS010
    })
public class SchemesResource {
  @GET
  public String list() {
    return "[]";
  }
}
