package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A subdomain wildcard written in origins instead of originPatterns. */
@Path("tenant")
@CrossOrigin(
    origins = {
      "https://example.com",
      "https://*.example.com" // expect: CORS003
    })
public class TenantResource {
  @GET
  public String settings() {
    return "{}";
  }
}
