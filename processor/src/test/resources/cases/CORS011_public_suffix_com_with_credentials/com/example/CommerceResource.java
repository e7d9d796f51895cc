package com.example;

import dev.crosscheck.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Any .com site may read credentialed responses. */
@Path("commerce")
@CrossOrigin(
    origins = "https://www.example.org",
    originPatterns = {
      "https://*.com" // expect: CORS011
    }, allowCredentials = true)
public class CommerceResource {
  @GET
  public String list() {
    return "[]";
  }
}
