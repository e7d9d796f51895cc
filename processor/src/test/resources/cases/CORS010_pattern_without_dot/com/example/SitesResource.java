package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A suffix match in disguise: would allow https://evilexample.com. */
@Path("sites")
@CrossOrigin(
    origins = "https://www.example.com",
    originPatterns = {
      "*example.com" // expect: CORS010
    })
public class SitesResource {
  @GET
  public String list() {
    return "[]";
  }
}
