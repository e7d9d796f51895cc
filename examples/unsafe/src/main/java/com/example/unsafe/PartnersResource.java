package com.example.unsafe;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Patterns ported from regex-based filters: an unescaped dot, a suffix match, and "echo any
 * origin" spelled as a pattern.
 */
@Path("partners")
@CrossOrigin(
    originPatterns = {
      "https://*example.com",
      "https://*.github.io",
      "https://*"
    },
    allowCredentials = true,
    exposedHeaders = {"Set-Cookie", "Content-Type"})
public class PartnersResource {

  @GET
  public String list() {
    return "[]";
  }
}
