package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The subdomain form without its scheme. */
@Path("hosts")
@CrossOrigin(
    origins = "https://www.example.com",
    originPatterns = {
      "*.example.com" // expect: CORS010
    })
public class HostsResource {
  @GET
  public String list() {
    return "[]";
  }
}
