package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A port and then any port. */
@Path("ports")
@CrossOrigin(
    origins = "https://www.example.com",
    originPatterns = {
      "http://localhost:8080:*" // expect: CORS010
    })
public class PortsResource {
  @GET
  public String list() {
    return "[]";
  }
}
