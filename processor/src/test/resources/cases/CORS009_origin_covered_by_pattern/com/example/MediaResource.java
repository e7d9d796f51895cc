package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An exact origin that the subdomain pattern already allows. */
@Path("media")
@CrossOrigin(
    origins = {
      "https://example.com",
      "https://cdn.example.com" // expect: CORS009
    },
    originPatterns = "https://*.example.com")
public class MediaResource {
  @GET
  public String list() {
    return "[]";
  }
}
