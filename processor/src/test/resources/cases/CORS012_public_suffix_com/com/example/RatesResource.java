package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Any .com site may read: a warning without credentials. */
@Path("rates")
@CrossOrigin(
    origins = "https://www.example.org",
    originPatterns = {
      "https://*.com" // expect: CORS012
    })
public class RatesResource {
  @GET
  public String list() {
    return "[]";
  }
}
