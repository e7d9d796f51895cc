package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A subdomain pattern over plain http, with credentials. */
@Path("dashboard")
@CrossOrigin(
    originPatterns = {
      "https://*.example.com",
      "http://*.example.com" // expect: CORS007
    },
    allowCredentials = true)
public class DashboardResource {
  @GET
  public String widgets() {
    return "[]";
  }
}
