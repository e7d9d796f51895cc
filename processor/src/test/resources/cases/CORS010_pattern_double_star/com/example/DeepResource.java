package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Glob syntax for any depth of subdomain. */
@Path("deep")
@CrossOrigin(
    origins = "https://www.example.com",
    originPatterns = {
      "https://**.example.com" // expect: CORS010
    })
public class DeepResource {
  @GET
  public String list() {
    return "[]";
  }
}
