package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("clock")
public class ClockResource {
  @GET
  public String now() {
    return "12:00";
  }

  /** JAX-RS never serves a static method, so this policy would do nothing. */
  @GET
  @Path("utc")
  @CrossOrigin(origins = "https://app.example.com") // expect: CORS070
  public static String utc() {
    return "12:00Z";
  }
}
