package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A regular expression, which patterns are not. */
@Path("regex")
@CrossOrigin(
    origins = "https://www.example.com",
    originPatterns = {
      "https://.*\\.example\\.com" // expect: CORS010
    })
public class RegexResource {
  @GET
  public String list() {
    return "[]";
  }
}
