package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** CORS response headers listed as request headers. */
@Path("feed")
@CrossOrigin(
    origins = "https://app.example.com",
    allowedHeaders = {
      "X-Requested-With",
      "Access-Control-Allow-Origin", // expect: CORS032
      "Access-Control-Max-Age" // expect: CORS032
    })
public class FeedResource {
  @GET
  public String latest() {
    return "[]";
  }
}
