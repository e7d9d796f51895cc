package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A subdomain wildcard over an IP address. */
@Path("devices")
@CrossOrigin(
    origins = "https://www.example.com",
    originPatterns = {
      "https://*.10.0.0.1" // expect: CORS010
    })
public class DevicesResource {
  @GET
  public String list() {
    return "[]";
  }
}
