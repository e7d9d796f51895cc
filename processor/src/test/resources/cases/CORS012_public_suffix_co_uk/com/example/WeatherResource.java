package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Any .co.uk site may read. */
@Path("weather")
@CrossOrigin(
    origins = "https://www.example.com",
    originPatterns = {
      "https://*.co.uk" // expect: CORS012
    })
public class WeatherResource {
  @GET
  public String list() {
    return "[]";
  }
}
