package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Cache preflights "for a long time": more than a day, which Firefox caps. */
@Path("countries")
@CrossOrigin(
    origins = "https://app.example.com",
    maxAge = 100000) // expect: CORS050 at 100000
public class CountriesResource {
  @GET
  public String list() {
    return "[]";
  }
}
