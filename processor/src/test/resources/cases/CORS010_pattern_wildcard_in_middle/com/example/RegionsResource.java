package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A wildcard in the middle of the host. */
@Path("regions")
@CrossOrigin(
    origins = "https://www.example.com",
    originPatterns = {
      "https://api.*.example.com" // expect: CORS010
    })
public class RegionsResource {
  @GET
  public String list() {
    return "[]";
  }
}
