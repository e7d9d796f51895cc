package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A wildcard in the scheme name. */
@Path("secure")
@CrossOrigin(
    origins = "https://www.example.com",
    originPatterns = {
      "http*://app.example.com" // expect: CORS010
    })
public class SecureResource {
  @GET
  public String list() {
    return "[]";
  }
}
