package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A negative max-age meant as "never cache": -1 omits the header, 0 disables caching. */
@Path("quotes")
@CrossOrigin(
    origins = "https://app.example.com",
    maxAge = -5) // expect: CORS050 at -5
public class QuotesResource {
  @GET
  public String latest() {
    return "{}";
  }
}
