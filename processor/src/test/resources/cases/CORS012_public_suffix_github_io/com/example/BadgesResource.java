package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Any GitHub Pages site may read. */
@Path("badges")
@CrossOrigin(
    origins = "https://www.example.com",
    originPatterns = {
      "https://*.github.io" // expect: CORS012
    })
public class BadgesResource {
  @GET
  public String list() {
    return "[]";
  }
}
